package io.bizloop.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One thread's database transaction, with what makes it cheap in round trips:
 *
 * <ul>
 *   <li><b>Deferred writes.</b> Writes whose answer nobody needs (a new journal entry and its
 *       lines, a balance or turnover increment, a counter's new value) are logged and sent at
 *       the latest moment — before the commit, or before any statement that reads or writes one
 *       of their tables — grouped by statement into JDBC batches (one round trip per kind).
 *   <li><b>Lazy savepoints.</b> A nested unit of work is a logical savepoint; the database
 *       savepoint is set only when something is about to be written while it is open, after the
 *       deferred writes that precede it. Rolling back a unit rolls back to its database savepoint
 *       (if it has one), drops the deferred writes it logged and undoes its cache changes; a
 *       unit that wrote nothing costs no round trip.
 *   <li><b>A cache of values read in this transaction</b> (the turnover, a counter, whether a
 *       period is closed), changed with the writes and undone with a rolled-back unit.
 * </ul>
 */
final class Transaction {

  /**
   * A write sent later. Writes of one statement with the same non-null {@code merge} key are
   * sent as one: {@code ADD} sums their last parameter (a long), {@code LAST} keeps the last.
   */
  private record Deferred(String sql, Object[] params, Object merge, Merge how) {}

  /** How deferred writes with one merge key become one. */
  enum Merge {
    /** They are increments: one write of their sum (the last parameter, a long). */
    ADD,
    /** Each replaces the one before: the last one is written. */
    LAST
  }

  /** A nested unit of work: where its deferred writes and cache changes start, and its database savepoint once set. */
  private static final class Mark {
    final int log;
    final int undo;
    Savepoint savepoint;

    Mark(int log, int undo) {
      this.log = log;
      this.undo = undo;
    }
  }

  /** At most this many rows per multi-row insert (PostgreSQL takes at most 65 535 parameters per statement). */
  private static final int ROWS_PER_INSERT = 500;

  final Connection connection;
  private final boolean writable;
  private final List<Deferred> log = new ArrayList<>();
  private int flushed;
  private final ArrayDeque<Mark> marks = new ArrayDeque<>();
  private final Map<Object, Object> cache = new HashMap<>();
  private final List<Runnable> undo = new ArrayList<>();
  private final Set<String> deferredTables = new HashSet<>();

  Transaction(Connection connection, boolean writable) {
    this.connection = connection;
    this.writable = writable;
  }

  boolean writable() {
    return writable;
  }

  /** Opens a nested unit. */
  void begin() {
    marks.addLast(new Mark(log.size(), undo.size()));
  }

  /** Ends the innermost unit, kept: what it did now belongs to the unit around it. */
  void keep() {
    marks.removeLast();
  }

  /** Ends the innermost unit, undone: the database back to its savepoint, its deferred writes and cache changes dropped. */
  void undo() throws SQLException {
    Mark mark = marks.removeLast();
    try {
      if (mark.savepoint != null) {
        connection.rollback(mark.savepoint);
      }
    } finally {
      if (log.size() > mark.log) {
        log.subList(mark.log, log.size()).clear();
      }
      flushed = Math.min(flushed, mark.log);
      for (int i = undo.size() - 1; i >= mark.undo; i--) {
        undo.get(i).run();
      }
      undo.subList(mark.undo, undo.size()).clear();
    }
  }

  /** Logs a write to send later; {@code table} is the table it writes. */
  void defer(String table, String sql, Object[] params) {
    defer(table, sql, params, null, null);
  }

  /** Logs a write to send later that merges with the others of {@code merge} (see {@link Merge}). */
  void defer(String table, String sql, Object[] params, Object merge, Merge how) {
    log.add(new Deferred(sql, params, merge, how));
    deferredTables.add(table);
  }

  /** What this transaction cached under {@code key}, or null. */
  Object cached(Object key) {
    return cache.get(key);
  }

  /** Caches {@code value} (null removes) under {@code key}; a rolled-back unit restores the value before. */
  void cache(Object key, Object value) {
    Object before = value == null ? cache.remove(key) : cache.put(key, value);
    undo.add(() -> {
      if (before == null) {
        cache.remove(key);
      } else {
        cache.put(key, before);
      }
    });
  }

  /** Before {@code sql} runs: the deferred writes it could see are sent, and a write gets its savepoints. */
  void before(String sql, boolean write) throws SQLException {
    if (touchesDeferred(sql)) {
      flushAll();
    } else if (write) {
      savepoints();
    }
  }

  /** Sends every deferred write (before a commit, or before a statement that reads their tables). */
  void flushAll() throws SQLException {
    savepoints();
    flush(log.size());
  }

  private boolean touchesDeferred(String sql) {
    if (flushed == log.size()) {
      return false;
    }
    for (String table : deferredTables) {
      if (sql.contains(table)) {
        return true;
      }
    }
    return false;
  }

  /** Sets the database savepoint of every open unit that has none, outermost first, each after the deferred writes before it. */
  private void savepoints() throws SQLException {
    for (Mark mark : marks) {
      if (mark.savepoint == null) {
        flush(mark.log);
        mark.savepoint = connection.setSavepoint();
      }
    }
  }

  /** Sends the deferred writes up to {@code end}, one JDBC batch per statement, in the order each statement first appears. */
  private void flush(int end) throws SQLException {
    if (flushed >= end) {
      return;
    }
    Map<String, Map<Object, Object[]>> groups = new LinkedHashMap<>();
    for (int i = flushed; i < end; i++) {
      Deferred d = log.get(i);
      Map<Object, Object[]> group = groups.computeIfAbsent(d.sql(), s -> new LinkedHashMap<>());
      if (d.merge() == null) {
        group.put(new Object(), d.params());
      } else {
        group.merge(d.merge(), d.params(), d.how() == Merge.LAST ? (a, b) -> b : Transaction::sumLast);
      }
    }
    for (Map.Entry<String, Map<Object, Object[]>> group : groups.entrySet()) {
      List<Object[]> rows = new ArrayList<>(group.getValue().values());
      String sql = group.getKey();
      int valuesAt = sql.lastIndexOf(" VALUES (");
      if (sql.startsWith("INSERT INTO ") && valuesAt > 0 && sql.endsWith(")") && rows.size() > 1) {
        insertRows(sql.substring(0, valuesAt), sql.substring(valuesAt + " VALUES ".length()), rows);
      } else {
        batch(sql, rows);
      }
    }
    flushed = end;
  }

  /** Plain inserts of many rows: multi-row {@code INSERT ... VALUES (..), (..)} statements of up to {@value #ROWS_PER_INSERT} rows. */
  private void insertRows(String insert, String row, List<Object[]> rows) throws SQLException {
    for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
      List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
      StringBuilder sql = new StringBuilder(insert.length() + chunk.size() * (row.length() + 2)).append(insert).append(" VALUES ");
      for (int i = 0; i < chunk.size(); i++) {
        sql.append(i == 0 ? "" : ", ").append(row);
      }
      try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
        int index = 1;
        for (Object[] params : chunk) {
          for (Object param : params) {
            Sql.bind(statement, index++, param);
          }
        }
        int inserted = statement.executeUpdate();
        if (inserted != chunk.size()) {
          throw new IllegalStateException("inserted " + inserted + " of " + chunk.size() + " rows: " + insert);
        }
      }
    }
  }

  /** One JDBC batch of {@code sql}, each row changing exactly one row. */
  private void batch(String sql, List<Object[]> rows) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (Object[] params : rows) {
        Sql.bindAll(statement, params);
        statement.addBatch();
      }
      int[] counts = statement.executeBatch();
      for (int count : counts) {
        if (count == 0) {
          throw new IllegalArgumentException("a deferred write changed no row (a currency that differs from the stored one?): " + sql);
        }
        if (count != 1 && count != Statement.SUCCESS_NO_INFO) {
          throw new IllegalStateException("a deferred write changed " + count + " rows: " + sql);
        }
      }
    }
  }

  /** The parameters of {@code a} with the last one the sum of both last ones (longs). */
  private static Object[] sumLast(Object[] a, Object[] b) {
    Object[] sum = a.clone();
    sum[sum.length - 1] = Math.addExact((Long) a[a.length - 1], (Long) b[b.length - 1]);
    return sum;
  }
}
