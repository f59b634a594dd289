package io.bizloop.jdbc;

import io.bizloop.accounting.port.Sequences;
import io.bizloop.inventory.port.InventorySequences;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Gap-free named counters in {@code bizloop_counter}, one row per scope and name: {@code next} increments
 * the row in the caller's transaction and reads the new value in the same statement (one round
 * trip: {@code UPDATE ... RETURNING}), so the row stays locked until commit
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
    String increment = "UPDATE bizloop_counter SET next_value = next_value + 1 WHERE scope = ? AND name = ?";
    Optional<Long> next = sql.updateReturningLong(increment, "next_value", scope, name);
    if (next.isPresent()) {
      return next.get();
    }
    sql.insertIfAbsent("bizloop_counter", List.of("scope", "name", "next_value"), 2, scope, name, 0L);
    return sql.updateReturningLong(increment, "next_value", scope, name).orElseThrow();
  }
}
