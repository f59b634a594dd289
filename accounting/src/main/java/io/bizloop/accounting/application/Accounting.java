package io.bizloop.accounting.application;

import io.bizloop.accounting.domain.AgingReport;
import io.bizloop.accounting.domain.BalanceSheet;
import io.bizloop.accounting.domain.IncomeStatement;
import io.bizloop.accounting.domain.Ledger;
import io.bizloop.accounting.domain.OpenItem;
import io.bizloop.accounting.domain.Party;
import io.bizloop.accounting.domain.PartyAccount;
import io.bizloop.accounting.domain.PartyKind;
import io.bizloop.accounting.domain.Totals;
import io.bizloop.accounting.domain.TrialBalanceRow;
import io.bizloop.accounting.port.AccountingPorts;
import io.bizloop.core.AccountCode;
import io.bizloop.core.CustomerId;
import io.bizloop.core.Money;
import io.bizloop.core.Outcome;
import io.bizloop.core.PaymentId;
import io.bizloop.core.Period;
import io.bizloop.core.SupplierId;
import io.bizloop.core.event.BusinessEvent;
import io.bizloop.core.event.CreditNoteIssued;
import io.bizloop.core.event.CustomerRegistered;
import io.bizloop.core.event.GoodsReceived;
import io.bizloop.core.event.GoodsReturned;
import io.bizloop.core.event.GoodsShipped;
import io.bizloop.core.event.RevenueRecognised;
import io.bizloop.core.event.SalesOrderCancelled;
import io.bizloop.core.event.StockAdjusted;
import io.bizloop.core.event.SupplierRegistered;
import io.bizloop.core.port.CommandRunner;
import io.bizloop.core.port.EventSubscriptions;
import io.bizloop.core.port.HostPorts;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The accounting context's entry: its use cases, its queries, and the posting policies it
 * subscribes (consumer {@value #CONSUMER}).
 *
 * <p>Every use case runs through the host's {@link CommandRunner}: the command is checked by the
 * host's validator, run in one unit of work, and retried on {@code CONFLICT}; each answers an
 * {@link Outcome}. Events handled: CustomerRegistered, SupplierRegistered, GoodsReceived,
 * GoodsShipped, RevenueRecognised, CreditNoteIssued, GoodsReturned, StockAdjusted,
 * SalesOrderCancelled.
 *
 * <p>Queries read the books as they are; none of them overflows or fails on anything the books
 * accepted.
 */
public final class Accounting {

  /** The consumer name accounting subscribes its policies under. */
  public static final String CONSUMER = "accounting";

  private final AccountingSettings settings;
  private final AccountingPorts ports;
  private final CommandRunner runner;
  private final io.bizloop.core.port.UnitOfWork unitOfWork;
  private final PostJournalEntry postJournalEntry;
  private final ReverseJournalEntry reverseJournalEntry;
  private final ClosePeriod closePeriod;
  private final ReopenPeriod reopenPeriod;
  private final ReceivePayment receivePayment;
  private final PaySupplier paySupplier;
  private final SetPaymentTerms setPaymentTerms;

  private Accounting(HostPorts host, AccountingSettings settings, AccountingPorts ports) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.ports = Objects.requireNonNull(ports, "ports");
    this.runner = Objects.requireNonNull(host, "host").runner();
    this.unitOfWork = host.unitOfWork();
    var journal = ports.journal();
    var balances = ports.balances();
    var periods = ports.periods();
    var parties = ports.parties();
    var sequences = ports.sequences();
    this.postJournalEntry = new PostJournalEntry(settings, journal, balances, periods, sequences);
    this.reverseJournalEntry = new ReverseJournalEntry(settings, journal, balances, periods, sequences);
    this.closePeriod = new ClosePeriod(periods);
    this.reopenPeriod = new ReopenPeriod(periods);
    this.receivePayment =
        new ReceivePayment(settings, host.publisher(), parties, journal, balances, periods, sequences);
    this.paySupplier = new PaySupplier(settings, host.publisher(), parties, journal, balances, periods, sequences);
    this.setPaymentTerms = new SetPaymentTerms(parties);
  }

  /**
   * Builds the context on the host's ports and its own, and subscribes its posting policies on
   * {@code host.subscriptions()} under {@value #CONSUMER}, each run through the host's runner.
   *
   * @param host the host's publisher, subscriptions, unit of work and validator
   * @param settings the book currency, chart and account mapping
   * @param ports accounting's repositories and counters
   * @return the context
   */
  public static Accounting install(HostPorts host, AccountingSettings settings, AccountingPorts ports) {
    Accounting accounting = new Accounting(host, settings, ports);
    accounting.subscribe(host.subscriptions());
    return accounting;
  }

  private void subscribe(EventSubscriptions subscriptions) {
    var journal = ports.journal();
    var balances = ports.balances();
    var periods = ports.periods();
    var parties = ports.parties();
    var sequences = ports.sequences();
    on(subscriptions, CustomerRegistered.class, new OpenCustomerAccount(settings, parties)::on);
    on(subscriptions, SupplierRegistered.class, new OpenSupplierAccount(settings, parties)::on);
    on(subscriptions, GoodsReceived.class, new PostReceipt(settings, parties, journal, balances, periods, sequences)::on);
    on(subscriptions, GoodsShipped.class, new PostShipmentCost(settings, journal, balances, periods, sequences)::on);
    on(subscriptions, RevenueRecognised.class,
        new PostRevenue(settings, parties, journal, balances, periods, sequences)::on);
    on(subscriptions, CreditNoteIssued.class,
        new PostCreditNote(settings, parties, journal, balances, periods, sequences)::on);
    on(subscriptions, GoodsReturned.class, new PostReturnCost(settings, journal, balances, periods, sequences)::on);
    on(subscriptions, StockAdjusted.class, new PostStockAdjustment(settings, journal, balances, periods, sequences)::on);
    on(subscriptions, SalesOrderCancelled.class,
        new ReverseCancelledRevenue(settings, parties, journal, balances, periods, sequences)::on);
  }

  private <E extends BusinessEvent> void on(
      EventSubscriptions subscriptions, Class<E> type, Function<? super E, Outcome<Void>> policy) {
    subscriptions.subscribe(CONSUMER, type, event -> runner.react(event, policy));
  }

  // ---- use cases

  /**
   * Posts a manual journal entry ({@link PostJournalEntry}).
   *
   * @param command the entry, e.g. {@code PostJournalEntry.Command.on(day).debit("1002", "100").credit("3001", "100")}
   * @return the entry's number, or the rejection
   */
  public Outcome<Long> postJournalEntry(PostJournalEntry.Command command) {
    return runner.run(command, postJournalEntry);
  }

  /**
   * Reverses a posted entry ({@link ReverseJournalEntry}).
   *
   * @param command which entry, and when
   * @return the reversal's number, or the rejection
   */
  public Outcome<Long> reverseJournalEntry(ReverseJournalEntry.Command command) {
    return runner.run(command, reverseJournalEntry);
  }

  /**
   * Closes a fiscal period ({@link ClosePeriod}).
   *
   * @param command which period
   * @return done, or the rejection
   */
  public Outcome<Void> closePeriod(ClosePeriod.Command command) {
    return runner.run(command, closePeriod);
  }

  /**
   * Reopens a closed fiscal period ({@link ReopenPeriod}).
   *
   * @param command which period
   * @return done, or the rejection
   */
  public Outcome<Void> reopenPeriod(ReopenPeriod.Command command) {
    return runner.run(command, reopenPeriod);
  }

  /**
   * Records a payment from a customer ({@link ReceivePayment}).
   *
   * @param command the payment, e.g. {@code ReceivePayment.Command.of(customer, "1500.00", day)}
   * @return the payment's id, or the rejection
   */
  public Outcome<PaymentId> receivePayment(ReceivePayment.Command command) {
    return runner.run(command, receivePayment);
  }

  /**
   * Records a payment to a supplier ({@link PaySupplier}).
   *
   * @param command the payment, e.g. {@code PaySupplier.Command.of(supplier, "226.00", day)}
   * @return the payment's id, or the rejection
   */
  public Outcome<PaymentId> paySupplier(PaySupplier.Command command) {
    return runner.run(command, paySupplier);
  }

  /**
   * Changes a customer's or a supplier's payment terms for the items posted from now on
   * ({@link SetPaymentTerms}).
   *
   * @param command the terms, e.g. {@code SetPaymentTerms.Command.forCustomer(customer, 30, day)}
   * @return done, or the rejection
   */
  public Outcome<Void> setPaymentTerms(SetPaymentTerms.Command command) {
    return runner.run(command, setPaymentTerms);
  }

  /**
   * The book settings.
   *
   * @return currency, chart and account mapping
   */
  public AccountingSettings settings() {
    return settings;
  }

  // ---- queries

  /**
   * The trial balance.
   *
   * @return the accounts with a non-zero balance (debits − credits; a credit balance is negative), in code order
   */
  public List<TrialBalanceRow> trialBalance() {
    return unitOfWork.read(() -> Ledger.trialBalance(settings.chart(), ports.balances().all()));
  }

  /**
   * The totals of the trial balance.
   *
   * @return Σ positive balances and Σ negated negative balances; always equal
   */
  public Totals totals() {
    return unitOfWork.read(() -> Ledger.totals(trialBalance(), settings.currency()));
  }

  /**
   * The journal.
   *
   * @return every posted entry, by number
   */
  public List<JournalEntryView> journal() {
    return unitOfWork.read(() -> ports.journal().all().stream().map(JournalEntryView::of).toList());
  }

  /**
   * The journal, one entry at a time, by number: for a report of a big journal, which
   * {@link #journal()} would hold whole. Runs under one read (a consistent view); {@code action}
   * must not run commands of this loop.
   *
   * @param action what to do with each entry
   */
  public void journal(java.util.function.Consumer<JournalEntryView> action) {
    java.util.Objects.requireNonNull(action, "action");
    unitOfWork.read(() -> {
      ports.journal().forEach(entry -> action.accept(JournalEntryView.of(entry)));
      return null;
    });
  }

  /**
   * The running balance of an account.
   *
   * @param account the account
   * @return debits − credits (a credit balance is negative); zero when nothing posted to it
   */
  public Money balance(AccountCode account) {
    return unitOfWork.read(() -> ports.balances().balance(account).orElse(Money.zero(settings.currency())));
  }

  /**
   * The balance of an account over the entries dated on or before a date.
   *
   * @param account the account
   * @param asOf the last date counted
   * @return debits − credits (a credit balance is negative)
   */
  public Money balanceAsOf(AccountCode account, LocalDate asOf) {
    return unitOfWork.read(() -> Ledger.balanceAsOf(ports.journal().all(), account, asOf, settings.currency()));
  }

  /**
   * What each customer owes and has paid in advance.
   *
   * @return one row per customer, in registration order
   */
  public List<ReceivableRow> receivables() {
    return unitOfWork.read(() -> ports.parties().all(PartyKind.CUSTOMER).stream()
        .map(a -> new ReceivableRow(CustomerId.of(a.party().id()), a.open(), a.advance()))
        .toList());
  }

  /**
   * What the company owes each supplier and has prepaid to it.
   *
   * @return one row per supplier, in registration order
   */
  public List<PayableRow> payables() {
    return unitOfWork.read(() -> ports.parties().all(PartyKind.SUPPLIER).stream()
        .map(a -> new PayableRow(SupplierId.of(a.party().id()), a.open(), a.advance()))
        .toList());
  }

  /**
   * What a customer owes.
   *
   * @param customer the customer
   * @return Σ its open receivable items; zero when none
   */
  public Money openReceivable(CustomerId customer) {
    return unitOfWork.read(() -> account(Party.customer(customer)).map(PartyAccount::open).orElse(Money.zero(settings.currency())));
  }

  /**
   * What a customer paid in advance (2203).
   *
   * @param customer the customer
   * @return its advance, never negative
   */
  public Money customerAdvance(CustomerId customer) {
    return unitOfWork.read(() -> account(Party.customer(customer)).map(PartyAccount::advance).orElse(Money.zero(settings.currency())));
  }

  /**
   * What the company owes a supplier.
   *
   * @param supplier the supplier
   * @return Σ its open payable items; zero when none
   */
  public Money openPayable(SupplierId supplier) {
    return unitOfWork.read(() -> account(Party.supplier(supplier)).map(PartyAccount::open).orElse(Money.zero(settings.currency())));
  }

  /**
   * What the company prepaid to a supplier (1123).
   *
   * @param supplier the supplier
   * @return its prepayment, never negative
   */
  public Money supplierPrepayment(SupplierId supplier) {
    return unitOfWork.read(() -> account(Party.supplier(supplier)).map(PartyAccount::advance).orElse(Money.zero(settings.currency())));
  }

  /**
   * A customer's open items.
   *
   * @param customer the customer
   * @return its open items, oldest first
   */
  public List<OpenItem> openItems(CustomerId customer) {
    return unitOfWork.read(() -> account(Party.customer(customer)).map(PartyAccount::items).orElse(List.of()));
  }

  /**
   * A supplier's open items.
   *
   * @param supplier the supplier
   * @return its open items, oldest first
   */
  public List<OpenItem> openItems(SupplierId supplier) {
    return unitOfWork.read(() -> account(Party.supplier(supplier)).map(PartyAccount::items).orElse(List.of()));
  }

  /**
   * A customer's payment terms for the items posted from now on.
   *
   * @param customer the customer
   * @return the days, 0 when it has no account yet
   */
  public int paymentTermsDays(CustomerId customer) {
    return unitOfWork.read(() -> account(Party.customer(customer)).map(PartyAccount::paymentTermsDays).orElse(0));
  }

  /**
   * A supplier's payment terms for the items posted from now on.
   *
   * @param supplier the supplier
   * @return the days, 0 when it has no account yet
   */
  public int paymentTermsDays(SupplierId supplier) {
    return unitOfWork.read(() -> account(Party.supplier(supplier)).map(PartyAccount::paymentTermsDays).orElse(0));
  }

  /**
   * Whether a fiscal period is closed.
   *
   * @param period the month
   * @return true when closed
   */
  public boolean isClosed(Period period) {
    return ports.periods().isClosed(period);
  }

  /**
   * Open receivable and payable items by days overdue as of a date (current, 1–30, 31–60, 61–90,
   * over 90), each item due its posting date plus the party's payment terms at posting.
   *
   * @param asOf the date days overdue are counted to
   * @return the aging report
   */
  public AgingReport aging(LocalDate asOf) {
    return unitOfWork.read(() -> AgingReport.of(asOf, ports.parties().all(), settings.currency()));
  }

  /**
   * The balance sheet at the end of a period.
   *
   * @param period the period
   * @return the balance sheet
   */
  public BalanceSheet balanceSheet(Period period) {
    return unitOfWork.read(() -> Ledger.balanceSheet(settings.chart(), ports.journal().all(), period, settings.currency()));
  }

  /**
   * The income statement of a period.
   *
   * @param period the period
   * @return the income statement
   */
  public IncomeStatement incomeStatement(Period period) {
    return unitOfWork.read(() -> Ledger.incomeStatement(settings.chart(), ports.journal().all(), period, settings.currency()));
  }

  private Optional<PartyAccount> account(Party party) {
    return ports.parties().find(party);
  }

  /**
   * The financial statements in the layout of the company's chart ({@link Statements}): 资产负债表
   * and 利润表 of 小企业会计准则, or the classified IFRS-style statements.
   *
   * @return the statements, read from the journal as it is when each is asked for
   */
  public Statements statements() {
    return new Statements(settings, ports.journal());
  }
}
