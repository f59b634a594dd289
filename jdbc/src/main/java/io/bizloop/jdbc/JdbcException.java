package io.bizloop.jdbc;

import java.sql.SQLException;

/** A database failure, unchecked, with the SQLSTATE of its cause. */
public final class JdbcException extends RuntimeException {

  /** The SQLSTATE of the cause, or null. */
  private final String sqlState;

  /**
   * A failure of what {@code message} says, caused by {@code cause}.
   *
   * @param message what was being done
   * @param cause the driver's exception
   */
  public JdbcException(String message, SQLException cause) {
    super(message + ": " + cause.getMessage(), cause);
    this.sqlState = cause.getSQLState();
  }

  /**
   * The SQLSTATE.
   *
   * @return the state, or null when the driver gave none
   */
  public String sqlState() {
    return sqlState;
  }

  /**
   * Whether this is a deadlock or serialization failure: the transaction may simply be run again.
   *
   * @return true for SQLSTATE 40001 or 40P01
   */
  public boolean isTransient() {
    return "40001".equals(sqlState) || "40P01".equals(sqlState);
  }
}
