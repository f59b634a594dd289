package io.bizloop.kafka;

import io.bizloop.jdbc.TestDatabases;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The Kafka adapters on PostgreSQL (a new schema per test), when BIZLOOP_PG_URL names one. */
@EnabledIfEnvironmentVariable(named = "BIZLOOP_PG_URL", matches = ".+")
class PostgresKafkaTest extends KafkaAdapterContract {

  @Override
  HikariDataSource database(String name) {
    return TestDatabases.postgres(name, 10);
  }
}
