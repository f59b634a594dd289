package io.bizloop.crm.domain;

import io.bizloop.core.CustomerId;
import io.bizloop.core.Money;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a customer stands to owe, against its credit limit (信用额度): exposure = open receivables −
 * advance + the gross (net + VAT) of its confirmed, not cancelled orders not yet recognised as
 * revenue (each order's gross less its recognised shares). It may be negative (an advance).
 *
 * <p>Invariant 17 (design.md): an order is confirmed only while exposure + the order's gross ≤ the
 * limit, when there is one.
 *
 * @param customer the customer
 * @param creditLimit its limit, or {@code null} when it has none
 * @param exposure its exposure now
 */
public record CreditExposure(CustomerId customer, Money creditLimit, Money exposure) {

  /**
   * Checks the parts.
   *
   * @param customer the customer
   * @param creditLimit its limit, or {@code null} for none
   * @param exposure its exposure now
   * @throws NullPointerException when the customer or the exposure is missing
   */
  public CreditExposure {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(exposure, "exposure");
  }

  /**
   * The exposure of a customer from what the books and its orders say.
   *
   * @param customer the customer
   * @param creditLimit its limit, or {@code null} for none
   * @param openReceivable Σ its open receivable items
   * @param advance its advance (2203)
   * @param orders its orders (others are ignored)
   * @return the exposure
   * @throws ArithmeticException when a sum overflows the {@code long} range of minor units
   */
  public static CreditExposure of(
      CustomerId customer, Money creditLimit, Money openReceivable, Money advance, List<SalesOrder> orders) {
    long exposure = saturated(openReceivable.minor(), -advance.minor());
    for (SalesOrder order : orders) {
      if (order.customer().equals(customer)) {
        exposure = saturated(exposure, order.unrecognisedGross().minor());
      }
    }
    return new CreditExposure(customer, creditLimit, Money.ofMinor(exposure, openReceivable.currency()));
  }

  /**
   * Its limit.
   *
   * @return the limit, or empty when it has none
   */
  public Optional<Money> limit() {
    return Optional.ofNullable(creditLimit);
  }

  /**
   * What may still be confirmed: limit − exposure (negative once the limit was lowered below the
   * exposure).
   *
   * @return the headroom, or empty when there is no limit
   */
  public Optional<Money> headroom() {
    return limit().map(l -> Money.ofMinor(saturated(l.minor(), -exposure.minor()), l.currency()));
  }

  /**
   * Whether confirming an order of {@code gross} stays within the limit: exposure + gross ≤ limit,
   * always true without a limit.
   *
   * @param gross the order's net + VAT
   * @return true when it may be confirmed
   */
  public boolean allows(Money gross) {
    return creditLimit == null || saturated(exposure.minor(), gross.minor()) <= creditLimit.minor();
  }

  /**
   * {@code a + b}, held at the long range instead of wrapping: an exposure that large exceeds any
   * limit a customer can have (at most 10¹² in the major unit), so the answer stays right and no
   * query or confirmation can fail on it.
   */
  private static long saturated(long a, long b) {
    long sum = a + b;
    if (((a ^ sum) & (b ^ sum)) < 0) {
      return sum < 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
    }
    return sum;
  }
}
