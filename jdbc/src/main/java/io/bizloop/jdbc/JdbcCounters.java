package io.bizloop.jdbc;

import io.bizloop.accounting.port.Sequences;
import io.bizloop.inventory.port.InventorySequences;
import java.util.Objects;

/**
 * Gap-free named counters in {@code bizloop_counter}, one row per scope and name: {@code next} increments
 * the row in the caller's transaction and reads it back, so the row stays locked until commit
 * (concurrent callers wait, none gets the same number) and a rollback gives the number back.
 */
final class JdbcCounters implements Sequences, InventorySequences {

  private final Sql sql;
  private final String scope;

  JdbcCounters(Sql sql, String scope) {
    this.sql = sql;
    this.scope = Objects.requireNonNull(scope, "scope");
  }

  /** The counters of {@code scope} ("accounting", "inventory"). */
  public JdbcCounters(JdbcUnitOfWork unitOfWork, String scope) {
    this(new Sql(unitOfWork), scope);
  }

  @Override
  public long next(String name) {
    Objects.requireNonNull(name, "name");
    if (!sql.unitOfWork().active()) {
      return sql.unitOfWork().execute(() -> io.bizloop.core.Outcome.accepted(next(name))).value();
    }
    if (sql.update("UPDATE bizloop_counter SET next_value = next_value + 1 WHERE scope = ? AND name = ?", scope, name) == 0) {
      sql.update("INSERT INTO bizloop_counter (scope, name, next_value) VALUES (?, ?, 0) ON CONFLICT DO NOTHING", scope, name);
      sql.update("UPDATE bizloop_counter SET next_value = next_value + 1 WHERE scope = ? AND name = ?", scope, name);
    }
    return sql.one("SELECT next_value FROM bizloop_counter WHERE scope = ? AND name = ?", rs -> rs.getLong(1), scope, name)
        .orElseThrow();
  }
}
