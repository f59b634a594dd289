package io.bizloop.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The host-transaction contract on an embedded H2 file database from a plain URL. */
class H2HostTransactionTest extends HostTransactionContract {

  @TempDir
  Path folder;

  @Override
  HikariDataSource newDatabase(String name) {
    return TestDatabases.h2(folder, name);
  }
}
