package io.bizloop.loop;

import io.bizloop.accounting.application.Accounting;
import io.bizloop.core.Outcome;
import io.bizloop.core.bus.SynchronousEventBus;
import io.bizloop.core.port.CommandRunner;
import io.bizloop.core.port.CommandValidator;
import io.bizloop.core.port.EventPublisher;
import io.bizloop.core.port.EventSubscriptions;
import io.bizloop.core.port.HostPorts;
import io.bizloop.core.port.UnitOfWork;
import io.bizloop.crm.application.Crm;
import io.bizloop.inventory.application.Inventory;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The closed loop: accounting, inventory and crm wired from one {@link CompanySettings}, meeting
 * only through business events on one synchronous bus and through crm's ports, which the loop
 * answers itself from inventory (catalog, warehouse-aware availability) and accounting (open
 * receivables and advances, for credit exposure).
 *
 * <pre>{@code
 * Bizloop loop = Bizloop.inMemory(CompanySettings.ifrs(Currency.getInstance("EUR")).vatRate("0.20"));
 * loop.inventory().registerWarehouse(new RegisterWarehouse.Command(WarehouseId.of("MAIN"), "Main", day)).orElseThrow();
 * }</pre>
 *
 * <p>Every command answers an {@link Outcome}; a rejected one changed nothing, in any context.
 * Commands run in the store's unit of work, one after another on the in-memory store; a stale
 * save is retried in one place ({@link CommandRunner}). Persistence plugs in with {@link #on}.
 */
public final class Bizloop {

  private final CompanySettings settings;
  private final LoopStore store;
  private final SynchronousEventBus bus;
  private final CommandRunner runner;
  private final Accounting accounting;
  private final Inventory inventory;
  private final Crm crm;

  private Bizloop(LoopStore store, CompanySettings settings, CommandValidator validator) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.store = Objects.requireNonNull(store, "store");
    Objects.requireNonNull(validator, "validator");
    this.bus = new SynchronousEventBus(store.inbox());
    HostPorts host = new HostPorts(bus, bus, store.unitOfWork(), validator);
    this.runner = host.runner();
    this.accounting = Accounting.install(host, settings.accounting(), store.accounting());
    this.inventory = Inventory.install(host, settings.inventory(), store.inventory());
    this.crm =
        Crm.install(
            host,
            settings.crm(),
            store.crm(
                Neighbours.catalog(inventory), Neighbours.availability(inventory), Neighbours.receivables(accounting)));
    store.follow(bus);
  }

  /**
   * A new, empty loop in memory, with no validator beyond the library's own checks.
   *
   * @param company the company's settings
   * @return the loop
   */
  public static Bizloop inMemory(CompanySettings company) {
    return on(new InMemoryLoopStore(), company, CommandValidator.none());
  }

  /**
   * A new, empty loop in memory that also runs the host's validator on every command.
   *
   * @param company the company's settings
   * @param validator the host's checks of command records
   * @return the loop
   */
  public static Bizloop inMemory(CompanySettings company, CommandValidator validator) {
    return on(new InMemoryLoopStore(), company, validator);
  }

  /**
   * The loop over a store the host chose (a database from {@code bizloop-jdbc}, say); a store
   * that already holds books is continued.
   *
   * @param store where the loop keeps its state
   * @param company the company's settings
   * @return the loop
   */
  public static Bizloop on(LoopStore store, CompanySettings company) {
    return on(store, company, CommandValidator.none());
  }

  /**
   * The loop over a store the host chose, running the host's validator on every command.
   *
   * @param store where the loop keeps its state
   * @param company the company's settings
   * @param validator the host's checks of command records
   * @return the loop
   */
  public static Bizloop on(LoopStore store, CompanySettings company, CommandValidator validator) {
    return new Bizloop(store, company, validator);
  }

  /**
   * The company's settings.
   *
   * @return the settings the loop was wired from
   */
  public CompanySettings settings() {
    return settings;
  }

  /**
   * The books: journal, ledger, receivables and payables, payments, periods, statements.
   *
   * @return the accounting context
   */
  public Accounting accounting() {
    return accounting;
  }

  /**
   * The stock: products, warehouses, reservations, purchasing, transfers, counts.
   *
   * @return the inventory context
   */
  public Inventory inventory() {
    return inventory;
  }

  /**
   * The front office: customers, leads, opportunities, sales orders, tickets.
   *
   * @return the crm context
   */
  public Crm crm() {
    return crm;
  }

  /**
   * Where the loop keeps its state.
   *
   * @return the store
   */
  public LoopStore store() {
    return store;
  }

  /**
   * The unit of work every command runs in.
   *
   * @return the store's unit of work
   */
  public UnitOfWork unitOfWork() {
    return store.unitOfWork();
  }

  /**
   * Where a host subscribes to the loop's business events (they are delivered inside the unit of
   * work of the command that raised them; a rejection undoes the command).
   *
   * @return the loop's event subscriptions
   */
  public EventSubscriptions events() {
    return bus;
  }

  /**
   * The loop's event publisher, for a host that delivers events again (from an outbox, say):
   * each consumer applies an event id at most once, so a redelivery changes nothing. Publish
   * inside {@link #atomically} or a subscriber, so that a subscriber's rejection undoes it.
   *
   * @return the publisher of the loop's bus
   */
  public EventPublisher publisher() {
    return bus;
  }

  /**
   * Runs several commands as one: all are kept, or — when {@code work} answers a rejection or
   * throws — none. A stale save anywhere retries the whole.
   *
   * @param work the commands, answering the first rejection or the result
   * @param <T> the result type
   * @return the outcome of {@code work}
   */
  public <T> Outcome<T> atomically(Supplier<Outcome<T>> work) {
    return runner.atomically(work);
  }

  /**
   * The invariants that span the contexts (design.md): the trial balance balances; Σ stock
   * values = the inventory account; receivable, payable, advance and prepayment control accounts
   * = their sub-ledgers; 0 ≤ reserved ≤ on hand; nothing on hand is worth nothing; reserved in
   * stock = reserved for open orders.
   *
   * @return the violations found, empty when the loop is consistent
   */
  public List<String> invariantViolations() {
    return read(LoopInvariants::violations);
  }

  /**
   * Runs a query over several contexts with one consistent view where the store offers one (the
   * in-memory store: no command runs meanwhile). Do not run commands inside it.
   *
   * @param query reads the loop
   * @param <T> the answer type
   * @return the query's answer
   */
  public <T> T read(java.util.function.Function<Bizloop, T> query) {
    return store.unitOfWork().read(() -> query.apply(this));
  }
}
