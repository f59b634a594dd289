package io.bizloop.accounting.application;

import static io.bizloop.core.RejectionCode.CONFLICT;
import static io.bizloop.core.RejectionCode.INVALID_INPUT;
import static io.bizloop.core.RejectionCode.UNKNOWN_REFERENCE;

import io.bizloop.accounting.domain.AccountRole;
import io.bizloop.accounting.domain.EntryKind;
import io.bizloop.accounting.domain.EntryLines;
import io.bizloop.accounting.domain.Party;
import io.bizloop.accounting.domain.PartyAccount;
import io.bizloop.accounting.domain.Settlement;
import io.bizloop.accounting.port.PartyAccounts;
import io.bizloop.accounting.port.Sequences;
import io.bizloop.core.CustomerId;
import io.bizloop.core.EventId;
import io.bizloop.core.Money;
import io.bizloop.core.Outcome;
import io.bizloop.core.Rejection;
import io.bizloop.core.event.PaymentReceived;
import io.bizloop.core.port.CommandValidator;
import io.bizloop.core.port.EventPublisher;
import io.bizloop.core.port.UnitOfWork;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer paid: Dr Bank P / Cr Receivable up to the open items (oldest first), Cr customer
 * advances the excess; publishes {@link PaymentReceived}. Answers the payment id {@code PAY-<n>}.
 *
 * <p>Rejections, in order: {@code INVALID_INPUT} (amount missing, ≤ 0 or with more decimals than
 * the currency), {@code UNKNOWN_REFERENCE} (customer not registered), {@code PERIOD_CLOSED}.
 */
public final class ReceivePayment {

  /**
   * @param customer who paid
   * @param amount how much, positive, at most the currency's decimals
   * @param date the business date
   */
  public record Command(@NotNull CustomerId customer, @NotNull @Positive BigDecimal amount, @NotNull LocalDate date) {}

  private final UnitOfWork unitOfWork;
  private final CommandValidator validator;
  private final EventPublisher publisher;
  private final AccountingSettings settings;
  private final PartyAccounts parties;
  private final Sequences sequences;
  private final PostingService posting;

  public ReceivePayment(
      UnitOfWork unitOfWork,
      CommandValidator validator,
      EventPublisher publisher,
      AccountingSettings settings,
      PartyAccounts parties,
      Sequences sequences,
      PostingService posting) {
    this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
    this.validator = Objects.requireNonNull(validator, "validator");
    this.publisher = Objects.requireNonNull(publisher, "publisher");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.parties = Objects.requireNonNull(parties, "parties");
    this.sequences = Objects.requireNonNull(sequences, "sequences");
    this.posting = Objects.requireNonNull(posting, "posting");
  }

  public Outcome<String> handle(Command command) {
    return unitOfWork.execute(() -> publisher.publishEventsOf(decide(command)));
  }

  private Outcome<String> decide(Command command) {
    if (command == null || command.customer() == null || command.date() == null) {
      return Outcome.rejected(INVALID_INPUT, "a payment needs a customer, an amount and a date");
    }
    Outcome<Money> checked = Payments.amount(command.amount(), settings.currency());
    if (checked.isRejected()) {
      return Outcome.rejected(checked.rejection());
    }
    Optional<Rejection> invalid = validator.check(command);
    if (invalid.isPresent()) {
      return Outcome.rejected(invalid.get());
    }
    Money amount = checked.value();
    Optional<PartyAccount> found = parties.find(Party.customer(command.customer())).filter(PartyAccount::isRegistered);
    if (found.isEmpty()) {
      return Outcome.rejected(UNKNOWN_REFERENCE, "customer " + command.customer() + " is not registered");
    }
    Optional<Outcome<Void>> closed = posting.refuseIfClosed(command.date(), "payment of " + amount + " from customer " + command.customer());
    if (closed.isPresent()) {
      return Outcome.rejected(closed.get().rejection());
    }
    PartyAccount account = found.get();
    String payment = "PAY-" + sequences.next(Payments.SEQUENCE);
    EventId eventId = EventId.of(payment);
    Settlement settlement = account.settle(amount);
    EntryLines lines =
        EntryLines.create()
            .debit(settings.code(AccountRole.BANK), amount)
            .credit(settings.code(AccountRole.RECEIVABLE), settlement.onItems())
            .credit(settings.code(AccountRole.CUSTOMER_ADVANCES), settlement.onAdvance());
    if (!parties.save(account)) {
      return Outcome.rejected(CONFLICT, "the account of customer " + command.customer() + " changed meanwhile");
    }
    return posting
        .post(command.date(), payment, "payment from customer " + command.customer(), eventId,
            EntryKind.PAYMENT_RECEIVED, null, null, lines.toList())
        .then(
            entry ->
                Outcome.accepted(
                    payment,
                    List.of(new PaymentReceived(eventId, command.date(), payment, command.customer(), amount))));
  }
}
