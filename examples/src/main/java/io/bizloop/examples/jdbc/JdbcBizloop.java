package io.bizloop.examples.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import io.bizloop.accounting.application.Accounting;
import io.bizloop.core.bus.SynchronousEventBus;
import io.bizloop.core.port.CommandValidator;
import io.bizloop.crm.application.Crm;
import io.bizloop.examples.inmemory.Bizloop;
import io.bizloop.examples.inmemory.BizloopSettings;
import io.bizloop.examples.inmemory.Wiring;
import io.bizloop.inventory.application.Inventory;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The whole closed loop over a database (H2 or PostgreSQL): the same facades, bus, settings and
 * cross-context ports as {@link io.bizloop.examples.inmemory.InMemoryBizloop}, with the JDBC
 * adapters of this package and a {@link JdbcUnitOfWork}. The schema is migrated at start; a
 * database that already holds books is continued. Several instances may share one database.
 */
public final class JdbcBizloop implements Bizloop, AutoCloseable {

  private final BizloopSettings settings;
  private final DataSource dataSource;
  private final boolean ownsDataSource;
  private final JdbcUnitOfWork unitOfWork;
  private final SynchronousEventBus bus;
  private final JdbcOutbox outbox;
  private final Accounting accounting;
  private final Inventory inventory;
  private final Crm crm;

  private JdbcBizloop(BizloopSettings settings, DataSource dataSource, boolean ownsDataSource) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.ownsDataSource = ownsDataSource;
    Migrations.migrate(dataSource);
    this.unitOfWork = new JdbcUnitOfWork(dataSource);
    Sql sql = new Sql(unitOfWork);
    this.bus = new SynchronousEventBus(new JdbcProcessedEvents(sql));
    this.outbox = new JdbcOutbox(sql).recordEventsOf(bus);
    CommandValidator validator = Wiring.validator();
    this.accounting =
        Accounting.install(
            bus, unitOfWork, validator, settings.accounting(),
            new JdbcJournalEntries(sql), new JdbcLedgerBalances(sql), new JdbcFiscalPeriods(sql),
            new JdbcPartyAccounts(sql), new JdbcCounters(sql, "accounting"));
    this.inventory =
        Inventory.install(
            bus, unitOfWork, validator, settings.inventory(),
            new JdbcWarehouses(sql), new JdbcProducts(sql), new JdbcSuppliers(sql), new JdbcStockItems(sql),
            new JdbcPurchaseOrders(sql), new JdbcOrderAllocations(sql), new JdbcCounters(sql, "inventory"));
    this.crm =
        Crm.install(
            bus, unitOfWork, validator,
            settings.crm(), Wiring.catalog(inventory), Wiring.availability(inventory), accounting::openReceivable,
            new JdbcCustomers(sql), new JdbcLeads(sql), new JdbcOpportunities(sql), new JdbcSalesOrders(sql), new JdbcTickets(sql), new JdbcAgents(sql));
  }

  /** The loop over {@code dataSource} (which the caller keeps and closes). */
  public static JdbcBizloop start(BizloopSettings settings, DataSource dataSource) {
    return new JdbcBizloop(settings, dataSource, false);
  }

  /**
   * The loop over the database {@code spec} names ({@code h2:PATH}, {@code jdbc:h2:...},
   * {@code jdbc:postgresql://...}), with a pool of its own that {@link #close} closes.
   */
  public static JdbcBizloop open(String spec, BizloopSettings settings) {
    HikariDataSource pool = Databases.open(spec, 10);
    try {
      return new JdbcBizloop(settings, pool, true);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  @Override
  public BizloopSettings settings() {
    return settings;
  }

  @Override
  public JdbcUnitOfWork unitOfWork() {
    return unitOfWork;
  }

  public SynchronousEventBus bus() {
    return bus;
  }

  public JdbcOutbox outbox() {
    return outbox;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  @Override
  public Accounting accounting() {
    return accounting;
  }

  @Override
  public Inventory inventory() {
    return inventory;
  }

  @Override
  public Crm crm() {
    return crm;
  }

  @Override
  public void close() {
    if (ownsDataSource && dataSource instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        throw new IllegalStateException("closing the pool failed", e);
      }
    }
  }
}
