package io.bizloop.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.bizloop.loop.ReadmeBlock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The README's Kafka block, compiled and run as written against an in-process broker. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class KafkaQuickStartTest {

  private static final List<String> IMPORTS = List.of(
      "io.bizloop.loop.*",
      "io.bizloop.jdbc.*",
      "io.bizloop.kafka.*",
      "io.bizloop.core.*",
      "io.bizloop.crm.application.*",
      "org.h2.jdbcx.JdbcDataSource",
      "java.time.Duration",
      "java.time.LocalDate",
      "java.util.ArrayList",
      "java.util.Currency",
      "java.util.List");

  @Test
  void readmeKafkaBlockRunsAsItSays(@TempDir Path dir) throws Exception {
    try (InProcessKafka kafka = InProcessKafka.start()) {
      // given: the payment provider's message waits on the shop's topic
      kafka.createTopic("shop.events", 1);
      kafka.createTopic("bizloop.events", 3);
      kafka.send("shop.events", "psp-981", """
          {"type": "payment-captured", "version": 1, "externalId": "psp-981", "customer": "ROMA", "amount": "250.00", "date": "2026-11-02"}""");
      System.setProperty("kafka.bootstrap", kafka.bootstrap());

      // when
      String printed;
      try {
        printed = ReadmeBlock.compileAndRun(dir, "kafka", IMPORTS);
      } finally {
        System.clearProperty("kafka.bootstrap");
      }

      // then
      assertThat(printed).contains("applied [APPLIED]").contains("relayed 2");
      assertThat(KafkaAdapterContract.ids(kafka.readAll("bizloop.events", 2, Duration.ofSeconds(20))))
          .containsExactlyInAnyOrder("customer-registered:ROMA", "customer-payment:PAY-1");
    }
  }
}
