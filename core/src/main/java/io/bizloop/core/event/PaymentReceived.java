package io.bizloop.core.event;

import io.bizloop.core.CustomerId;
import io.bizloop.core.PaymentId;
import io.bizloop.core.EventId;
import io.bizloop.core.Money;
import java.time.LocalDate;

/**
 * A customer paid. Accounting posts Dr Bank / Cr Receivable up to the open items (oldest
 * first), Cr customer advances for the excess.
 *
 * @param eventId idempotency key
 * @param date business date
 * @param payment the payment's document id
 * @param customer who paid
 * @param amount how much, positive
 */
public record PaymentReceived(EventId eventId, LocalDate date, PaymentId payment, CustomerId customer, Money amount)
    implements BusinessEvent {

  /**
   * Checks that every required part of the event is given.
   *
   * @param eventId idempotency key
   * @param date business date
   * @param payment the payment's document id
   * @param customer who paid
   * @param amount how much, positive
   * @throws NullPointerException when a required part is missing
   * @throws IllegalArgumentException when the amount is not positive
   */
  public PaymentReceived {
    Events.require(eventId, date, payment, customer, amount);
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("a payment must be positive");
    }
  }

  /**
   * The payment's number, e.g. {@code PAY-3}.
   *
   * @return {@code payment().number()}
   */
  @Override
  public String source() {
    return payment.number();
  }
}
