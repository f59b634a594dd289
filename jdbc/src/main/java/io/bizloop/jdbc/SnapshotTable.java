package io.bizloop.jdbc;

import io.bizloop.core.Outcome;
import io.bizloop.core.RejectionCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A table of one aggregate's snapshots: its key columns, the real columns that queries and checks
 * need, a {@code version} column for optimistic locking and the snapshot as JSON text.
 *
 * <p>{@link #save} stores the snapshot with its version + 1 only when the stored version still is
 * the snapshot's version (no row for version 0), in one statement: {@code INSERT ... ON CONFLICT DO
 * NOTHING} (a {@code MERGE} on H2) for a new aggregate, {@code UPDATE ... WHERE version = ?} for a known one. A stale save
 * changes nothing and answers {@code CONFLICT}, exactly like the in-memory stores
 * ({@link io.bizloop.core.port.Repository}'s contract).
 *
 * @param <S> the snapshot record
 */
final class SnapshotTable<S> {

  private static final Logger LOG = LoggerFactory.getLogger(SnapshotTable.class);

  private final Sql sql;
  private final String table;
  private final Class<S> type;
  private final List<String> keyColumns;
  private final Function<S, Object[]> key;
  private final List<String> columns;
  private final Function<S, Object[]> values;
  private final ToLongFunction<S> version;
  private final UnaryOperator<S> bumped;
  private final String orderBy;

  /**
   * @param keyColumns the primary key's columns, read from a snapshot by {@code key}
   * @param columns further real columns, read from a snapshot by {@code values}
   * @param bumped the snapshot with its version + 1
   * @param orderBy the order of {@link #all}
   */
  SnapshotTable(
      Sql sql, String table, Class<S> type,
      List<String> keyColumns, Function<S, Object[]> key,
      List<String> columns, Function<S, Object[]> values,
      ToLongFunction<S> version, UnaryOperator<S> bumped, String orderBy) {
    this.sql = sql;
    this.table = table;
    this.type = type;
    this.keyColumns = keyColumns;
    this.key = key;
    this.columns = columns;
    this.values = values;
    this.version = version;
    this.bumped = bumped;
    this.orderBy = orderBy;
  }

  /** A table whose only real column is its one-column key. */
  static <S> SnapshotTable<S> byId(
      Sql sql, String table, Class<S> type, Function<S, String> id, ToLongFunction<S> version, UnaryOperator<S> bumped) {
    return new SnapshotTable<>(
        sql, table, type, List.of("id"), s -> new Object[] {id.apply(s)}, List.of(), s -> new Object[0], version,
        bumped, "opened");
  }

  Optional<S> find(Object... keyValues) {
    return sql.one("SELECT snapshot FROM " + table + " WHERE " + keyCondition(), rs -> read(rs.getString(1)), keyValues);
  }

  boolean exists(Object... keyValues) {
    return sql.one("SELECT 1 FROM " + table + " WHERE " + keyCondition(), rs -> Boolean.TRUE, keyValues).isPresent();
  }

  List<S> all() {
    return where("1 = 1");
  }

  /** The snapshots of the rows that satisfy {@code condition}, in the table's order. */
  List<S> where(String condition, Object... params) {
    return sql.list(
        "SELECT snapshot FROM " + table + " WHERE " + condition + " ORDER BY " + orderBy, rs -> read(rs.getString(1)),
        params);
  }

  /**
   * Stores a new aggregate's {@code snapshot} (version 0) as a deferred write of the transaction:
   * only for tables whose keys are never taken twice (numbers from a gap-free counter), where a
   * new row cannot conflict.
   */
  void insertDeferred(S snapshot) {
    if (version.applyAsLong(snapshot) != 0) {
      throw new IllegalArgumentException("only a new aggregate is inserted");
    }
    S next = bumped.apply(snapshot);
    List<String> names = new ArrayList<>(keyColumns);
    names.addAll(columns);
    names.add("version");
    names.add("snapshot");
    List<Object> params = new ArrayList<>(Arrays.asList(key.apply(snapshot)));
    params.addAll(Arrays.asList(values.apply(next)));
    params.add(1L);
    params.add(Snapshots.write(next));
    sql.defer(table, "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
        + names.stream().map(n -> "?").collect(Collectors.joining(", ")) + ")", params.toArray());
  }

  /** Stores {@code snapshot} with its version + 1 when the stored version still is its version. */
  Outcome<Void> save(S snapshot) {
    long expected = version.applyAsLong(snapshot);
    S next = bumped.apply(snapshot);
    Object[] keyValues = key.apply(snapshot);
    Object[] columnValues = values.apply(next);
    String json = Snapshots.write(next);
    int changed;
    if (expected == 0) {
      List<String> names = new ArrayList<>(keyColumns);
      names.addAll(columns);
      names.add("version");
      names.add("snapshot");
      List<Object> params = new ArrayList<>(Arrays.asList(keyValues));
      params.addAll(Arrays.asList(columnValues));
      params.add(1L);
      params.add(json);
      changed = sql.insertIfAbsent(table, names, keyColumns.size(), params.toArray());
    } else {
      String sets = columns.stream().map(c -> c + " = ?").collect(Collectors.joining(", "));
      List<Object> params = new ArrayList<>(Arrays.asList(columnValues));
      params.add(expected + 1);
      params.add(json);
      params.addAll(Arrays.asList(keyValues));
      params.add(expected);
      changed = sql.update(
          "UPDATE " + table + " SET " + (sets.isEmpty() ? "" : sets + ", ") + "version = ?, snapshot = ? WHERE "
              + keyCondition() + " AND version = ?",
          params.toArray());
    }
    if (changed == 1) {
      LOG.debug("saved {} {} at version {}", table, Arrays.toString(keyValues), expected + 1);
      return Outcome.done();
    }
    LOG.debug("refused a stale save of {} {} (version {})", table, Arrays.toString(keyValues), expected);
    return conflict(table, keyValues, expected);
  }

  /** The answer to a stale save of the row with {@code keyValues} at {@code version}. */
  static Outcome<Void> conflict(String table, Object[] keyValues, long version) {
    String key = Arrays.stream(keyValues).map(String::valueOf).collect(Collectors.joining(", "));
    return Outcome.rejected(
        RejectionCode.CONFLICT,
        table.replaceFirst("^bizloop_", "") + " " + key + (version == 0 ? " already exists" : " was changed by someone else (version " + version + ")"));
  }

  private String keyCondition() {
    return keyColumns.stream().map(c -> c + " = ?").collect(Collectors.joining(" AND "));
  }

  private S read(String json) {
    return Snapshots.read(json, type);
  }
}
