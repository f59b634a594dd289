package io.bizloop.jdbc;

import io.bizloop.accounting.port.AccountingPorts;
import io.bizloop.core.port.EventSubscriptions;
import io.bizloop.core.port.ProcessedEvents;
import io.bizloop.crm.port.Catalog;
import io.bizloop.crm.port.CrmPorts;
import io.bizloop.crm.port.Receivables;
import io.bizloop.crm.port.StockAvailability;
import io.bizloop.inventory.port.InventoryPorts;
import io.bizloop.core.port.CommandValidator;
import io.bizloop.loop.Bizloop;
import io.bizloop.loop.CompanySettings;
import io.bizloop.loop.IdempotencyKeys;
import io.bizloop.loop.LoopStore;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The loop's state in a database (PostgreSQL, or H2 in its PostgreSQL mode): a {@link LoopStore}
 * whose repositories are the JDBC adapters of this package, all on one {@link JdbcUnitOfWork} (one
 * database transaction per command), with the inbox in {@code bizloop_processed_event}, an outbox
 * that follows every event the loop publishes and gap-free counters. The schema is migrated by
 * Flyway at open (location {@code classpath:db/bizloop}, history table
 * {@code bizloop_schema_history}, every table prefixed {@code bizloop_}), so it lives beside a
 * host's own Flyway migrations; a database that already holds books is continued. Several stores
 * (in one JVM or several) may share one database. The data source is the host's: this store never
 * closes it. PostgreSQL and H2 (any mode, from a plain {@code jdbc:h2:} URL) are supported; the
 * dialect is read from the database. With {@link Builder#joining} the loop's commands join the
 * host's own transaction when it has one open ({@link HostTransactions}). The company's settings (currency, chart, VAT rate, whether prices include VAT,
 * revenue recognition, costing) are stored at the first open; a later open with other settings is
 * refused with an {@link IllegalStateException} naming the stored and the given value.
 *
 * <pre>{@code
 * JdbcLoopStore store = JdbcLoopStore.open(dataSource, CompanySettings.chinaDefaults());
 * Bizloop loop = store.bizloop();
 * loop.inventory().registerWarehouse(new RegisterWarehouse.Command(WarehouseId.of("MAIN"), "Main", day));
 * }</pre>
 */
public final class JdbcLoopStore implements LoopStore {

  private final CompanySettings company;
  private final DataSource dataSource;
  private final JdbcUnitOfWork unitOfWork;
  private final Sql sql;
  private final JdbcProcessedEvents processed;
  private final ProcessedEvents inbox;
  private volatile boolean followed;
  private final JdbcOutbox outbox;
  private final JdbcIdempotencyKeys keys;
  private final JdbcSalesOrders salesOrders;
  private final AccountingPorts accounting;
  private final InventoryPorts inventory;
  private final Bizloop bizloop;

  private JdbcLoopStore(
      CompanySettings company, DataSource dataSource, CommandValidator validator, HostTransactions host) {
    this.company = Objects.requireNonNull(company, "company");
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    migrate(dataSource);
    this.unitOfWork = new JdbcUnitOfWork(dataSource, host);
    this.sql = new Sql(unitOfWork);
    StoredSettings.check(sql, company);
    this.processed = new JdbcProcessedEvents(sql);
    this.outbox = new JdbcOutbox(sql);
    this.keys = new JdbcIdempotencyKeys(sql);
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
    JdbcStockItems stockItems = new JdbcStockItems(sql);
    JdbcOrderAllocations allocations = new JdbcOrderAllocations(sql);
    allocations.fillIndexIfPending();
    this.salesOrders = new JdbcSalesOrders(sql);
    salesOrders.fillCustomerColumn();
    this.inventory =
        new InventoryPorts(
            new JdbcWarehouses(sql), new JdbcProducts(sql), new JdbcSuppliers(sql), stockItems,
            new JdbcPurchaseOrders(sql), allocations, new JdbcCounters(sql, "inventory"), stockItems);
    this.bizloop = Bizloop.on(this, company, validator);
  }

  /**
   * The store over the host's {@code dataSource} (which the host keeps and closes), its schema
   * migrated; the loop runs no validator beyond the library's own checks.
   *
   * @param dataSource the database
   * @param company the company's settings
   * @return the store, with its loop in {@link #bizloop()}
   */
  public static JdbcLoopStore open(DataSource dataSource, CompanySettings company) {
    return open(dataSource, company, CommandValidator.none());
  }

  /**
   * The store over the host's {@code dataSource} (which the host keeps and closes), its schema
   * migrated; the loop also runs the host's validator on every command.
   *
   * @param dataSource the database
   * @param company the company's settings
   * @param validator the host's checks of command records
   * @return the store, with its loop in {@link #bizloop()}
   */
  public static JdbcLoopStore open(DataSource dataSource, CompanySettings company, CommandValidator validator) {
    return builder(dataSource).validator(validator).open(company);
  }

  /**
   * Options for a store over {@code dataSource}: the host's validator and its transactions.
   *
   * <pre>{@code
   * JdbcLoopStore store = JdbcLoopStore.builder(dataSource)
   *     .joining(() -> Optional.ofNullable(myTransactionConnection()))
   *     .open(company);
   * }</pre>
   *
   * @param dataSource the database (the host keeps and closes it)
   * @return the builder
   */
  public static Builder builder(DataSource dataSource) {
    return new Builder(Objects.requireNonNull(dataSource, "dataSource"));
  }

  /** Options of a store; {@link #open} migrates the schema and opens it. */
  public static final class Builder {
    private final DataSource dataSource;
    private CommandValidator validator = CommandValidator.none();
    private HostTransactions host = HostTransactions.none();

    private Builder(DataSource dataSource) {
      this.dataSource = dataSource;
    }

    /**
     * The host's checks of command records, run on every command (default: none).
     *
     * @param validator the validator
     * @return this builder
     */
    public Builder validator(CommandValidator validator) {
      this.validator = Objects.requireNonNull(validator, "validator");
      return this;
    }

    /**
     * Joins the host's transactions: a command issued while the host has a transaction open on
     * the calling thread runs on that transaction's connection, so that it commits or rolls back
     * with the host's own rows (default: every command is its own transaction).
     *
     * @param host the port answering the host's current transaction
     * @return this builder
     */
    public Builder joining(HostTransactions host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /**
     * Migrates the schema, stores or checks the company's settings and opens the store.
     *
     * @param company the company's settings
     * @return the store, with its loop in {@link #bizloop()}
     * @throws IllegalStateException when the database holds other settings
     * @throws IllegalArgumentException when the database is neither PostgreSQL nor H2
     */
    public JdbcLoopStore open(CompanySettings company) {
      return new JdbcLoopStore(company, dataSource, validator, host);
    }
  }

  /**
   * Brings bizloop's tables in {@code dataSource} up to date with Flyway: its own location
   * ({@code classpath:db/bizloop}) and history table ({@code bizloop_schema_history}), and a
   * baseline at version 0 so that a schema the host's migrations already filled still gets
   * bizloop's version 1.
   *
   * @param dataSource the database
   */
  public static void migrate(DataSource dataSource) {
    Flyway.configure(JdbcLoopStore.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/bizloop")
        .table("bizloop_schema_history")
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
  }

  /**
   * The loop over this store, built once with the validator given to {@link #open}. Another {@link Bizloop#on} over the same store works too (its events reach the outbox
   * as well).
   *
   * @return the loop
   */
  public Bizloop bizloop() {
    return bizloop;
  }

  /**
   * The company's settings the loop was wired from.
   *
   * @return the settings
   */
  public CompanySettings company() {
    return company;
  }

  @Override
  public JdbcUnitOfWork unitOfWork() {
    return unitOfWork;
  }

  /**
   * The inbox in {@code bizloop_processed_event}; once the outbox follows the loop, the first delivery of
   * an event also claims its place in the outbox, so that the outbox keeps publication order.
   */
  @Override
  public ProcessedEvents inbox() {
    return inbox;
  }

  @Override
  public IdempotencyKeys idempotencyKeys() {
    return keys;
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
        new JdbcCustomers(sql), new JdbcLeads(sql), new JdbcOpportunities(sql), salesOrders,
        new JdbcTickets(sql), new JdbcAgents(sql), catalog, availability, receivables);
  }

  /** Subscribes the outbox to every event the loop publishes, inside the publisher's transaction. */
  @Override
  public void follow(EventSubscriptions subscriptions) {
    followed = true;
    outbox.recordEventsOf(subscriptions);
  }

  /**
   * The outbox: every event the loop published, for a relay to other systems.
   *
   * @return the outbox
   */
  public JdbcOutbox outbox() {
    return outbox;
  }

  /**
   * The database.
   *
   * @return the host's data source
   */
  public DataSource dataSource() {
    return dataSource;
  }
}
