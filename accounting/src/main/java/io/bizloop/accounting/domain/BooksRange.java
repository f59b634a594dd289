package io.bizloop.accounting.domain;

import io.bizloop.core.Money;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * The range of every sum the books keep: at most 2⁶³ − 1 minor units. Sums here answer empty
 * instead of overflowing, so that a use case or policy can refuse a step that would leave the
 * range ({@code INVALID_INPUT}) before it decides anything.
 *
 * <p>The books keep their turnover, the Σ debits of every posted line, within the range; since
 * every balance, total, report figure and open item is made of posted lines, none of them can
 * overflow once the turnover fits.
 */
public final class BooksRange {

  private BooksRange() {}

  /**
   * {@code a + b}, or empty when it would overflow.
   *
   * @param a an amount
   * @param b an amount in the same currency
   * @return the sum, or empty beyond the range
   * @throws IllegalArgumentException when the currencies differ
   */
  public static Optional<Money> plus(Money a, Money b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (!a.currency().equals(b.currency())) {
      throw new IllegalArgumentException("currency mismatch: " + a.currency() + " and " + b.currency());
    }
    long sum = a.minor() + b.minor();
    if (((a.minor() ^ sum) & (b.minor() ^ sum)) < 0) {
      return Optional.empty();
    }
    return Optional.of(Money.ofMinor(sum, a.currency()));
  }

  /**
   * Σ {@code parts}, or empty when a partial sum would overflow.
   *
   * @param parts amounts in {@code currency}
   * @param currency their currency
   * @return the sum, or empty beyond the range
   * @throws IllegalArgumentException when a part is in another currency
   */
  public static Optional<Money> sum(Iterable<Money> parts, Currency currency) {
    Money total = Money.zero(currency);
    for (Money part : parts) {
      Optional<Money> next = plus(total, part);
      if (next.isEmpty()) {
        return next;
      }
      total = next.get();
    }
    return Optional.of(total);
  }

  /**
   * {@code |amount|}, or empty for the one amount whose absolute value is beyond the range.
   *
   * @param amount an amount
   * @return its absolute value, or empty
   */
  public static Optional<Money> abs(Money amount) {
    if (amount.minor() == Long.MIN_VALUE) {
      return Optional.empty();
    }
    return Optional.of(amount.abs());
  }
}
