package io.bizloop.jdbc;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Plain JDBC statements on the calling thread's unit of work (or on a connection of their own outside one). */
final class Sql {

  /** Reads one row. */
  @FunctionalInterface
  interface Row<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private final JdbcUnitOfWork unitOfWork;

  Sql(JdbcUnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
  }

  JdbcUnitOfWork unitOfWork() {
    return unitOfWork;
  }

  /** Runs an INSERT, UPDATE or DELETE and answers the number of rows it changed. */
  int update(String sql, Object... params) {
    return unitOfWork.withConnection(sql, true, connection -> {
      try (PreparedStatement statement = prepare(connection, sql, params)) {
        return statement.executeUpdate();
      }
    });
  }

  /**
   * Inserts one row unless a row with the same key (the first {@code keyColumns} of
   * {@code columns}) exists, and answers 1 when it inserted, 0 otherwise.
   */
  int insertIfAbsent(String table, List<String> columns, int keyColumns, Object... values) {
    Dialect dialect = unitOfWork.dialect();
    try {
      return update(dialect.insertIfAbsent(table, columns, keyColumns), values);
    } catch (JdbcException e) {
      if (dialect == Dialect.H2 && "23505".equals(e.sqlState())) {
        // H2 checks the key before a concurrent insert of it commits: a race, run the work again
        throw new JdbcException("a concurrent insert into " + table,
            new java.sql.SQLException(e.getMessage(), "40001", e));
      }
      throw e;
    }
  }

  /** Runs an UPDATE of one row and answers the new value of {@code column}, in one round trip; empty when no row matched. */
  Optional<Long> updateReturningLong(String update, String column, Object... params) {
    return one(unitOfWork.dialect().updateReturning(update, column), rs -> rs.getLong(1), params);
  }

  /** Runs one INSERT, UPDATE or DELETE for each parameter row in one batch and answers each row's count. */
  int[] batch(String sql, List<Object[]> rows) {
    if (rows.isEmpty()) {
      return new int[0];
    }
    return unitOfWork.withConnection(sql, true, connection -> {
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        for (Object[] row : rows) {
          for (int i = 0; i < row.length; i++) {
            bind(statement, i + 1, row[i]);
          }
          statement.addBatch();
        }
        return statement.executeBatch();
      }
    });
  }

  <T> List<T> list(String sql, Row<T> row, Object... params) {
    return unitOfWork.withConnection(sql, isWrite(sql), connection -> {
      try (PreparedStatement statement = prepare(connection, sql, params);
          ResultSet rs = statement.executeQuery()) {
        List<T> result = new ArrayList<>();
        while (rs.next()) {
          result.add(row.read(rs));
        }
        return result;
      }
    });
  }

  <T> Optional<T> one(String sql, Row<T> row, Object... params) {
    List<T> rows = list(sql, row, params);
    if (rows.size() > 1) {
      throw new IllegalStateException("more than one row for " + sql);
    }
    return rows.stream().findFirst();
  }

  /** Whether a query also writes (an UPDATE ... RETURNING, or H2's data change delta table). */
  private static boolean isWrite(String sql) {
    return !sql.startsWith("SELECT") || sql.contains("FINAL TABLE (");
  }

  /**
   * Sends {@code sql} with {@code params} later, in the caller's transaction (before its commit,
   * or before a statement on {@code table}), batched with the others of its kind; outside a unit
   * of work it runs at once. Only for writes that must change exactly one row and whose answer
   * nobody waits for.
   */
  void defer(String table, String sql, Object... params) {
    deferMerging(table, sql, null, null, params);
  }

  /**
   * {@link #defer}, merged at sending with the other writes of the same statement and {@code merge}
   * key ({@link Transaction.Merge}).
   */
  void deferMerging(String table, String sql, Object merge, Transaction.Merge how, Object... params) {
    Transaction tx = unitOfWork.transaction();
    if (tx != null && tx.writable()) {
      tx.defer(table, sql, params, merge, how);
      return;
    }
    int changed = update(sql, params);
    if (changed != 1) {
      throw new IllegalArgumentException("a write changed " + changed + " rows (a currency that differs from the stored one?): " + sql);
    }
  }

  /** The caller's transaction, or null outside a unit of work (then nothing is cached). */
  Transaction transaction() {
    Transaction tx = unitOfWork.transaction();
    return tx != null && tx.writable() ? tx : null;
  }

  /** Binds {@code params} to the statement's parameters 1..n. */
  static void bindAll(PreparedStatement statement, Object[] params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      bind(statement, i + 1, params[i]);
    }
  }

  private static PreparedStatement prepare(Connection connection, String sql, Object... params) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    try {
      for (int i = 0; i < params.length; i++) {
        bind(statement, i + 1, params[i]);
      }
      return statement;
    } catch (SQLException | RuntimeException e) {
      statement.close();
      throw e;
    }
  }

  static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.VARCHAR);
    } else if (value instanceof String text) {
      statement.setString(index, text);
    } else if (value instanceof Long number) {
      statement.setLong(index, number);
    } else if (value instanceof Integer number) {
      statement.setInt(index, number);
    } else if (value instanceof BigDecimal number) {
      statement.setBigDecimal(index, number);
    } else if (value instanceof Boolean flag) {
      statement.setBoolean(index, flag);
    } else if (value instanceof LocalDate date) {
      statement.setObject(index, date);
    } else {
      throw new IllegalArgumentException("cannot bind a " + value.getClass().getName());
    }
  }
}
