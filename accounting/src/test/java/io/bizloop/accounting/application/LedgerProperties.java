package io.bizloop.accounting.application;

import static io.bizloop.accounting.application.Books.CNY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.bizloop.accounting.domain.Ledger;
import io.bizloop.accounting.domain.Totals;
import io.bizloop.core.AccountCode;
import io.bizloop.core.CreditNoteId;
import io.bizloop.core.CustomerId;
import io.bizloop.core.InvoiceId;
import io.bizloop.core.PaymentId;
import io.bizloop.core.ReceiptId;
import io.bizloop.core.ReturnId;
import io.bizloop.core.ShipmentId;
import io.bizloop.core.StockCountId;
import io.bizloop.core.EventId;
import io.bizloop.core.LineAmounts;
import io.bizloop.core.Money;
import io.bizloop.core.Outcome;
import io.bizloop.core.Period;
import io.bizloop.core.Quantity;
import io.bizloop.core.RejectionCode;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.SupplierId;
import io.bizloop.core.event.BusinessEvent;
import io.bizloop.core.event.CreditNoteIssued;
import io.bizloop.core.event.GoodsReceived;
import io.bizloop.core.event.GoodsReturned;
import io.bizloop.core.event.GoodsShipped;
import io.bizloop.core.event.RevenueRecognised;
import io.bizloop.core.event.SalesOrderCancelled;
import io.bizloop.core.event.StockAdjusted;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Model-based properties of the books (design.md invariants 1–6): random sequences of manual
 * posts, reversals, period closes and reopens, payments, business events and re-deliveries are
 * applied to the real thing and to a tiny model (closed periods, bank balance, entry count), and
 * the invariants are checked after every step. A failing sequence is shrunk by dropping one step
 * at a time while it still fails.
 */
class LedgerProperties {

  private static final String[] FREE_ACCOUNTS = {"1002", "3001", "5602", "5001", "1001", "2241", "22210102"};
  private static final String[] CUSTOMERS = {"C-1", "C-2"};
  private static final String[] SUPPLIERS = {"S-1", "S-2"};

  @Test
  void everyStepKeepsTheBooksBalancedAndInAgreementWithTheSubLedgers() {
    qt().withExamples(200)
        .withShrinkCycles(0)
        .forAll(lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(1, 30))
        .checkAssert(
            seeds -> {
              Optional<String> failure = run(seeds);
              if (failure.isPresent()) {
                List<Integer> minimal = minimise(seeds);
                fail(failure.get() + "\nshortest failing sequence: " + describe(minimal)
                    + "\nfails with: " + run(minimal).orElse("?"));
              }
            });
  }

  @Test
  void aKnownTrickySequenceHolds() {
    // a receipt, an overpayment, a receipt that takes the prepayment, a closed month, a re-delivery
    List<Integer> seeds = new ArrayList<>();
    Random pick = new Random(42);
    for (int i = 0; i < 300; i++) {
      seeds.add(pick.nextInt(Integer.MAX_VALUE));
    }
    assertThat(run(seeds)).isEmpty();
  }

  // ---- running a sequence

  private static Optional<String> run(List<Integer> seeds) {
    Run run = new Run();
    for (int i = 0; i < seeds.size(); i++) {
      try {
        run.step(i, seeds.get(i));
        run.check();
      } catch (AssertionError | RuntimeException e) {
        return Optional.of("step " + (i + 1) + " " + describe(seeds.get(i)) + ": " + e);
      }
    }
    return Optional.empty();
  }

  private static List<Integer> minimise(List<Integer> failing) {
    List<Integer> current = new ArrayList<>(failing);
    boolean shrunk = true;
    while (shrunk) {
      shrunk = false;
      for (int i = 0; i < current.size(); i++) {
        List<Integer> shorter = new ArrayList<>(current);
        shorter.remove(i);
        if (run(shorter).isPresent()) {
          current = shorter;
          shrunk = true;
          break;
        }
      }
    }
    return current;
  }

  private static String describe(List<Integer> seeds) {
    return seeds.stream().map(LedgerProperties::describe).collect(Collectors.joining(", ", "[", "]"));
  }

  private static String describe(int seed) {
    return "#" + seed + "(kind " + new Random(seed).nextInt(14) + ")";
  }

  /** One sequence: the real books plus the model. */
  private static final class Run {
    final Books books = new Books().customer("C-1").customer("C-2").supplier("S-1").supplier("S-2");
    final Set<Period> closed = new HashSet<>();
    final List<BusinessEvent> published = new ArrayList<>();
    final Map<Long, Money> bankEffectOfManual = new HashMap<>();
    Money bank = Money.zero(CNY);
    long entries = 0;
    Set<String> eventIdsBefore = Set.of();

    void step(int index, int seed) {
      Random r = new Random(seed);
      int kind = r.nextInt(14);
      LocalDate date = LocalDate.of(2026, 10, 1).plusMonths(r.nextInt(4)).plusDays(r.nextInt(28));
      Money amount = Money.ofMinor(1 + r.nextInt(50_000), CNY);
      Money maybeZero = Money.ofMinor(r.nextInt(5) == 0 ? 0 : r.nextInt(50_000), CNY);
      String customer = CUSTOMERS[r.nextInt(CUSTOMERS.length)];
      String supplier = SUPPLIERS[r.nextInt(SUPPLIERS.length)];
      SalesOrderId order = SalesOrderId.of("SO-" + (1 + r.nextInt(4)));
      EventId id = EventId.of("step", String.valueOf(index));
      Object before = books.state();
      long maxBefore = entries;
      eventIdsBefore = eventIds();
      switch (kind) {
        case 0 -> manual(r, date, amount);
        case 1 -> reverse(1 + r.nextInt((int) entries + 2), date);
        case 2 -> closePeriod(Period.of(date));
        case 3 -> reopenPeriod(Period.of(date));
        case 4 -> pay(books.payment(customer, amount.toPlainString(), date), date, amount);
        case 5 -> pay(books.supplierPayment(supplier, amount.toPlainString(), date), date, amount.negate());
        case 6 -> publish(new GoodsReceived(id, date, ReceiptId.of(index + 1), SupplierId.of(supplier), Books.WH, null,
            List.of(new GoodsReceived.Line(Books.SKU, Quantity.of(1), maybeZero, maybeZero.times(new BigDecimal("0.13"))))));
        case 7 -> publish(new RevenueRecognised(id, date, InvoiceId.of(order, index + 1), order, CustomerId.of(customer),
            new LineAmounts(maybeZero, maybeZero.times(new BigDecimal("0.13")))));
        case 8 -> publish(new CreditNoteIssued(id, date, CreditNoteId.of(order, index + 1), order, CustomerId.of(customer),
            new LineAmounts(maybeZero, maybeZero.times(new BigDecimal("0.09")))));
        case 9 -> publish(new GoodsShipped(id, date, ShipmentId.of(order, index + 1), order, CustomerId.of(customer),
            List.of(new GoodsShipped.Line(Books.SKU, Books.WH, Quantity.of(1), maybeZero))));
        case 10 -> publish(new GoodsReturned(id, date, ReturnId.of(order, index + 1), order, CustomerId.of(customer),
            List.of(new GoodsReturned.Line(Books.SKU, Books.WH, Quantity.of(1), maybeZero))));
        case 11 -> publish(new StockAdjusted(id, date, StockCountId.of(index + 1), Books.SKU, Books.WH, Quantity.of(r.nextBoolean() ? 1 : -1),
            r.nextBoolean() ? maybeZero : maybeZero.negate()));
        case 12 -> publish(new SalesOrderCancelled(id, date, order, CustomerId.of(customer), true));
        default -> {
          if (!published.isEmpty()) {
            books.publish(published.get(r.nextInt(published.size())));
            assertThat(books.state()).as("a re-delivered event changes nothing").isEqualTo(before);
          }
        }
      }
      List<JournalEntryView> journal = books.accounting.journal();
      for (JournalEntryView entry : journal) {
        if (entry.number() > maxBefore) {
          assertThat(closed).as("entry %s posted into a closed period", entry.number())
              .doesNotContain(Period.of(entry.date()));
          if (entry.eventId() != null) {
            assertThat(eventIdsBefore).as("event %s posted twice", entry.eventId()).doesNotContain(entry.eventId());
          }
        }
      }
      entries = journal.size();
    }

    private Set<String> eventIds() {
      return books.accounting.journal().stream().map(JournalEntryView::eventId)
          .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
    }

    private void manual(Random r, LocalDate date, Money amount) {
      String debit = FREE_ACCOUNTS[r.nextInt(FREE_ACCOUNTS.length)];
      String credit = FREE_ACCOUNTS[r.nextInt(FREE_ACCOUNTS.length)];
      boolean unbalanced = r.nextInt(10) == 0;
      Money creditAmount = unbalanced ? amount.plus(Money.ofMinor(1, CNY)) : amount;
      Outcome<Long> outcome = books.journal(date,
          PostJournalEntry.Line.debit(debit, amount.toPlainString()),
          PostJournalEntry.Line.credit(credit, creditAmount.toPlainString()));
      if (unbalanced) {
        assertThat(outcome.rejection().code()).isEqualTo(RejectionCode.UNBALANCED_ENTRY);
      } else if (closed.contains(Period.of(date))) {
        assertThat(outcome.rejection().code()).isEqualTo(RejectionCode.PERIOD_CLOSED);
      } else {
        assertThat(outcome.value()).as("gap-free numbering").isEqualTo(entries + 1);
        Money effect = Money.zero(CNY);
        if (debit.equals("1002")) {
          effect = effect.plus(amount);
        }
        if (credit.equals("1002")) {
          effect = effect.minus(amount);
        }
        bank = bank.plus(effect);
        bankEffectOfManual.put(outcome.value(), effect);
      }
    }

    private void reverse(long number, LocalDate date) {
      Outcome<Long> outcome =
          books.accounting.reverseJournalEntry(ReverseJournalEntry.Command.of(number, date));
      if (number > entries) {
        assertThat(outcome.rejection().code()).isEqualTo(RejectionCode.UNKNOWN_REFERENCE);
      }
      if (outcome.isAccepted()) {
        Money effect = bankEffectOfManual.remove(number);
        assertThat(effect).as("only unreversed manual entries are reversible").isNotNull();
        bank = bank.minus(effect);
        assertThat(closed).doesNotContain(Period.of(date));
      }
    }

    private void closePeriod(Period period) {
      Outcome<Void> outcome = books.accounting.closePeriod(ClosePeriod.Command.of(period, period.firstDay()));
      assertThat(outcome.isAccepted()).isEqualTo(!closed.contains(period));
      closed.add(period);
    }

    private void reopenPeriod(Period period) {
      Outcome<Void> outcome = books.accounting.reopenPeriod(ReopenPeriod.Command.of(period, period.firstDay()));
      assertThat(outcome.isAccepted()).isEqualTo(closed.contains(period));
      closed.remove(period);
    }

    private void pay(Outcome<PaymentId> outcome, LocalDate date, Money bankEffect) {
      assertThat(outcome.isAccepted()).isEqualTo(!closed.contains(Period.of(date)));
      if (outcome.isAccepted()) {
        bank = bank.plus(bankEffect);
      }
    }

    private void publish(BusinessEvent event) {
      Outcome<Void> outcome = books.publish(event);
      if (outcome.isRejected()) {
        assertThat(outcome.rejection().code()).isEqualTo(RejectionCode.PERIOD_CLOSED);
        assertThat(closed).contains(Period.of(event.date()));
      } else {
        published.add(event); // a refused event was not delivered: delivering it later is its first time
      }
    }

    /** The invariants of design.md, after every step. */
    void check() {
      Accounting accounting = books.accounting;
      List<JournalEntryView> journal = accounting.journal();
      // 1. every posted entry balances, has two lines or more and no zero line; numbers have no gaps
      for (int i = 0; i < journal.size(); i++) {
        JournalEntryView entry = journal.get(i);
        assertThat(entry.number()).isEqualTo(i + 1);
        assertThat(entry.lines()).hasSizeGreaterThanOrEqualTo(2).noneMatch(l -> l.isZero());
        Money debits = Money.sum(entry.lines().stream().map(l -> l.debit()).toList(), CNY);
        Money credits = Money.sum(entry.lines().stream().map(l -> l.credit()).toList(), CNY);
        assertThat(debits).as("entry %s balances", entry.number()).isEqualTo(credits);
      }
      // 3. the trial balance balances and each balance is the sum of its posted lines
      Totals totals = accounting.totals();
      assertThat(totals.debit()).isEqualTo(totals.credit());
      Map<AccountCode, Money> recomputed = new HashMap<>();
      for (JournalEntryView entry : journal) {
        entry.lines().forEach(l -> recomputed.merge(l.account(), l.signed(), Money::plus));
      }
      recomputed.forEach((code, sum) -> assertThat(accounting.balance(code)).as("balance of %s", code).isEqualTo(sum));
      assertThat(accounting.trialBalance()).allSatisfy(
          row -> assertThat(recomputed.get(row.account())).isEqualTo(row.balance()));
      // 6. control accounts agree with the sub-ledgers, which never go negative
      Money openReceivables = Money.sum(accounting.receivables().stream().map(ReceivableRow::open).toList(), CNY);
      Money advances = Money.sum(accounting.receivables().stream().map(ReceivableRow::advance).toList(), CNY);
      Money openPayables = Money.sum(accounting.payables().stream().map(PayableRow::open).toList(), CNY);
      Money prepayments = Money.sum(accounting.payables().stream().map(PayableRow::prepayment).toList(), CNY);
      assertThat(bal("1122")).as("1122 = Σ open receivable items").isEqualTo(openReceivables);
      assertThat(bal("2203").negate()).as("-2203 = Σ customer advances").isEqualTo(advances);
      assertThat(bal("2202").negate()).as("-2202 = Σ open payable items").isEqualTo(openPayables);
      assertThat(bal("1123")).as("1123 = Σ supplier prepayments").isEqualTo(prepayments);
      for (Money m : List.of(openReceivables, advances, openPayables, prepayments)) {
        assertThat(m.isNegative()).isFalse();
      }
      // the model: bank balance and closed periods
      assertThat(bal("1002")).as("bank").isEqualTo(bank);
      for (Period period : closed) {
        assertThat(accounting.isClosed(period)).isTrue();
      }
      // reports agree with the running balances
      assertThat(Ledger.balances(List.of(), e -> true, CNY)).isEmpty();
      for (LocalDate asOf : List.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 20), LocalDate.of(2030, 1, 1))) {
        var aging = accounting.aging(asOf);
        assertThat(aging.receivables().stream().map(row -> row.total()).reduce(Money.zero(CNY), Money::plus))
            .as("aging buckets add up to the open receivables").isEqualTo(openReceivables);
        assertThat(aging.payables().stream().map(row -> row.total()).reduce(Money.zero(CNY), Money::plus))
            .as("aging buckets add up to the open payables").isEqualTo(openPayables);
        assertThat(aging.receivables()).allSatisfy(row -> assertThat(row.total().isPositive()).isTrue());
      }
      assertThat(accounting.balanceSheet(Period.parse("2030-01")))
          .satisfies(bs -> assertThat(bs.totalAssets()).isEqualTo(bs.totalLiabilitiesAndEquity()));
    }

    private Money bal(String code) {
      return books.accounting.balance(AccountCode.of(code));
    }
  }
}
