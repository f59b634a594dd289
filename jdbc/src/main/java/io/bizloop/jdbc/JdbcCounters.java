package io.bizloop.jdbc;

import io.bizloop.accounting.port.Sequences;
import io.bizloop.inventory.port.InventorySequences;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Gap-free named counters in {@code bizloop_counter}, one row per scope and name: {@code next} increments
 * the row in the caller's transaction and reads the new value in the same statement (one round
 * trip: {@code UPDATE ... RETURNING}); further numbers of the same transaction are counted on in
 * memory and the last one written with the transaction's other deferred writes, so the row stays locked until commit
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
    Transaction tx = sql.transaction();
    List<String> key = List.of("counter", scope, name);
    if (tx != null && tx.cached(key) instanceof Long last) {
      // the row is locked by this transaction since its first number: count on, write the last number at the end
      long next = last + 1;
      tx.cache(key, next);
      sql.deferMerging("bizloop_counter", "UPDATE bizloop_counter SET next_value = ? WHERE scope = ? AND name = ?",
          key, Transaction.Merge.LAST, next, scope, name);
      return next;
    }
    String increment = "UPDATE bizloop_counter SET next_value = next_value + 1 WHERE scope = ? AND name = ?";
    Optional<Long> next = sql.updateReturningLong(increment, "next_value", scope, name);
    if (next.isEmpty()) {
      sql.insertIfAbsent("bizloop_counter", List.of("scope", "name", "next_value"), 2, scope, name, 0L);
      next = sql.updateReturningLong(increment, "next_value", scope, name);
    }
    if (tx != null) {
      tx.cache(key, next.orElseThrow());
    }
    return next.orElseThrow();
  }
}
