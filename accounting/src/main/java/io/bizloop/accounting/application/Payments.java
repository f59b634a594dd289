package io.bizloop.accounting.application;

import static io.bizloop.core.RejectionCode.INVALID_INPUT;

import io.bizloop.core.Money;
import io.bizloop.core.Outcome;
import java.math.BigDecimal;
import java.util.Currency;

/** Checks shared by the payment use cases. */
final class Payments {

  /** The sequence that numbers payments: {@code PAY-1}, {@code PAY-2}, ... */
  static final String SEQUENCE = "payment";

  private Payments() {}

  /** The amount as money, or an {@code INVALID_INPUT} rejection (missing, ≤ 0, too many decimals). */
  static Outcome<Money> amount(BigDecimal amount, Currency currency) {
    if (amount == null) {
      return Outcome.rejected(INVALID_INPUT, "the payment has no amount");
    }
    if (amount.signum() <= 0) {
      return Outcome.rejected(INVALID_INPUT, "a payment must be positive, was " + amount.toPlainString());
    }
    int digits = currency.getDefaultFractionDigits();
    if (amount.stripTrailingZeros().scale() > digits) {
      return Outcome.rejected(
          INVALID_INPUT,
          "payment " + amount.toPlainString() + " has more than " + digits + " decimals for " + currency);
    }
    return Outcome.accepted(Money.of(amount, currency));
  }
}
