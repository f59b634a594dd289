package io.bizloop.core.event;

import io.bizloop.core.PaymentId;
import io.bizloop.core.EventId;
import io.bizloop.core.Money;
import io.bizloop.core.SupplierId;
import java.time.LocalDate;

/**
 * The company paid a supplier. Accounting posts Dr Payable up to the open items (oldest
 * first), Dr supplier prepayments for the excess / Cr Bank.
 *
 * @param eventId idempotency key
 * @param date business date
 * @param payment the payment's document id
 * @param supplier who was paid
 * @param amount how much, positive
 */
public record SupplierPaid(EventId eventId, LocalDate date, PaymentId payment, SupplierId supplier, Money amount)
    implements BusinessEvent {

  /**
   * Checks that every required part of the event is given.
   *
   * @param eventId idempotency key
   * @param date business date
   * @param payment the payment's document id
   * @param supplier who was paid
   * @param amount how much, positive
   * @throws NullPointerException when a required part is missing
   * @throws IllegalArgumentException when the amount is not positive
   */
  public SupplierPaid {
    Events.require(eventId, date, payment, supplier, amount);
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("a payment must be positive");
    }
  }

  /**
   * The payment's number, e.g. {@code PAY-4}.
   *
   * @return {@code payment().number()}
   */
  @Override
  public String source() {
    return payment.number();
  }
}
