package io.bizloop.loop;

import io.bizloop.accounting.application.Accounting;
import io.bizloop.core.Outcome;
import io.bizloop.core.RejectionCode;
import io.bizloop.core.bus.SynchronousEventBus;
import io.bizloop.core.port.CommandRunner;
import io.bizloop.core.port.CommandValidator;
import io.bizloop.core.port.EventPublisher;
import io.bizloop.core.port.EventSubscriptions;
import io.bizloop.core.port.HostPorts;
import io.bizloop.core.port.UnitOfWork;
import io.bizloop.crm.application.Crm;
import io.bizloop.inventory.application.Inventory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
   * Runs {@code command} once per idempotency {@code key}: the first call runs it and remembers
   * the key in the store, in the same transaction as what the command changed, whether the
   * command is accepted or rejected (a rejected command changes nothing, but its key is kept); a
   * later call with the same key — after a retry, a crash or a restart of the host, on a
   * persistent store — runs nothing and answers empty. A command that ends in {@code CONFLICT}
   * after its retries, or throws, leaves the key unremembered, so it may be tried again.
   *
   * <pre>{@code
   * Optional<Outcome<PaymentId>> paid = loop.once("bank-statement-2026-11-02#17",
   *     () -> loop.accounting().receivePayment(ReceivePayment.Command.of(customer, "100.00", day)));
   * if (paid.isEmpty()) { ... already received ... }
   * }</pre>
   *
   * @param key the host's key for this command (non-empty)
   * @param command issues one command of the loop (or several, see {@link #atomically})
   * @param <T> the command's answer type
   * @return the command's outcome, or empty when the key had been seen
   * @throws IllegalArgumentException when the key is empty
   */
  public <T> Optional<Outcome<T>> once(String key, Supplier<Outcome<T>> command) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(command, "command");
    if (key.isEmpty()) {
      throw new IllegalArgumentException("an idempotency key is not empty");
    }
    Outcome<Optional<Outcome<T>>> ran = runner.atomically(() -> {
      if (!store.idempotencyKeys().remember(key)) {
        return Outcome.accepted(Optional.empty());
      }
      Outcome<T> outcome = store.unitOfWork().execute(command);
      if (outcome instanceof Outcome.Rejected<T> rejected && rejected.rejection().code() == RejectionCode.CONFLICT) {
        return Outcome.rejected(rejected.rejection()); // not remembered: the whole is tried again
      }
      return Outcome.accepted(Optional.of(outcome));
    });
    return ran.isAccepted() ? ran.value() : Optional.of(Outcome.rejected(ran.rejection()));
  }

  /**
   * Runs many commands in one transaction with one commit (on a database: one round of
   * commit instead of one per command). Each command is still all-or-nothing: a rejected one
   * changes nothing and the others are kept. A conflict that the command's own retries cannot
   * resolve retries the whole batch.
   *
   * <pre>{@code
   * List<Outcome<?>> outcomes = loop.batch(entries.stream()
   *     .<Supplier<Outcome<?>>>map(e -> () -> loop.accounting().postJournal(e)).toList());
   * }</pre>
   *
   * @param commands each issues one command of the loop
   * @return each command's outcome, in order; when the batch as a whole fails with a conflict, that rejection for every command (none was kept)
   * @throws RuntimeException what a command threw: then no command of the batch is kept
   */
  public List<Outcome<?>> batch(List<? extends Supplier<? extends Outcome<?>>> commands) {
    Objects.requireNonNull(commands, "commands");
    List<Supplier<? extends Outcome<?>>> copy = List.copyOf(commands);
    Outcome<List<Outcome<?>>> ran = runner.atomically(() -> {
      List<Outcome<?>> outcomes = new ArrayList<>(copy.size());
      for (Supplier<? extends Outcome<?>> command : copy) {
        Outcome<Object> outcome = store.unitOfWork().execute(() -> command.get().map(value -> (Object) value));
        if (outcome instanceof Outcome.Rejected<?> rejected && rejected.rejection().code() == RejectionCode.CONFLICT) {
          return Outcome.rejected(rejected.rejection());
        }
        outcomes.add(outcome);
      }
      return Outcome.accepted(Collections.unmodifiableList(outcomes));
    });
    if (ran.isAccepted()) {
      return ran.value();
    }
    List<Outcome<?>> refused = new ArrayList<>(copy.size());
    copy.forEach(c -> refused.add(Outcome.rejected(ran.rejection())));
    return Collections.unmodifiableList(refused);
  }

  /**
   * The invariants that span the contexts (design.md): the trial balance balances; Σ stock
   * values = the inventory account; receivable, payable, advance and prepayment control accounts
   * = their sub-ledgers; 0 ≤ reserved ≤ on hand; nothing on hand is worth nothing; reserved in
   * stock (less what stand-alone reservations hold) = reserved for open orders.
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
