package io.bizloop.accounting.application;

import io.bizloop.accounting.domain.EntryKind;
import io.bizloop.accounting.domain.Party;
import io.bizloop.accounting.port.FiscalPeriods;
import io.bizloop.accounting.port.JournalEntries;
import io.bizloop.accounting.port.LedgerBalances;
import io.bizloop.accounting.port.PartyAccounts;
import io.bizloop.accounting.port.Sequences;
import io.bizloop.core.SupplierId;
import io.bizloop.core.Outcome;
import io.bizloop.core.PaymentId;
import io.bizloop.core.Rejection;
import io.bizloop.core.event.SupplierPaid;
import io.bizloop.core.port.EventPublisher;
import io.bizloop.core.port.UseCase;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The company paid a supplier: Dr Payable up to the open items (oldest first), Dr supplier
 * prepayments the excess / Cr Bank P; publishes {@link SupplierPaid} with event id
 * {@code supplier-payment:PAY-<n>}. Answers the payment's id.
 *
 * <p>Rejections, in order: {@code INVALID_INPUT} (supplier, amount or date missing, amount ≤ 0,
 * with more decimals than the currency or over 10¹²), {@code UNKNOWN_REFERENCE} (supplier not
 * registered), {@code PERIOD_CLOSED}, {@code INVALID_INPUT} (beyond the books' range).
 */
public final class PaySupplier implements UseCase<PaySupplier.Command, PaymentId> {

  /** The kind word of the event ids of supplier payments. */
  public static final String EVENT_KIND = "supplier-payment";

  /**
   * A payment to a supplier.
   *
   * @param supplier who is paid
   * @param amount how much, positive, at most the currency's decimals
   * @param date the business date
   */
  public record Command(@NotNull SupplierId supplier, @NotNull @Positive BigDecimal amount, @NotNull LocalDate date) {

    /**
     * The company paid {@code supplier} {@code amount} on {@code date}.
     *
     * @param supplier who is paid
     * @param amount how much
     * @param date the business date
     * @return the command
     */
    public static Command of(SupplierId supplier, BigDecimal amount, LocalDate date) {
      return new Command(supplier, amount, date);
    }

    /**
     * The company paid {@code supplier} {@code amount} on {@code date}.
     *
     * @param supplier who is paid
     * @param amount how much, as text, e.g. {@code "1500.00"}
     * @param date the business date
     * @return the command
     * @throws NumberFormatException when the amount is not a number
     */
    public static Command of(SupplierId supplier, String amount, LocalDate date) {
      return new Command(supplier, new BigDecimal(amount), date);
    }
  }

  private final EventPublisher publisher;
  private final Payments payments;

  /**
   * The use case on the ports it uses.
   *
   * @param settings the book currency, chart and mapping
   * @param publisher where {@link SupplierPaid} goes
   * @param parties the suppliers' accounts
   * @param journal the journal
   * @param balances the running balances
   * @param periods the fiscal periods
   * @param sequences entry and payment numbers
   */
  public PaySupplier(
      AccountingSettings settings,
      EventPublisher publisher,
      PartyAccounts parties,
      JournalEntries journal,
      LedgerBalances balances,
      FiscalPeriods periods,
      Sequences sequences) {
    this.publisher = Objects.requireNonNull(publisher, "publisher");
    this.payments = new Payments(settings, parties, journal, balances, periods, sequences);
  }

  /**
   * Posts the payment and publishes its event.
   *
   * @param command the payment
   * @return the payment's id, or the rejection
   */
  @Override
  public Outcome<PaymentId> handle(Command command) {
    if (command == null) {
      return Bookkeeper.missing("the payment");
    }
    if (command.supplier() == null) {
      return Bookkeeper.missing("the supplier paid");
    }
    if (command.date() == null) {
      return Bookkeeper.missing("the payment's date");
    }
    Optional<Rejection> amount = payments.amountProblem(command.amount());
    if (amount.isPresent()) {
      return Outcome.rejected(amount.get());
    }
    Outcome<PaymentId> paid =
        payments.pay(
            Party.supplier(command.supplier()),
            command.amount(),
            command.date(),
            EVENT_KIND,
            EntryKind.SUPPLIER_PAID,
            (eventId, payment, money) -> new SupplierPaid(eventId, command.date(), payment, command.supplier(), money));
    return publisher.publishEventsOf(paid);
  }
}
