package io.bizloop.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/** What differs between the two databases bizloop runs on: PostgreSQL, and H2 in any compatibility mode. */
enum Dialect {
  /** PostgreSQL 12 or newer. */
  POSTGRESQL {
    @Override
    String insertIfAbsent(String table, List<String> columns, int keyColumns) {
      return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
          + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ") ON CONFLICT DO NOTHING";
    }

    @Override
    String updateReturning(String update, String column) {
      return update + " RETURNING " + column;
    }

    @Override
    String addTo(String table, String key, String currency, String amount) {
      return "INSERT INTO " + table + " (" + key + ", " + currency + ", " + amount + ") VALUES (?, ?, ?) ON CONFLICT ("
          + key + ") DO UPDATE SET " + amount + " = " + table + "." + amount + " + EXCLUDED." + amount + " WHERE "
          + table + "." + currency + " = EXCLUDED." + currency;
    }
  },
  /** H2 2.x, embedded or server, with or without its PostgreSQL mode. */
  H2 {
    @Override
    String insertIfAbsent(String table, List<String> columns, int keyColumns) {
      String names = String.join(", ", columns);
      return "MERGE INTO " + table + " t USING (VALUES ("
          + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")) s(" + names + ") ON "
          + columns.subList(0, keyColumns).stream().map(c -> "t." + c + " = s." + c).collect(Collectors.joining(" AND "))
          + " WHEN NOT MATCHED THEN INSERT (" + names + ") VALUES ("
          + columns.stream().map(c -> "s." + c).collect(Collectors.joining(", ")) + ")";
    }

    @Override
    String updateReturning(String update, String column) {
      return "SELECT " + column + " FROM FINAL TABLE (" + update + ")";
    }

    @Override
    String addTo(String table, String key, String currency, String amount) {
      return "MERGE INTO " + table + " t USING (VALUES (?, ?, ?)) s(" + key + ", " + currency + ", " + amount + ") ON t."
          + key + " = s." + key + " WHEN MATCHED AND t." + currency + " = s." + currency + " THEN UPDATE SET " + amount
          + " = t." + amount + " + s." + amount + " WHEN NOT MATCHED THEN INSERT (" + key + ", " + currency + ", " + amount
          + ") VALUES (s." + key + ", s." + currency + ", s." + amount + ")";
    }
  };

  /**
   * An upsert keyed by {@code keys} (the first parameters) that adds the last parameter to
   * {@code amount} of the row, or inserts the row.
   */
  String upsertAdding(String table, List<String> keys, String amount) {
    List<String> columns = new java.util.ArrayList<>(keys);
    columns.add(amount);
    String names = String.join(", ", columns);
    String marks = columns.stream().map(c -> "?").collect(Collectors.joining(", "));
    if (this == POSTGRESQL) {
      return "INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ") ON CONFLICT (" + String.join(", ", keys)
          + ") DO UPDATE SET " + amount + " = " + table + "." + amount + " + EXCLUDED." + amount;
    }
    return "MERGE INTO " + table + " t USING (VALUES (" + marks + ")) s(" + names + ") ON "
        + keys.stream().map(k -> "t." + k + " = s." + k).collect(Collectors.joining(" AND "))
        + " WHEN MATCHED THEN UPDATE SET " + amount + " = t." + amount + " + s." + amount
        + " WHEN NOT MATCHED THEN INSERT (" + names + ") VALUES ("
        + columns.stream().map(c -> "s." + c).collect(Collectors.joining(", ")) + ")";
  }

  /**
   * An upsert that adds the third parameter to {@code amount} of the row whose {@code key} is the
   * first parameter, when its {@code currency} is the second (then it counts 1; another currency
   * counts 0), or inserts the row.
   */
  abstract String addTo(String table, String key, String currency, String amount);

  /**
   * An insert of one row that does nothing (and counts 0) when a row with the same key exists;
   * the key is the first {@code keyColumns} columns.
   */
  abstract String insertIfAbsent(String table, List<String> columns, int keyColumns);

  /** A query that runs {@code update} (of one row) and answers the new value of {@code column}. */
  abstract String updateReturning(String update, String column);

  /** The dialect of the database behind {@code connection}; any other database is refused. */
  static Dialect of(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName();
    if ("PostgreSQL".equalsIgnoreCase(product)) {
      return POSTGRESQL;
    }
    if ("H2".equalsIgnoreCase(product)) {
      return H2;
    }
    throw new IllegalArgumentException(
        "bizloop-jdbc runs on PostgreSQL or H2, not on " + product + " (" + connection.getMetaData().getURL() + ")");
  }
}
