package io.bizloop.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The adapter's contract on an embedded H2 file database. */
class H2AdapterTest extends AdapterContract {

  @TempDir Path folder;

  @Override
  HikariDataSource newDatabase(String name) {
    return TestDatabases.h2(folder, name);
  }
}
