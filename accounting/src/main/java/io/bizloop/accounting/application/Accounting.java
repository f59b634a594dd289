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
import io.bizloop.accounting.memory.InMemoryFiscalPeriods;
import io.bizloop.accounting.memory.InMemoryJournalEntries;
import io.bizloop.accounting.memory.InMemoryLedgerBalances;
import io.bizloop.accounting.memory.InMemoryPartyAccounts;
import io.bizloop.accounting.memory.InMemorySequences;
import io.bizloop.accounting.port.FiscalPeriods;
import io.bizloop.accounting.port.JournalEntries;
import io.bizloop.accounting.port.LedgerBalances;
import io.bizloop.accounting.port.PartyAccounts;
import io.bizloop.accounting.port.Sequences;
import io.bizloop.core.AccountCode;
import io.bizloop.core.CustomerId;
import io.bizloop.core.Money;
import io.bizloop.core.Period;
import io.bizloop.core.SupplierId;
import io.bizloop.core.bus.SynchronousEventBus;
import io.bizloop.core.memory.InMemoryUnitOfWork;
import io.bizloop.core.port.CommandValidator;
import io.bizloop.core.port.UnitOfWork;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The accounting context's facade: its use cases, its queries, and the posting policies it
 * subscribes on the bus (consumer {@code accounting}).
 *
 * <p>Use cases: {@link #postJournalEntry()}, {@link #reverseJournalEntry()}, {@link #closePeriod()},
 * {@link #reopenPeriod()}, {@link #receivePayment()}, {@link #paySupplier()}. Events handled:
 * CustomerRegistered, SupplierRegistered, GoodsReceived, GoodsShipped, RevenueRecognised,
 * CreditNoteIssued, GoodsReturned, StockAdjusted, SalesOrderCancelled.
 */
public final class Accounting {

  private final AccountingSettings settings;
  private final JournalEntries journal;
  private final LedgerBalances balances;
  private final FiscalPeriods periods;
  private final PartyAccounts parties;
  private final PostingService posting;
  private final PostJournalEntry postJournalEntry;
  private final ReverseJournalEntry reverseJournalEntry;
  private final ClosePeriod closePeriod;
  private final ReopenPeriod reopenPeriod;
  private final ReceivePayment receivePayment;
  private final PaySupplier paySupplier;
  private final PostingPolicies policies;

  private Accounting(
      SynchronousEventBus bus,
      UnitOfWork unitOfWork,
      CommandValidator validator,
      AccountingSettings settings,
      JournalEntries journal,
      LedgerBalances balances,
      FiscalPeriods periods,
      PartyAccounts parties,
      Sequences sequences) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.journal = Objects.requireNonNull(journal, "journal");
    this.balances = Objects.requireNonNull(balances, "balances");
    this.periods = Objects.requireNonNull(periods, "periods");
    this.parties = Objects.requireNonNull(parties, "parties");
    Objects.requireNonNull(bus, "bus");
    this.posting = new PostingService(settings, journal, balances, periods, sequences);
    this.postJournalEntry = new PostJournalEntry(unitOfWork, validator, settings, posting);
    this.reverseJournalEntry = new ReverseJournalEntry(unitOfWork, validator, settings, journal, posting);
    this.closePeriod = new ClosePeriod(unitOfWork, validator, periods);
    this.reopenPeriod = new ReopenPeriod(unitOfWork, validator, periods);
    this.receivePayment = new ReceivePayment(unitOfWork, validator, bus, settings, parties, sequences, posting);
    this.paySupplier = new PaySupplier(unitOfWork, validator, bus, settings, parties, sequences, posting);
    this.policies = new PostingPolicies(unitOfWork, settings, journal, parties, posting);
  }

  /**
   * Builds the context on the host's ports and subscribes its posting policies on {@code bus}.
   */
  public static Accounting install(
      SynchronousEventBus bus,
      UnitOfWork unitOfWork,
      CommandValidator validator,
      AccountingSettings settings,
      JournalEntries journal,
      LedgerBalances balances,
      FiscalPeriods periods,
      PartyAccounts parties,
      Sequences sequences) {
    Accounting accounting =
        new Accounting(bus, unitOfWork, validator, settings, journal, balances, periods, parties, sequences);
    accounting.policies.subscribeTo(bus);
    return accounting;
  }

  /** The context on in-memory adapters bound to {@code unitOfWork}. */
  public static Accounting inMemory(
      SynchronousEventBus bus, InMemoryUnitOfWork unitOfWork, CommandValidator validator, AccountingSettings settings) {
    return install(
        bus,
        unitOfWork,
        validator,
        settings,
        new InMemoryJournalEntries(unitOfWork),
        new InMemoryLedgerBalances(unitOfWork),
        new InMemoryFiscalPeriods(unitOfWork),
        new InMemoryPartyAccounts(unitOfWork),
        new InMemorySequences(unitOfWork));
  }

  /** The context on in-memory adapters, with no command validator beyond its own checks. */
  public static Accounting inMemory(SynchronousEventBus bus, InMemoryUnitOfWork unitOfWork, AccountingSettings settings) {
    return inMemory(bus, unitOfWork, CommandValidator.none(), settings);
  }

  // ---- use cases

  public PostJournalEntry postJournalEntry() {
    return postJournalEntry;
  }

  public ReverseJournalEntry reverseJournalEntry() {
    return reverseJournalEntry;
  }

  public ClosePeriod closePeriod() {
    return closePeriod;
  }

  public ReopenPeriod reopenPeriod() {
    return reopenPeriod;
  }

  public ReceivePayment receivePayment() {
    return receivePayment;
  }

  public PaySupplier paySupplier() {
    return paySupplier;
  }

  /** The posting policies (already subscribed); exposed for hosts that deliver events themselves. */
  public PostingPolicies policies() {
    return policies;
  }

  public AccountingSettings settings() {
    return settings;
  }

  // ---- queries

  /** Accounts with a non-zero balance (debits − credits), in code order. */
  public List<TrialBalanceRow> trialBalance() {
    return Ledger.trialBalance(settings.chart(), balances.all());
  }

  /** Σ positive balances and Σ negated negative balances; always equal. */
  public Totals totals() {
    return Ledger.totals(trialBalance(), settings.currency());
  }

  /** Every posted entry, by number. */
  public List<JournalEntryView> journal() {
    return journal.all().stream().map(JournalEntryView::of).toList();
  }

  /** The running balance of {@code account} (debits − credits). */
  public Money balance(AccountCode account) {
    return balances.balance(account).orElse(Money.zero(settings.currency()));
  }

  /** The balance of {@code account} over the entries dated on or before {@code asOf}. */
  public Money balanceAsOf(AccountCode account, LocalDate asOf) {
    return Ledger.balanceAsOf(journal.all(), account, asOf, settings.currency());
  }

  /** Each customer's open items and advance, in registration order. */
  public List<ReceivableRow> receivables() {
    return parties.all(PartyKind.CUSTOMER).stream()
        .map(a -> new ReceivableRow(CustomerId.of(a.party().id()), a.open(), a.advance()))
        .toList();
  }

  /** Each supplier's open items and prepayment, in registration order. */
  public List<PayableRow> payables() {
    return parties.all(PartyKind.SUPPLIER).stream()
        .map(a -> new PayableRow(SupplierId.of(a.party().id()), a.open(), a.advance()))
        .toList();
  }

  /** Σ open receivable items of {@code customer}. */
  public Money openReceivable(CustomerId customer) {
    return parties.find(Party.customer(customer)).map(PartyAccount::open).orElse(Money.zero(settings.currency()));
  }

  /** The customer's advance (2203). */
  public Money customerAdvance(CustomerId customer) {
    return parties.find(Party.customer(customer)).map(PartyAccount::advance).orElse(Money.zero(settings.currency()));
  }

  /** Σ open payable items of {@code supplier}. */
  public Money openPayable(SupplierId supplier) {
    return parties.find(Party.supplier(supplier)).map(PartyAccount::open).orElse(Money.zero(settings.currency()));
  }

  /** The prepayment to {@code supplier} (1123). */
  public Money supplierPrepayment(SupplierId supplier) {
    return parties.find(Party.supplier(supplier)).map(PartyAccount::advance).orElse(Money.zero(settings.currency()));
  }

  /** The open items of {@code customer}, oldest first. */
  public List<OpenItem> openItems(CustomerId customer) {
    return parties.find(Party.customer(customer)).map(PartyAccount::items).orElse(List.of());
  }

  /** The open items of {@code supplier}, oldest first. */
  public List<OpenItem> openItems(SupplierId supplier) {
    return parties.find(Party.supplier(supplier)).map(PartyAccount::items).orElse(List.of());
  }

  public boolean isClosed(Period period) {
    return periods.isClosed(period);
  }

  /** Open receivable and payable items by age (0–30, 31–60, 61–90, &gt;90 days) as of {@code asOf}. */
  public AgingReport aging(LocalDate asOf) {
    return AgingReport.of(asOf, parties.all(), settings.currency());
  }

  /** The balance sheet at the end of {@code period}. */
  public BalanceSheet balanceSheet(Period period) {
    return Ledger.balanceSheet(settings.chart(), journal.all(), period, settings.currency());
  }

  /** The income statement of {@code period}. */
  public IncomeStatement incomeStatement(Period period) {
    return Ledger.incomeStatement(settings.chart(), journal.all(), period, settings.currency());
  }
}
