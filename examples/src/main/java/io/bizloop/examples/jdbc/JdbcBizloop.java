package io.bizloop.examples.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import io.bizloop.accounting.port.AccountingPorts;
import io.bizloop.core.port.EventSubscriptions;
import io.bizloop.core.port.ProcessedEvents;
import io.bizloop.crm.port.Catalog;
import io.bizloop.crm.port.CrmPorts;
import io.bizloop.crm.port.Receivables;
import io.bizloop.crm.port.StockAvailability;
import io.bizloop.examples.HostValidator;
import io.bizloop.inventory.port.InventoryPorts;
import io.bizloop.loop.Bizloop;
import io.bizloop.loop.CompanySettings;
import io.bizloop.loop.LoopStore;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The loop's state in a database (H2 or PostgreSQL): a {@link LoopStore} whose repositories are
 * the JDBC adapters of this package, all on one {@link JdbcUnitOfWork} (one database transaction
 * per command), with the inbox in {@code processed_event}, an outbox that follows every event the
 * loop publishes and gap-free counters. The schema is migrated at start; a database that already
 * holds books is continued. Several stores (in one JVM or several) may share one database.
 *
 * <pre>{@code
 * try (JdbcBizloop db = JdbcBizloop.open("h2:./books", CompanySettings.chinaDefaults())) {
 *   Bizloop loop = db.bizloop();
 *   loop.inventory().registerWarehouse(new RegisterWarehouse.Command(WarehouseId.of("MAIN"), "Main", day));
 * }
 * }</pre>
 */
public final class JdbcBizloop implements LoopStore, AutoCloseable {

  private final CompanySettings company;
  private final DataSource dataSource;
  private final boolean ownsDataSource;
  private final JdbcUnitOfWork unitOfWork;
  private final Sql sql;
  private final JdbcProcessedEvents processed;
  private final ProcessedEvents inbox;
  private volatile boolean followed;
  private final JdbcOutbox outbox;
  private final AccountingPorts accounting;
  private final InventoryPorts inventory;
  private final Bizloop bizloop;

  private JdbcBizloop(CompanySettings company, DataSource dataSource, boolean ownsDataSource) {
    this.company = Objects.requireNonNull(company, "company");
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.ownsDataSource = ownsDataSource;
    Migrations.migrate(dataSource);
    this.unitOfWork = new JdbcUnitOfWork(dataSource);
    this.sql = new Sql(unitOfWork);
    this.processed = new JdbcProcessedEvents(sql);
    this.outbox = new JdbcOutbox(sql);
    this.inbox = (consumer, event) -> {
      boolean first = processed.markProcessed(consumer, event);
      if (first && followed) {
        outbox.claim(event); // before any subscriber runs: the outbox lists a cause before its effects
      }
      return first;
    };
    this.accounting =
        new AccountingPorts(
            new JdbcJournalEntries(sql), new JdbcLedgerBalances(sql), new JdbcFiscalPeriods(sql),
            new JdbcPartyAccounts(sql), new JdbcCounters(sql, "accounting"));
    this.inventory =
        new InventoryPorts(
            new JdbcWarehouses(sql), new JdbcProducts(sql), new JdbcSuppliers(sql), new JdbcStockItems(sql),
            new JdbcPurchaseOrders(sql), new JdbcOrderAllocations(sql), new JdbcCounters(sql, "inventory"));
    this.bizloop = Bizloop.on(this, company, HostValidator.create());
  }

  /**
   * The loop over {@code dataSource}, which the caller keeps and closes.
   *
   * @param company the company's settings
   * @param dataSource the database (migrated here)
   * @return the store, with its loop in {@link #bizloop()}
   */
  public static JdbcBizloop start(CompanySettings company, DataSource dataSource) {
    return new JdbcBizloop(company, dataSource, false);
  }

  /**
   * The loop over the database {@code spec} names ({@code h2:PATH}, {@code jdbc:h2:...},
   * {@code jdbc:postgresql://...}), with a pool of its own that {@link #close} closes.
   *
   * @param spec the database
   * @param company the company's settings
   * @return the store, with its loop in {@link #bizloop()}
   */
  public static JdbcBizloop open(String spec, CompanySettings company) {
    HikariDataSource pool = Databases.open(spec, 10);
    try {
      return new JdbcBizloop(company, pool, true);
    } catch (RuntimeException | Error e) {
      pool.close();
      throw e;
    }
  }

  /**
   * The loop over this store: {@code Bizloop.on(store, company, HostValidator.create())}, built
   * once. Another {@link Bizloop#on} over the same store works too (its events reach the outbox
   * as well).
   *
   * @return the loop
   */
  public Bizloop bizloop() {
    return bizloop;
  }

  /** The company's settings the loop was wired from. */
  public CompanySettings company() {
    return company;
  }

  @Override
  public JdbcUnitOfWork unitOfWork() {
    return unitOfWork;
  }

  /**
   * The inbox in {@code processed_event}; once the outbox follows the loop, the first delivery of
   * an event also claims its place in the outbox, so that the outbox keeps publication order.
   */
  @Override
  public ProcessedEvents inbox() {
    return inbox;
  }

  @Override
  public AccountingPorts accounting() {
    return accounting;
  }

  @Override
  public InventoryPorts inventory() {
    return inventory;
  }

  @Override
  public CrmPorts crm(Catalog catalog, StockAvailability availability, Receivables receivables) {
    return CrmPorts.of(
        new JdbcCustomers(sql), new JdbcLeads(sql), new JdbcOpportunities(sql), new JdbcSalesOrders(sql),
        new JdbcTickets(sql), new JdbcAgents(sql), catalog, availability, receivables);
  }

  /** Subscribes the outbox to every event the loop publishes, inside the publisher's transaction. */
  @Override
  public void follow(EventSubscriptions subscriptions) {
    followed = true;
    outbox.recordEventsOf(subscriptions);
  }

  /** The outbox: every event the loop published, for a relay to other systems. */
  public JdbcOutbox outbox() {
    return outbox;
  }

  /** The database. */
  public DataSource dataSource() {
    return dataSource;
  }

  /** Closes the pool when {@link #open} made it; a data source given to {@link #start} stays open. */
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
