package io.bizloop.kafka;

import io.bizloop.jdbc.TestDatabases;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.bizloop.jdbc.JdbcLoopStore;
import io.bizloop.loop.Bizloop;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kafka.server.BrokerServer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The broker stopped and started again under a running relay: nothing is lost, nothing is marked that the broker did not take. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class BrokerRestartTest {

  @Test
  void aBrokerStoppedAndStartedLosesNothing(@TempDir Path dir) throws Exception {
    try (InProcessKafka kafka = InProcessKafka.start(); HikariDataSource database = TestDatabases.h2(dir, "restart")) {
      // given
      String topic = "events";
      kafka.createTopic(topic, 1);
      JdbcLoopStore store = JdbcLoopStore.open(database, KafkaAdapterContract.COMPANY);
      Bizloop loop = store.bizloop();
      KafkaAdapterContract.stockAndCustomer(loop, "20");
      KafkaAdapterContract.orderToCash(loop, "SO-1");
      try (OutboxRelay relay = OutboxRelay.to(kafka.bootstrap(), store.outbox()).topic(topic)
          .producerSetting("max.block.ms", 2_000).producerSetting("request.timeout.ms", 1_500)
          .producerSetting("delivery.timeout.ms", 3_000).producerSetting("reconnect.backoff.max.ms", 200)
          .ackTimeout(Duration.ofSeconds(5)).build()) {
        long before = relay.drain();
        BrokerServer broker = kafka.cluster().brokers().values().iterator().next();

        // when: the broker stops while the books go on
        broker.shutdown();
        broker.awaitShutdown();
        KafkaAdapterContract.orderToCash(loop, "SO-2");
        long waiting = store.outbox().unrelayedCount();
        assertThatThrownBy(relay::relayOnce).isInstanceOf(KafkaRelayException.class);
        assertThat(store.outbox().unrelayedCount()).isEqualTo(waiting);

        // and starts again on its own log
        broker.startup();
        kafka.cluster().waitForReadyBrokers();
        long after = 0;
        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        while (store.outbox().unrelayedCount() > 0 && System.nanoTime() < deadline) {
          try {
            after += relay.drain();
          } catch (KafkaRelayException e) {
            Thread.sleep(200); // the producer reconnects
          }
        }

        // then
        List<String> all = KafkaAdapterContract.allIds(store);
        List<ConsumerRecord<String, String>> records = kafka.readAll(topic, all.size(), Duration.ofSeconds(30));
        assertThat(before + after).isEqualTo(all.size());
        assertThat(waiting).isPositive();
        assertThat(KafkaAdapterContract.ids(KafkaAdapterContract.deduplicated(records))).containsExactlyElementsOf(all);
      }
    }
  }
}
