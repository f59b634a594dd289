package io.bizloop.kafka;

import io.bizloop.jdbc.TestDatabases;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;

/** The Kafka adapters on H2 files. */
class H2KafkaTest extends KafkaAdapterContract {

  private final Path folder;

  H2KafkaTest() throws Exception {
    folder = Files.createTempDirectory("bizloop-kafka-h2");
  }

  @Override
  HikariDataSource database(String name) {
    return TestDatabases.h2(folder, name);
  }

  @AfterAll
  void removeFolder() throws Exception {
    try (var files = Files.walk(folder)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
