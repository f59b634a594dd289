package io.bizloop.accounting.application;

import io.bizloop.accounting.domain.EntryKind;
import io.bizloop.accounting.domain.Party;
import io.bizloop.accounting.port.FiscalPeriods;
import io.bizloop.accounting.port.JournalEntries;
import io.bizloop.accounting.port.LedgerBalances;
import io.bizloop.accounting.port.PartyAccounts;
import io.bizloop.accounting.port.Sequences;
import io.bizloop.core.CustomerId;
import io.bizloop.core.Outcome;
import io.bizloop.core.PaymentId;
import io.bizloop.core.Rejection;
import io.bizloop.core.event.PaymentReceived;
import io.bizloop.core.port.EventPublisher;
import io.bizloop.core.port.UseCase;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer paid: Dr Bank P / Cr Receivable up to the open items (oldest first), Cr customer
 * advances the excess; publishes {@link PaymentReceived} with event id
 * {@code customer-payment:PAY-<n>}. Answers the payment's id.
 *
 * <p>Rejections, in order: {@code INVALID_INPUT} (customer, amount or date missing, amount ≤ 0,
 * with more decimals than the currency or over 10¹²), {@code UNKNOWN_REFERENCE} (customer not
 * registered), {@code PERIOD_CLOSED}, {@code INVALID_INPUT} (beyond the books' range).
 */
public final class ReceivePayment implements UseCase<ReceivePayment.Command, PaymentId> {

  /** The kind word of the event ids of customer payments. */
  public static final String EVENT_KIND = "customer-payment";

  /**
   * A payment received.
   *
   * @param customer who paid
   * @param amount how much, positive, at most the currency's decimals
   * @param date the business date
   */
  public record Command(@NotNull CustomerId customer, @NotNull @Positive BigDecimal amount, @NotNull LocalDate date) {

    /**
     * {@code customer} paid {@code amount} on {@code date}.
     *
     * @param customer who paid
     * @param amount how much
     * @param date the business date
     * @return the command
     */
    public static Command of(CustomerId customer, BigDecimal amount, LocalDate date) {
      return new Command(customer, amount, date);
    }

    /**
     * {@code customer} paid {@code amount} on {@code date}.
     *
     * @param customer who paid
     * @param amount how much, as text, e.g. {@code "1500.00"}
     * @param date the business date
     * @return the command
     * @throws NumberFormatException when the amount is not a number
     */
    public static Command of(CustomerId customer, String amount, LocalDate date) {
      return new Command(customer, new BigDecimal(amount), date);
    }
  }

  private final EventPublisher publisher;
  private final Payments payments;

  /**
   * The use case on the ports it uses.
   *
   * @param settings the book currency, chart and mapping
   * @param publisher where {@link PaymentReceived} goes
   * @param parties the customers' accounts
   * @param journal the journal
   * @param balances the running balances
   * @param periods the fiscal periods
   * @param sequences entry and payment numbers
   */
  public ReceivePayment(
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
    if (command.customer() == null) {
      return Bookkeeper.missing("the paying customer");
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
            Party.customer(command.customer()),
            command.amount(),
            command.date(),
            EVENT_KIND,
            EntryKind.PAYMENT_RECEIVED,
            (eventId, payment, money) -> new PaymentReceived(eventId, command.date(), payment, command.customer(), money));
    return publisher.publishEventsOf(paid);
  }
}
