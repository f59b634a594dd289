package io.bizloop.accounting.application;

import static io.bizloop.accounting.application.Books.CNY;
import static io.bizloop.accounting.application.Books.NOV_1;
import static io.bizloop.accounting.application.Books.cny;
import static io.bizloop.core.RejectionCode.CONFLICT;
import static io.bizloop.core.RejectionCode.INVALID_INPUT;
import static org.assertj.core.api.Assertions.assertThat;

import io.bizloop.accounting.domain.AccountRole;
import io.bizloop.accounting.domain.FiscalPeriod;
import io.bizloop.accounting.domain.Party;
import io.bizloop.accounting.domain.PartyAccount;
import io.bizloop.accounting.domain.PartyKind;
import io.bizloop.accounting.memory.InMemoryAccountingPorts;
import io.bizloop.accounting.port.AccountingPorts;
import io.bizloop.accounting.port.FiscalPeriods;
import io.bizloop.accounting.port.PartyAccounts;
import io.bizloop.core.CustomerId;
import io.bizloop.core.Outcome;
import io.bizloop.core.PaymentId;
import io.bizloop.core.Period;
import io.bizloop.core.bus.SynchronousEventBus;
import io.bizloop.core.memory.InMemoryProcessedEvents;
import io.bizloop.core.memory.InMemoryUnitOfWork;
import io.bizloop.core.port.CommandValidator;
import io.bizloop.core.port.HostPorts;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The policies' and ports' contracts: null events, conflicts retried by the runner, the equity roles. */
class PoliciesAndPortsTest {

  private static final Books BOOKS = new Books();

  static Stream<Arguments> policies() {
    var s = BOOKS.settings;
    var p = BOOKS.ports;
    return Stream.of(
        policy("OpenCustomerAccount", e -> new OpenCustomerAccount(s, p.parties()).on(null)),
        policy("OpenSupplierAccount", e -> new OpenSupplierAccount(s, p.parties()).on(null)),
        policy("PostReceipt",
            e -> new PostReceipt(s, p.parties(), p.journal(), p.balances(), p.periods(), p.sequences()).on(null)),
        policy("PostShipmentCost",
            e -> new PostShipmentCost(s, p.journal(), p.balances(), p.periods(), p.sequences()).on(null)),
        policy("PostRevenue",
            e -> new PostRevenue(s, p.parties(), p.journal(), p.balances(), p.periods(), p.sequences()).on(null)),
        policy("PostCreditNote",
            e -> new PostCreditNote(s, p.parties(), p.journal(), p.balances(), p.periods(), p.sequences()).on(null)),
        policy("PostReturnCost",
            e -> new PostReturnCost(s, p.journal(), p.balances(), p.periods(), p.sequences()).on(null)),
        policy("PostStockAdjustment",
            e -> new PostStockAdjustment(s, p.journal(), p.balances(), p.periods(), p.sequences()).on(null)),
        policy("ReverseCancelledRevenue",
            e -> new ReverseCancelledRevenue(s, p.parties(), p.journal(), p.balances(), p.periods(), p.sequences())
                .on(null)));
  }

  private static Arguments policy(String name, Function<Void, Outcome<Void>> onNull) {
    return Arguments.of(name, onNull);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("policies")
  void aNullEventIsARejectionNotAnException(String name, Function<Void, Outcome<Void>> onNull) {
    // given
    Object before = BOOKS.state();

    // when
    Outcome<Void> outcome = onNull.apply(null);

    // then
    assertThat(outcome.rejection().code()).isEqualTo(INVALID_INPUT);
    assertThat(BOOKS.state()).isEqualTo(before);
  }

  @Test
  void aNullCommandIsARejectionNotAnException() {
    // given
    var s = BOOKS.settings;
    var p = BOOKS.ports;

    // then
    assertThat(new PostJournalEntry(s, p.journal(), p.balances(), p.periods(), p.sequences()).handle(null)
        .rejection().code()).isEqualTo(INVALID_INPUT);
    assertThat(new ReverseJournalEntry(s, p.journal(), p.balances(), p.periods(), p.sequences()).handle(null)
        .rejection().code()).isEqualTo(INVALID_INPUT);
    assertThat(new ClosePeriod(p.periods()).handle(null).rejection().code()).isEqualTo(INVALID_INPUT);
    assertThat(new ReopenPeriod(p.periods()).handle(null).rejection().code()).isEqualTo(INVALID_INPUT);
    assertThat(new ReceivePayment(s, BOOKS.bus, p.parties(), p.journal(), p.balances(), p.periods(), p.sequences())
        .handle(null).rejection().code()).isEqualTo(INVALID_INPUT);
    assertThat(new PaySupplier(s, BOOKS.bus, p.parties(), p.journal(), p.balances(), p.periods(), p.sequences())
        .handle(null).rejection().code()).isEqualTo(INVALID_INPUT);
    assertThat(BOOKS.accounting.receivePayment(null).rejection().code()).isEqualTo(INVALID_INPUT);
  }

  /** Party accounts whose next {@code conflicts} saves report CONFLICT, as if another writer won. */
  private static final class ConflictingParties implements PartyAccounts {
    final PartyAccounts delegate;
    final AtomicInteger conflicts;
    final AtomicInteger saves = new AtomicInteger();

    ConflictingParties(PartyAccounts delegate, int conflicts) {
      this.delegate = delegate;
      this.conflicts = new AtomicInteger(conflicts);
    }

    @Override
    public Optional<PartyAccount> find(Party party) {
      return delegate.find(party);
    }

    @Override
    public Outcome<Void> save(PartyAccount account) {
      saves.incrementAndGet();
      if (conflicts.getAndDecrement() > 0) {
        return Outcome.rejected(CONFLICT, "another writer saved " + account.party() + " first");
      }
      return delegate.save(account);
    }

    @Override
    public List<PartyAccount> all(PartyKind kind) {
      return delegate.all(kind);
    }

    @Override
    public List<PartyAccount> all() {
      return delegate.all();
    }
  }

  /** Fiscal periods whose first save reports CONFLICT. */
  private static final class ConflictingPeriods implements FiscalPeriods {
    final FiscalPeriods delegate;
    final AtomicInteger saves = new AtomicInteger();

    ConflictingPeriods(FiscalPeriods delegate) {
      this.delegate = delegate;
    }

    @Override
    public Optional<FiscalPeriod> find(Period period) {
      return delegate.find(period);
    }

    @Override
    public Outcome<Void> save(FiscalPeriod period) {
      return saves.incrementAndGet() == 1 ? Outcome.rejected(CONFLICT, "stale") : delegate.save(period);
    }

    @Override
    public Set<Period> closed() {
      return delegate.closed();
    }
  }

  @Test
  void aSaveThatReportsConflictIsRetriedByTheRunner() {
    // given books whose party accounts conflict on the payment's first save
    InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
    SynchronousEventBus bus = new SynchronousEventBus(new InMemoryProcessedEvents(unitOfWork));
    AccountingPorts memory = InMemoryAccountingPorts.create(unitOfWork);
    ConflictingParties parties = new ConflictingParties(memory.parties(), 0);
    ConflictingPeriods periods = new ConflictingPeriods(memory.periods());
    AccountingPorts ports =
        new AccountingPorts(memory.journal(), memory.balances(), periods, parties, memory.sequences());
    Accounting accounting =
        Accounting.install(new HostPorts(bus, bus, unitOfWork, CommandValidator.none()),
            AccountingSettings.chinaSmallEnterprise(CNY), ports);
    unitOfWork.execute(() -> bus.publish(new io.bizloop.core.event.CustomerRegistered(
        io.bizloop.core.EventId.of("customer", "C-1"), NOV_1, CustomerId.of("C-1"), "Customer C-1")));
    parties.conflicts.set(1);
    int savesBefore = parties.saves.get();

    // when
    Outcome<PaymentId> paid = accounting.receivePayment(ReceivePayment.Command.of(CustomerId.of("C-1"), "12.30", NOV_1));
    Outcome<Void> closed = accounting.closePeriod(ClosePeriod.Command.of(Period.parse("2026-12")));

    // then the first attempt was undone and the second kept, once
    assertThat(paid.value()).isEqualTo(PaymentId.of(1));
    assertThat(parties.saves.get() - savesBefore).isEqualTo(2);
    assertThat(accounting.journal()).singleElement().satisfies(e -> assertThat(e.source()).isEqualTo("PAY-1"));
    assertThat(accounting.balance(Books.code("1002"))).isEqualTo(cny("12.30"));
    assertThat(accounting.customerAdvance(CustomerId.of("C-1"))).isEqualTo(cny("12.30"));
    assertThat(closed.isAccepted()).isTrue();
    assertThat(periods.saves.get()).isEqualTo(2);
    assertThat(accounting.isClosed(Period.parse("2026-12"))).isTrue();
  }

  @Test
  void aConflictThatNeverEndsIsAnsweredAsConflictAndKeepsNothing() {
    // given
    InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
    SynchronousEventBus bus = new SynchronousEventBus(new InMemoryProcessedEvents(unitOfWork));
    AccountingPorts memory = InMemoryAccountingPorts.create(unitOfWork);
    ConflictingParties parties = new ConflictingParties(memory.parties(), 0);
    Accounting accounting =
        Accounting.install(new HostPorts(bus, bus, unitOfWork, CommandValidator.none()),
            AccountingSettings.chinaSmallEnterprise(CNY),
            new AccountingPorts(memory.journal(), memory.balances(), memory.periods(), parties, memory.sequences()));
    unitOfWork.execute(() -> bus.publish(new io.bizloop.core.event.CustomerRegistered(
        io.bizloop.core.EventId.of("customer", "C-1"), NOV_1, CustomerId.of("C-1"), "Customer C-1")));
    parties.conflicts.set(Integer.MAX_VALUE);

    // when
    Outcome<PaymentId> paid = accounting.receivePayment(ReceivePayment.Command.of(CustomerId.of("C-1"), "1.00", NOV_1));

    // then
    assertThat(paid.rejection().code()).isEqualTo(CONFLICT);
    assertThat(accounting.journal()).isEmpty();
    assertThat(accounting.trialBalance()).isEmpty();
  }

  @Test
  void anOpeningEntryOfEquityPostsOnThePaidInCapitalAccountOfEitherChart() {
    for (AccountingSettings settings :
        List.of(AccountingSettings.chinaSmallEnterprise(CNY), AccountingSettings.ifrsGeneric(Currency.getInstance("EUR")))) {
      // given
      InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
      SynchronousEventBus bus = new SynchronousEventBus(new InMemoryProcessedEvents(unitOfWork));
      Accounting accounting =
          Accounting.install(new HostPorts(bus, bus, unitOfWork, CommandValidator.none()), settings,
              InMemoryAccountingPorts.create(unitOfWork));
      var capital = settings.code(AccountRole.PAID_IN_CAPITAL);

      // when
      Outcome<Long> posted = accounting.postJournalEntry(
          PostJournalEntry.Command.on(NOV_1).memo("opening capital")
              .debit(settings.code(AccountRole.BANK), new java.math.BigDecimal("10000.00"))
              .credit(capital, new java.math.BigDecimal("10000.00")));

      // then
      assertThat(posted.value()).isEqualTo(1L);
      assertThat(capital.value()).isEqualTo(settings.chart().name().equals("IFRS generic") ? "3000" : "3001");
      assertThat(accounting.balance(capital).toPlainString()).isEqualTo("-10000.00");
      var sheet = accounting.balanceSheet(Period.of(NOV_1));
      assertThat(sheet.equity()).singleElement().satisfies(line -> {
        assertThat(line.account()).isEqualTo(capital);
        assertThat(line.amount().toPlainString()).isEqualTo("10000.00");
      });
      assertThat(sheet.totalAssets()).isEqualTo(sheet.totalLiabilitiesAndEquity());
    }
  }

  @Test
  void theEquityRolesAreMappedInBothCharts() {
    // then
    var china = AccountingSettings.chinaSmallEnterprise(CNY);
    var ifrs = AccountingSettings.ifrsGeneric(CNY);
    assertThat(china.code(AccountRole.PAID_IN_CAPITAL).value()).isEqualTo("3001");
    assertThat(china.code(AccountRole.PROFIT_FOR_THE_YEAR).value()).isEqualTo("3103");
    assertThat(china.code(AccountRole.RETAINED_EARNINGS).value()).isEqualTo("3104");
    assertThat(ifrs.code(AccountRole.PAID_IN_CAPITAL).value()).isEqualTo("3000");
    assertThat(ifrs.code(AccountRole.PROFIT_FOR_THE_YEAR).value()).isEqualTo("3300");
    assertThat(ifrs.code(AccountRole.RETAINED_EARNINGS).value()).isEqualTo("3200");
    assertThat(china.mapping().isControl(china.code(AccountRole.PAID_IN_CAPITAL))).isFalse();
  }
}
