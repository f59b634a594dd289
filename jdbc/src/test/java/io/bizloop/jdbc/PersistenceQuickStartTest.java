package io.bizloop.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.bizloop.loop.ReadmeBlock;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's persistence block, compiled and run as written (on H2 in memory). */
class PersistenceQuickStartTest {

  private static final List<String> IMPORTS = List.of(
      "io.bizloop.loop.*",
      "io.bizloop.jdbc.*",
      "io.bizloop.core.*",
      "io.bizloop.accounting.application.*",
      "io.bizloop.crm.application.*",
      "org.h2.jdbcx.JdbcDataSource",
      "java.time.LocalDate",
      "java.util.Currency",
      "java.util.List",
      "java.util.Optional");

  @Test
  void readmePersistenceBlockRunsAsItSays(@TempDir Path dir) throws Exception {
    // when
    String printed = ReadmeBlock.compileAndRun(dir, "persistence", IMPORTS);

    // then
    assertThat(printed)
        .contains("paid PAY-1")
        .contains("again: skipped")
        .contains("posted 2")
        .contains("refused UNBALANCED_ENTRY")
        .contains("outbox CustomerRegistered")
        .contains("outbox PaymentReceived")
        .doesNotContain("paid twice");
  }
}
