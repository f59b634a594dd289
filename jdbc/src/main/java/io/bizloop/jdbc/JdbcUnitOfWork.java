package io.bizloop.jdbc;

import io.bizloop.core.Outcome;
import io.bizloop.core.RejectionCode;
import io.bizloop.core.port.UnitOfWork;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link UnitOfWork} that is one database transaction: the outermost {@link #execute} takes a
 * connection from the pool and binds it to the thread; what the work does through the adapters
 * runs on it; an accepted outcome commits, a rejected one or an exception rolls back. A nested
 * execute is a savepoint: its rejection rolls back to it and the outer work decides the rest.
 *
 * <p>A deadlock or serialization failure (SQLSTATE 40P01 / 40001) of the outermost unit rolls it
 * back and answers {@code CONFLICT}, like a stale save: the {@link io.bizloop.core.port.CommandRunner}
 * runs the command again, and the work reads everything it decides on afresh. A lost connection is
 * not a conflict (the database rolled the transaction back; the caller sees the exception).
 *
 * <p>When the host has a transaction open on the calling thread ({@link HostTransactions}), the
 * outermost unit of work joins it instead: it runs within a savepoint on the host's connection,
 * never commits or closes it, and a rejection rolls back only to that savepoint.
 *
 * <p>Outside a unit of work an adapter call runs on its own connection in auto-commit mode (or on
 * the host's transaction), like the in-memory adapters, whose changes outside a unit of work are
 * final.
 */
public final class JdbcUnitOfWork implements UnitOfWork {

  private static final Logger LOG = LoggerFactory.getLogger(JdbcUnitOfWork.class);

  private final HostTransactions host;
  private volatile Dialect dialect;

  /**
   * A piece of work on a connection.
   *
   * @param <T> what it answers
   */
  @FunctionalInterface
  public interface ConnectionWork<T> {
    /**
     * Does the work.
     *
     * @param connection the connection to work on
     * @return the answer
     * @throws SQLException when the database fails
     */
    T apply(Connection connection) throws SQLException;
  }

  private final DataSource dataSource;
  private final ThreadLocal<Transaction> current = new ThreadLocal<>();

  /**
   * Units of work on {@code dataSource}, each its own transaction.
   *
   * @param dataSource the database
   */
  public JdbcUnitOfWork(DataSource dataSource) {
    this(dataSource, HostTransactions.none());
  }

  /**
   * Units of work on {@code dataSource} that join the host's transaction when it has one open
   * on the calling thread (a savepoint in it), and are their own transaction otherwise.
   *
   * @param dataSource the database
   * @param host the host's transactions
   */
  public JdbcUnitOfWork(DataSource dataSource, HostTransactions host) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.host = Objects.requireNonNull(host, "host");
  }

  /** The database's dialect, read from the first connection. */
  Dialect dialect() {
    Dialect known = dialect;
    if (known == null) {
      known = withConnection("", false, Dialect::of); // metadata only: nothing to send first
      dialect = known;
    }
    return known;
  }

  private Optional<Connection> hostConnection() {
    try {
      return Objects.requireNonNull(host.current(), "HostTransactions.current() answered null");
    } catch (SQLException e) {
      throw new JdbcException("cannot ask the host for its transaction", e);
    }
  }

  /**
   * The database.
   *
   * @return the data source
   */
  public DataSource dataSource() {
    return dataSource;
  }

  /**
   * Whether the calling thread is inside a unit of work.
   *
   * @return true inside one
   */
  public boolean active() {
    return current.get() != null;
  }

  @Override
  public <T> Outcome<T> execute(Supplier<Outcome<T>> work) {
    Transaction tx = current.get();
    if (tx != null) {
      return nested(tx, work);
    }
    Optional<Connection> joined = hostConnection();
    if (joined.isPresent()) {
      return joined(joined.get(), work);
    }
    try {
      return outermost(work);
    } catch (JdbcException e) {
      if (!e.isTransient()) {
        throw e;
      }
      LOG.debug("a unit of work ended in {}: {}", e.sqlState(), e.getMessage());
      return Outcome.rejected(RejectionCode.CONFLICT, "the database refused a concurrent change (" + e.sqlState() + ")");
    }
  }

  /**
   * Runs {@code query} in a read-only transaction at REPEATABLE READ, so that all its reads see
   * one snapshot of the database (in PostgreSQL; H2 gives at least its committed state); inside a
   * unit of work it joins that unit's transaction.
   */
  @Override
  public <T> T read(Supplier<T> query) {
    if (current.get() != null) {
      return query.get();
    }
    Optional<Connection> joined = hostConnection();
    if (joined.isPresent()) {
      current.set(new Transaction(joined.get(), true));
      try {
        return query.get();
      } finally {
        current.remove();
      }
    }
    Connection connection;
    try {
      connection = dataSource.getConnection();
      connection.setAutoCommit(false);
      connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      connection.setReadOnly(true);
    } catch (SQLException e) {
      throw new JdbcException("cannot begin a read", e);
    }
    current.set(new Transaction(connection, false));
    try {
      return query.get();
    } finally {
      current.remove();
      try {
        connection.rollback();
      } catch (SQLException e) {
        LOG.debug("ending a read failed (the connection is probably gone): {}", e.getMessage());
      }
      try {
        connection.close();
      } catch (SQLException e) {
        LOG.debug("closing the connection failed: {}", e.getMessage());
      }
    }
  }

  private <T> Outcome<T> outermost(Supplier<Outcome<T>> work) {
    Connection connection;
    try {
      connection = dataSource.getConnection();
      connection.setAutoCommit(false);
    } catch (SQLException e) {
      throw new JdbcException("cannot begin a transaction", e);
    }
    Transaction tx = new Transaction(connection, true);
    current.set(tx);
    boolean committed = false;
    try {
      Outcome<T> outcome = work.get();
      if (outcome.isAccepted()) {
        tx.flushAll();
        connection.commit();
        committed = true;
        LOG.debug("committed");
      } else {
        LOG.debug("rolled back: {}", outcome.rejection());
      }
      return outcome;
    } catch (SQLException e) {
      throw new JdbcException("commit failed", e);
    } catch (RuntimeException | Error e) {
      LOG.debug("rolled back after {}", e.toString());
      throw e;
    } finally {
      current.remove();
      if (!committed) {
        try {
          connection.rollback();
        } catch (SQLException e) {
          LOG.debug("rollback failed (the connection is probably gone): {}", e.getMessage());
        }
      }
      try {
        connection.close();
      } catch (SQLException e) {
        LOG.debug("closing the connection failed: {}", e.getMessage());
      }
    }
  }

  /**
   * Runs {@code work} inside the host's transaction on {@code connection}, within a savepoint: a
   * rejection or an exception rolls back to it; the host commits or rolls back the rest. A
   * deadlock or serialization failure rolls back to the savepoint and answers {@code CONFLICT}.
   */
  private <T> Outcome<T> joined(Connection connection, Supplier<Outcome<T>> work) {
    Transaction tx = new Transaction(connection, true);
    current.set(tx);
    try {
      return nested(tx, () -> {
        Outcome<T> outcome = work.get();
        if (outcome.isAccepted()) {
          try {
            tx.flushAll(); // the host commits: nothing may stay deferred
          } catch (SQLException e) {
            throw new JdbcException("writing to the host's transaction failed", e);
          }
        }
        return outcome;
      });
    } catch (JdbcException e) {
      if (!e.isTransient()) {
        throw e;
      }
      LOG.debug("a unit of work in the host's transaction ended in {}: {}", e.sqlState(), e.getMessage());
      return Outcome.rejected(RejectionCode.CONFLICT, "the database refused a concurrent change (" + e.sqlState() + ")");
    } finally {
      current.remove();
    }
  }

  private static <T> Outcome<T> nested(Transaction tx, Supplier<Outcome<T>> work) {
    tx.begin();
    boolean keep = false;
    try {
      Outcome<T> outcome = work.get();
      keep = outcome.isAccepted();
      return outcome;
    } finally {
      if (keep) {
        tx.keep();
      } else {
        try {
          tx.undo();
          LOG.debug("rolled back a nested unit of work");
        } catch (SQLException e) {
          LOG.debug("rolling back to a savepoint failed: {}", e.getMessage());
        }
      }
    }
  }

  /** The calling thread's transaction, or null outside a unit of work. */
  Transaction transaction() {
    return current.get();
  }

  /**
   * Runs {@code work} on the thread's transaction (after sending the transaction's deferred
   * writes, so that it sees them), or outside a unit of work on a connection of its own in
   * auto-commit mode.
   *
   * @param <T> what the work answers
   * @param work the work
   * @return its answer
   */
  public <T> T withConnection(ConnectionWork<T> work) {
    return withConnection(null, false, work);
  }

  /**
   * Runs the statement {@code sql} through {@code work}: in a transaction, the deferred writes it
   * could see are sent first, and a write gets the savepoints of the open units.
   */
  <T> T withConnection(String sql, boolean write, ConnectionWork<T> work) {
    Transaction tx = current.get();
    try {
      if (tx != null) {
        if (sql != null) {
          tx.before(sql, write);
        } else {
          tx.flushAll(); // work we cannot read: it sees every write of the transaction, and may write
        }
        return work.apply(tx.connection);
      }
      Optional<Connection> joined = hostConnection();
      if (joined.isPresent()) {
        return work.apply(joined.get());
      }
      try (Connection connection = dataSource.getConnection()) {
        connection.setAutoCommit(true);
        return work.apply(connection);
      }
    } catch (SQLException e) {
      throw new JdbcException("database call failed", e);
    }
  }
}
