package io.bizloop.accounting.application;

import static io.bizloop.core.RejectionCode.UNKNOWN_REFERENCE;

import io.bizloop.accounting.domain.AccountRole;
import io.bizloop.accounting.domain.EntryKind;
import io.bizloop.accounting.domain.EntryLines;
import io.bizloop.accounting.domain.JournalEntry;
import io.bizloop.accounting.domain.Party;
import io.bizloop.accounting.domain.PartyAccount;
import io.bizloop.accounting.domain.PartyKind;
import io.bizloop.accounting.domain.Settlement;
import io.bizloop.accounting.port.FiscalPeriods;
import io.bizloop.accounting.port.JournalEntries;
import io.bizloop.accounting.port.LedgerBalances;
import io.bizloop.accounting.port.PartyAccounts;
import io.bizloop.accounting.port.Sequences;
import io.bizloop.core.EventId;
import io.bizloop.core.Money;
import io.bizloop.core.Outcome;
import io.bizloop.core.PaymentId;
import io.bizloop.core.Rejection;
import io.bizloop.core.event.BusinessEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The steps {@link ReceivePayment} and {@link PaySupplier} share once their command is checked:
 * load the party's account, refuse a closed period or a step beyond the books' range, settle the
 * open items oldest first (the excess as an advance), post, and answer the payment id with its event.
 *
 * <p>A customer pays: Dr Bank / Cr Receivable (on items), Cr customer advances (excess). The
 * company pays a supplier: Dr Payable (on items), Dr supplier prepayments (excess) / Cr Bank.
 */
final class Payments {

  /** The sequence that numbers payments: {@code PAY-1}, {@code PAY-2}, ... */
  static final String SEQUENCE = "payment";

  /** Builds the event a posted payment publishes. */
  @FunctionalInterface
  interface PaymentEvent {
    BusinessEvent of(EventId eventId, PaymentId payment, Money amount);
  }

  private final PartyAccounts parties;
  private final Sequences sequences;
  private final Bookkeeper books;

  Payments(
      AccountingSettings settings,
      PartyAccounts parties,
      JournalEntries journal,
      LedgerBalances balances,
      FiscalPeriods periods,
      Sequences sequences) {
    this.parties = Objects.requireNonNull(parties, "parties");
    this.sequences = Objects.requireNonNull(sequences, "sequences");
    this.books = new Bookkeeper(settings, journal, balances, periods, sequences);
  }

  /** INVALID_INPUT when the amount is not a payment the books take. */
  Optional<Rejection> amountProblem(BigDecimal amount) {
    return Amounts.typed(amount, books.currency(), "a payment");
  }

  /**
   * Posts a checked payment of {@code rawAmount} by or to {@code party} on {@code date}.
   * Rejections: UNKNOWN_REFERENCE, PERIOD_CLOSED, INVALID_INPUT (beyond the books' range).
   */
  Outcome<PaymentId> pay(
      Party party, BigDecimal rawAmount, LocalDate date, String eventKind, EntryKind kind, PaymentEvent event) {
    Money amount = Money.of(rawAmount, books.currency());
    Optional<PartyAccount> found = parties.find(party).filter(PartyAccount::isRegistered);
    if (found.isEmpty()) {
      return Outcome.rejected(UNKNOWN_REFERENCE, party + " is not registered");
    }
    String direction = party.kind() == PartyKind.CUSTOMER ? "from " + party : "to " + party;
    Optional<Rejection> refused = books.closed(date, () -> "payment of " + amount + " " + direction);
    if (refused.isEmpty()) {
      refused = books.beyondRange(Optional.of(amount));
    }
    if (refused.isPresent()) {
      return Outcome.rejected(refused.get());
    }
    PartyAccount account = found.get();
    Settlement settlement = account.settle(amount);
    PaymentId payment = PaymentId.of(sequences.next(SEQUENCE));
    EventId eventId = EventId.of(eventKind, payment);
    Bookkeeper.Posting posting =
        new Bookkeeper.Posting(
            payment.number(), "payment " + direction, eventId, kind, null, null,
            lines(party, amount, settlement).toList());
    Outcome<List<JournalEntry>> drafts = books.check(date, List.of(posting));
    if (drafts.isRejected()) {
      return drafts.rejectedAs();
    }
    Outcome<Void> saved = parties.save(account);
    if (saved.isRejected()) {
      return saved.rejectedAs();
    }
    return books.post(drafts.value()).then(posted -> Outcome.accepted(payment, List.of(event.of(eventId, payment, amount))));
  }

  private EntryLines lines(Party party, Money amount, Settlement settlement) {
    return switch (party.kind()) {
      case CUSTOMER ->
          EntryLines.create()
              .debit(books.code(AccountRole.BANK), amount)
              .credit(books.code(AccountRole.RECEIVABLE), settlement.onItems())
              .credit(books.code(AccountRole.CUSTOMER_ADVANCES), settlement.onAdvance());
      case SUPPLIER ->
          EntryLines.create()
              .debit(books.code(AccountRole.PAYABLE), settlement.onItems())
              .debit(books.code(AccountRole.SUPPLIER_PREPAYMENTS), settlement.onAdvance())
              .credit(books.code(AccountRole.BANK), amount);
    };
  }
}
