package io.bizloop.accounting.application;

import static io.bizloop.core.RejectionCode.INVALID_INPUT;

import io.bizloop.accounting.domain.EntryKind;
import io.bizloop.accounting.domain.Party;
import io.bizloop.accounting.port.PartyAccounts;
import io.bizloop.accounting.port.Sequences;
import io.bizloop.core.Outcome;
import io.bizloop.core.SupplierId;
import io.bizloop.core.event.SupplierPaid;
import io.bizloop.core.port.CommandValidator;
import io.bizloop.core.port.EventPublisher;
import io.bizloop.core.port.UnitOfWork;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

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
  private final EventPublisher publisher;
  private final PaymentPosting payments;

  public PaySupplier(
      UnitOfWork unitOfWork,
      CommandValidator validator,
      EventPublisher publisher,
      AccountingSettings settings,
      PartyAccounts parties,
      Sequences sequences,
      PostingService posting) {
    this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
    Objects.requireNonNull(validator, "validator");
    this.publisher = Objects.requireNonNull(publisher, "publisher");
    this.payments = new PaymentPosting(validator, settings, parties, sequences, posting);
  }

  public Outcome<String> handle(Command command) {
    return unitOfWork.execute(() -> publisher.publishEventsOf(decide(command)));
  }

  private Outcome<String> decide(Command command) {
    if (command == null || command.supplier() == null || command.date() == null) {
      return Outcome.rejected(INVALID_INPUT, "a payment needs a supplier, an amount and a date");
    }
    return payments.decide(
        command,
        Party.supplier(command.supplier()),
        command.amount(),
        command.date(),
        EntryKind.SUPPLIER_PAID,
        (eventId, payment, amount) -> new SupplierPaid(eventId, command.date(), payment, command.supplier(), amount));
  }
}
