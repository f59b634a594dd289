package io.bizloop.examples.jdbc;

import io.bizloop.jdbc.TestDatabases;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The sample scenarios over an embedded H2 file database in a temporary folder. */
class H2ScenarioTest extends ScenarioContract {

  @TempDir Path folder;

  @Override
  HikariDataSource newDatabase(String name) {
    return TestDatabases.h2(folder, name);
  }
}
