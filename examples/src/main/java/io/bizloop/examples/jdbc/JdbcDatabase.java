package io.bizloop.examples.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import io.bizloop.jdbc.JdbcLoopStore;
import io.bizloop.loop.Bizloop;
import io.bizloop.loop.CompanySettings;

/**
 * What the command line's {@code --db} opens: a Hikari pool over the database a user typed (see
 * {@link Databases}) and bizloop-jdbc's {@link JdbcLoopStore} on it, with the host's validator.
 * Closing it closes the pool.
 */
public final class JdbcDatabase implements AutoCloseable {

  private final HikariDataSource pool;
  private final JdbcLoopStore store;

  private JdbcDatabase(HikariDataSource pool, JdbcLoopStore store) {
    this.pool = pool;
    this.store = store;
  }

  /** The store over the database {@code spec} names, on a pool of its own. */
  public static JdbcDatabase open(String spec, CompanySettings company) {
    HikariDataSource pool = Databases.open(spec, 10);
    try {
      return new JdbcDatabase(pool, JdbcLoopStore.open(pool, company));
    } catch (RuntimeException | Error e) {
      pool.close();
      throw e;
    }
  }

  /** The store. */
  public JdbcLoopStore store() {
    return store;
  }

  /** The loop over the store. */
  public Bizloop bizloop() {
    return store.bizloop();
  }

  @Override
  public void close() {
    pool.close();
  }
}
