package io.bizloop.accounting.application;

import static io.bizloop.core.RejectionCode.CONFLICT;
import static io.bizloop.core.RejectionCode.UNKNOWN_REFERENCE;

import io.bizloop.accounting.domain.AccountRole;
import io.bizloop.accounting.domain.EntryKind;
import io.bizloop.accounting.domain.EntryLines;
import io.bizloop.accounting.domain.Party;
import io.bizloop.accounting.domain.PartyAccount;
import io.bizloop.accounting.domain.Settlement;
import io.bizloop.accounting.port.PartyAccounts;
import io.bizloop.accounting.port.Sequences;
import io.bizloop.core.EventId;
import io.bizloop.core.Money;
import io.bizloop.core.Outcome;
import io.bizloop.core.Rejection;
import io.bizloop.core.event.BusinessEvent;
import io.bizloop.core.port.CommandValidator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The decision shared by {@link ReceivePayment} and {@link PaySupplier}: checks the amount and
 * the command, settles the payment against the party's open items (oldest first, the excess as an
 * advance), posts it and answers the payment id {@code PAY-<n>} with the payment's event.
 *
 * <p>A customer pays: Dr Bank / Cr Receivable (on items), Cr customer advances (excess). The
 * company pays a supplier: Dr Payable (on items), Dr supplier prepayments (excess) / Cr Bank.
 */
final class PaymentPosting {

  /** Builds the event a posted payment publishes. */
  interface PaymentEvent {
    BusinessEvent of(EventId eventId, String payment, Money amount);
  }

  private final CommandValidator validator;
  private final AccountingSettings settings;
  private final PartyAccounts parties;
  private final Sequences sequences;
  private final PostingService posting;

  PaymentPosting(
      CommandValidator validator,
      AccountingSettings settings,
      PartyAccounts parties,
      Sequences sequences,
      PostingService posting) {
    this.validator = Objects.requireNonNull(validator, "validator");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.parties = Objects.requireNonNull(parties, "parties");
    this.sequences = Objects.requireNonNull(sequences, "sequences");
    this.posting = Objects.requireNonNull(posting, "posting");
  }

  /**
   * Decides a payment of {@code rawAmount} by or to {@code party} on {@code date}; the caller has
   * already checked that the command, its party and its date are present.
   */
  Outcome<String> decide(
      Object command, Party party, BigDecimal rawAmount, LocalDate date, EntryKind kind, PaymentEvent event) {
    Outcome<Money> checked = Payments.amount(rawAmount, settings.currency());
    if (checked.isRejected()) {
      return Outcome.rejected(checked.rejection());
    }
    Optional<Rejection> invalid = validator.check(command);
    if (invalid.isPresent()) {
      return Outcome.rejected(invalid.get());
    }
    Money amount = checked.value();
    Optional<PartyAccount> found = parties.find(party).filter(PartyAccount::isRegistered);
    if (found.isEmpty()) {
      return Outcome.rejected(UNKNOWN_REFERENCE, party + " is not registered");
    }
    String direction = direction(party);
    Optional<Outcome<Void>> closed = posting.refuseIfClosed(date, "payment of " + amount + " " + direction);
    if (closed.isPresent()) {
      return Outcome.rejected(closed.get().rejection());
    }
    PartyAccount account = found.get();
    String payment = "PAY-" + sequences.next(Payments.SEQUENCE);
    EventId eventId = EventId.of(payment);
    EntryLines lines = lines(party, amount, account.settle(amount));
    if (!parties.save(account)) {
      return Outcome.rejected(CONFLICT, "the account of " + party + " changed meanwhile");
    }
    return posting
        .post(date, payment, "payment " + direction, eventId, kind, null, null, lines.toList())
        .then(entry -> Outcome.accepted(payment, List.of(event.of(eventId, payment, amount))));
  }

  /** "from customer C-1" or "to supplier S-1". */
  private static String direction(Party party) {
    return switch (party.kind()) {
      case CUSTOMER -> "from " + party;
      case SUPPLIER -> "to " + party;
    };
  }

  private EntryLines lines(Party party, Money amount, Settlement settlement) {
    return switch (party.kind()) {
      case CUSTOMER ->
          EntryLines.create()
              .debit(settings.code(AccountRole.BANK), amount)
              .credit(settings.code(AccountRole.RECEIVABLE), settlement.onItems())
              .credit(settings.code(AccountRole.CUSTOMER_ADVANCES), settlement.onAdvance());
      case SUPPLIER ->
          EntryLines.create()
              .debit(settings.code(AccountRole.PAYABLE), settlement.onItems())
              .debit(settings.code(AccountRole.SUPPLIER_PREPAYMENTS), settlement.onAdvance())
              .credit(settings.code(AccountRole.BANK), amount);
    };
  }
}
