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
import io.bizloop.core.EventId;
import io.bizloop.core.Money;
import io.bizloop.core.Outcome;
import io.bizloop.core.Rejection;
import io.bizloop.core.SupplierId;
import io.bizloop.core.event.SupplierPaid;
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
 * The company paid a supplier: Dr Payable up to the open items (oldest first), Dr supplier
 * prepayments the excess / Cr Bank P; publishes {@link SupplierPaid}. Answers the payment id
 * {@code PAY-<n>}.
 *
 * <p>Rejections, in order: {@code INVALID_INPUT} (amount missing, ≤ 0 or with more decimals than
 * the currency), {@code UNKNOWN_REFERENCE} (supplier not registered), {@code PERIOD_CLOSED}.
 */
public final class PaySupplier {

  /**
   * @param supplier who is paid
   * @param amount how much, positive, at most the currency's decimals
   * @param date the business date
   */
  public record Command(@NotNull SupplierId supplier, @NotNull @Positive BigDecimal amount, @NotNull LocalDate date) {}

  private final UnitOfWork unitOfWork;
  private final CommandValidator validator;
  private final EventPublisher publisher;
  private final AccountingSettings settings;
  private final PartyAccounts parties;
  private final Sequences sequences;
  private final PostingService posting;

  public PaySupplier(
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
    if (command == null || command.supplier() == null || command.date() == null) {
      return Outcome.rejected(INVALID_INPUT, "a payment needs a supplier, an amount and a date");
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
    Optional<PartyAccount> found = parties.find(Party.supplier(command.supplier())).filter(PartyAccount::isRegistered);
    if (found.isEmpty()) {
      return Outcome.rejected(UNKNOWN_REFERENCE, "supplier " + command.supplier() + " is not registered");
    }
    Optional<Outcome<Void>> closed = posting.refuseIfClosed(command.date(), "payment of " + amount + " to supplier " + command.supplier());
    if (closed.isPresent()) {
      return Outcome.rejected(closed.get().rejection());
    }
    PartyAccount account = found.get();
    String payment = "PAY-" + sequences.next(Payments.SEQUENCE);
    EventId eventId = EventId.of(payment);
    Settlement settlement = account.settle(amount);
    EntryLines lines =
        EntryLines.create()
            .debit(settings.code(AccountRole.PAYABLE), settlement.onItems())
            .debit(settings.code(AccountRole.SUPPLIER_PREPAYMENTS), settlement.onAdvance())
            .credit(settings.code(AccountRole.BANK), amount);
    if (!parties.save(account)) {
      return Outcome.rejected(CONFLICT, "the account of supplier " + command.supplier() + " changed meanwhile");
    }
    return posting
        .post(command.date(), payment, "payment to supplier " + command.supplier(), eventId,
            EntryKind.SUPPLIER_PAID, null, null, lines.toList())
        .then(
            entry ->
                Outcome.accepted(
                    payment,
                    List.of(new SupplierPaid(eventId, command.date(), payment, command.supplier(), amount))));
  }
}
