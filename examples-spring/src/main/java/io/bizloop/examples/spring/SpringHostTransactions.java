package io.bizloop.examples.spring;

import io.bizloop.jdbc.HostTransactions;
import java.sql.Connection;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * bizloop's {@link HostTransactions} port answered from Spring's transaction synchronisation:
 * inside a Spring transaction (a {@code @Transactional} method, a {@code TransactionTemplate})
 * it answers the connection that transaction holds on {@code dataSource}, so that bizloop's
 * commands run on it — within a savepoint each — and commit or roll back with the host's own
 * writes ({@code JdbcTemplate}, JPA on the same data source); outside one it answers empty and
 * bizloop commits each command itself.
 *
 * <p>{@link TransactionSynchronizationManager#isActualTransactionActive()} is the test, not
 * {@code isSynchronizationActive()}: a method with {@code Propagation.SUPPORTS} or
 * {@code NOT_SUPPORTED} has synchronisation but no transaction, and bizloop must then not run
 * on a connection nobody will commit. bizloop never closes, commits or rolls back the connection
 * it is given; Spring's transaction manager does, when the transaction ends.
 */
public final class SpringHostTransactions implements HostTransactions {

  private final DataSource dataSource;

  /**
   * The port over the data source that both Spring's transaction manager and bizloop's store use.
   *
   * @param dataSource the shared data source
   */
  public SpringHostTransactions(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  /**
   * The connection of the Spring transaction open on the calling thread.
   *
   * @return that connection, or empty outside a Spring transaction
   */
  @Override
  public Optional<Connection> current() {
    return TransactionSynchronizationManager.isActualTransactionActive()
        ? Optional.of(DataSourceUtils.getConnection(dataSource))
        : Optional.empty();
  }
}
