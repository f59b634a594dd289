package io.bizloop.jdbc;

import static io.bizloop.jdbc.Fixtures.capital;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.bizloop.core.AccountCode;
import io.bizloop.core.Outcome;
import io.bizloop.core.RejectionCode;
import io.bizloop.accounting.application.PostJournalEntry;
import io.bizloop.loop.Bizloop;
import io.bizloop.loop.CompanySettings;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A host with its own transaction (plain JDBC here; Spring in examples-spring): the loop's commands
 * join it, so the host's rows and the books commit or roll back together.
 */
abstract class HostTransactionContract {

  private final ThreadLocal<Connection> hostTransaction = new ThreadLocal<>();
  HikariDataSource db;
  Bizloop loop;

  /** A new, empty database. */
  abstract HikariDataSource newDatabase(String name);

  @BeforeEach
  void open() throws SQLException {
    db = newDatabase("host_tx");
    try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE host_note (id VARCHAR(64) PRIMARY KEY)");
    }
    loop = JdbcLoopStore.builder(db).joining(() -> Optional.ofNullable(hostTransaction.get()))
        .open(CompanySettings.chinaDefaults()).bizloop();
  }

  @AfterEach
  void close() {
    db.close();
  }

  /** Runs {@code work} in a transaction of the host's, committed or rolled back as asked. */
  private <T> T inHostTransaction(boolean commit, java.util.function.Supplier<T> work) throws SQLException {
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      hostTransaction.set(c);
      try {
        T result = work.get();
        if (commit) {
          c.commit();
        } else {
          c.rollback();
        }
        return result;
      } finally {
        hostTransaction.remove();
      }
    }
  }

  private void note(String id) {
    try (PreparedStatement p = hostTransaction.get().prepareStatement("INSERT INTO host_note (id) VALUES (?)")) {
      p.setString(1, id);
      p.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private long count(String table) throws SQLException {
    try (Connection c = db.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private String cash() {
    return loop.accounting().balance(new AccountCode("1002")).amount().toPlainString();
  }

  @Test
  void aRolledBackHostTransactionLeavesNoBizloopRow() throws SQLException {
    // when: the host writes its row, the loop posts, then the host rolls back
    Outcome<?> posted = inHostTransaction(false, () -> {
      note("N-1");
      return capital(loop, "100.00");
    });

    // then
    assertThat(posted.isAccepted()).isTrue();
    assertThat(count("host_note")).isZero();
    for (String table : List.of("bizloop_journal_entry", "bizloop_journal_line", "bizloop_ledger_balance",
        "bizloop_outbox", "bizloop_processed_event", "bizloop_counter")) {
      assertThat(count(table)).as(table).isZero();
    }
    assertThat(cash()).isEqualTo("0.00");
  }

  @Test
  void aCommittedHostTransactionKeepsBothTheHostsRowsAndTheBooks() throws SQLException {
    // when
    inHostTransaction(true, () -> {
      note("N-1");
      return capital(loop, "100.00");
    });

    // then
    assertThat(count("host_note")).isEqualTo(1);
    assertThat(count("bizloop_journal_entry")).isEqualTo(1);
    assertThat(cash()).isEqualTo("100.00");
    assertThat(loop.invariantViolations()).isEmpty();
  }

  @Test
  void aRefusedCommandInsideTheHostsTransactionUndoesOnlyItself() throws SQLException {
    // when: a posting, a refused posting, another posting, then the host commits
    Outcome<Long> refused = inHostTransaction(true, () -> {
      note("N-1");
      capital(loop, "10.00");
      Outcome<Long> no = loop.accounting().postJournalEntry(
          PostJournalEntry.Command.on(Fixtures.DAY).debit("1002", "1.00").credit("3001", "2.00"));
      capital(loop, "20.00");
      return no;
    });

    // then
    assertThat(refused.rejection().code()).isEqualTo(RejectionCode.UNBALANCED_ENTRY);
    assertThat(count("host_note")).isEqualTo(1);
    assertThat(count("bizloop_journal_entry")).isEqualTo(2);
    assertThat(cash()).isEqualTo("30.00");
  }

  @Test
  void readsInsideTheHostsTransactionSeeItsUncommittedPostings() throws SQLException {
    // when
    String seen = inHostTransaction(false, () -> {
      capital(loop, "42.00");
      return cash();
    });

    // then
    assertThat(seen).isEqualTo("42.00");
    assertThat(cash()).isEqualTo("0.00");
  }

  @Test
  void withoutAHostTransactionEachCommandCommitsItself() throws SQLException {
    // when
    capital(loop, "7.00");

    // then
    assertThat(count("bizloop_journal_entry")).isEqualTo(1);
  }
}
