package io.bizloop.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The port through which bizloop joins the host's own transaction: when the host has a
 * transaction open on the calling thread, {@link #current()} answers its connection and every
 * command of the loop runs on it, so that the host's rows and the books commit or roll back
 * together. On a joined connection bizloop never commits, never rolls back the host's work and
 * never closes it: a command runs within a savepoint of its own, which a rejection rolls back
 * (the command changed nothing, the host's earlier work stays) and an acceptance releases (the
 * host's commit makes it durable, the host's rollback undoes it). Without a host transaction
 * bizloop takes a connection from its {@code DataSource} and commits each command itself.
 *
 * <p>A Spring host answers it from its transaction synchronisation:
 *
 * <pre>{@code
 * HostTransactions spring = () -> TransactionSynchronizationManager.isActualTransactionActive()
 *     ? Optional.of(DataSourceUtils.getConnection(dataSource)) : Optional.empty();
 * }</pre>
 *
 * <p>The connection must be one of the same database as the store's {@code DataSource}.
 */
@FunctionalInterface
public interface HostTransactions {

  /**
   * The connection of the host's transaction open on the calling thread (auto-commit off).
   *
   * @return that connection, or empty when the calling thread has no transaction of the host
   * @throws SQLException when the host cannot tell
   */
  Optional<Connection> current() throws SQLException;

  /**
   * The host never has a transaction of its own: bizloop commits every command itself.
   *
   * @return the port that always answers empty
   */
  static HostTransactions none() {
    return Optional::empty;
  }
}
