package io.bizloop.core;

import java.util.Currency;

/**
 * The net and VAT of one document line, fixed once by the rules of {@link VatRate}.
 *
 * <p>Invariant: both amounts are in one currency. The gross is {@code net + vat}.
 *
 * @param net the amount without VAT
 * @param vat the VAT
 */
public record LineAmounts(Money net, Money vat) {

  /**
   * Checks the parts.
   *
   * @param net the amount without VAT
   * @param vat the VAT
   * @throws IllegalArgumentException when a part is missing or the two are in different
   *     currencies
   */
  public LineAmounts {
    if (net == null || vat == null) {
      throw new IllegalArgumentException(net == null ? "net is missing" : "VAT is missing");
    }
    if (!net.currency().equals(vat.currency())) {
      throw new IllegalArgumentException("net and VAT in different currencies");
    }
  }

  /**
   * The amounts of a line of {@code quantity × unitPrice}: exclusive, {@code net = round(q × p)}
   * and {@code VAT = round(net × rate)}; inclusive, {@code gross = round(q × p)},
   * {@code net = round(gross / (1 + rate))}, {@code VAT = gross − net}. Each rounding is HALF_UP
   * to the minor unit.
   *
   * @param quantity how much
   * @param unitPrice the price of one unit, VAT included when {@code pricesIncludeVat}
   * @param rate the VAT rate of the line
   * @param pricesIncludeVat whether {@code unitPrice} includes VAT
   * @return the line's net and VAT, in the price's currency
   * @throws NullPointerException when {@code quantity}, {@code unitPrice} or {@code rate} is null
   * @throws ArithmeticException when an amount overflows the {@code long} range of minor units
   */
  public static LineAmounts of(Quantity quantity, Money unitPrice, VatRate rate, boolean pricesIncludeVat) {
    Money extended = unitPrice.times(quantity.value());
    if (pricesIncludeVat) {
      Money net = rate.netOf(extended);
      return new LineAmounts(net, extended.minus(net));
    }
    return new LineAmounts(extended, rate.vatOn(extended));
  }

  /**
   * The amounts of a line of {@code quantity × unitPrice} less a percentage discount {@code d}
   * (design.md "Credit, terms and discounts"): the extended amount is {@code round(q × p × (100 − d)
   * / 100)}, rounded once HALF_UP to the minor unit (exact whatever the price's decimals); then
   * exclusive, {@code net} = that and {@code VAT = round(net × rate)}; inclusive, {@code gross} =
   * that, {@code net = round(gross / (1 + rate))} and {@code VAT = gross − net}. A discount of 0
   * gives the figures of {@link #of(Quantity, Money, VatRate, boolean)}.
   *
   * @param quantity how much
   * @param unitPrice the price of one unit as typed, VAT included when {@code pricesIncludeVat}
   * @param discountPercent the discount, {@code 0 ≤ d < 100}
   * @param rate the VAT rate of the line
   * @param pricesIncludeVat whether {@code unitPrice} includes VAT
   * @param currency the currency of the amounts
   * @return the line's net and VAT
   * @throws NullPointerException when a part is missing
   * @throws IllegalArgumentException when the discount is negative or 100 or more
   * @throws ArithmeticException when an amount overflows the {@code long} range of minor units
   */
  public static LineAmounts discounted(
      Quantity quantity, java.math.BigDecimal unitPrice, java.math.BigDecimal discountPercent, VatRate rate,
      boolean pricesIncludeVat, Currency currency) {
    if (discountPercent.signum() < 0 || discountPercent.compareTo(Bounds.DISCOUNT_LIMIT) >= 0) {
      throw new IllegalArgumentException("a discount must be 0 or more and below 100, was " + discountPercent);
    }
    java.math.BigDecimal exact =
        quantity.value().multiply(unitPrice).multiply(Bounds.DISCOUNT_LIMIT.subtract(discountPercent)).movePointLeft(2);
    Money extended = Money.rounded(exact, currency);
    if (pricesIncludeVat) {
      Money net = rate.netOf(extended);
      return new LineAmounts(net, extended.minus(net));
    }
    return new LineAmounts(extended, rate.vatOn(extended));
  }

  /**
   * No net and no VAT.
   *
   * @param currency the currency of both
   * @return zero amounts
   * @throws IllegalArgumentException when the currency is missing or has no minor unit
   */
  public static LineAmounts zero(Currency currency) {
    LineAmounts last = lastZero;
    if (last != null && last.net.currency() == currency) {
      return last;
    }
    LineAmounts zero = new LineAmounts(Money.zero(currency), Money.zero(currency));
    lastZero = zero;
    return zero;
  }

  /** The zero made last, shared as {@link Money#zero} shares its zero (a racy cache of an immutable value). */
  private static volatile LineAmounts lastZero;

  /**
   * The amount with VAT.
   *
   * @return {@code net + vat}
   * @throws ArithmeticException when the sum overflows
   */
  public Money gross() {
    return net.plus(vat);
  }

  /**
   * The amounts of two lines added, net to net and VAT to VAT.
   *
   * @param other amounts in the same currency
   * @return the sums
   * @throws IllegalArgumentException when the currencies differ
   * @throws ArithmeticException when a sum overflows
   */
  public LineAmounts plus(LineAmounts other) {
    if (other.isZero() && net.currency().equals(other.net.currency())) {
      return this; // the same value: no new instance (what a line keeps recognised is then its fixed amounts)
    }
    if (isZero() && net.currency().equals(other.net.currency())) {
      return other;
    }
    return new LineAmounts(net.plus(other.net), vat.plus(other.vat));
  }

  /**
   * The amounts of another line taken away, net from net and VAT from VAT.
   *
   * @param other amounts in the same currency
   * @return the differences
   * @throws IllegalArgumentException when the currencies differ
   * @throws ArithmeticException when a difference overflows
   */
  public LineAmounts minus(LineAmounts other) {
    if (other.isZero() && net.currency().equals(other.net.currency())) {
      return this;
    }
    return new LineAmounts(net.minus(other.net), vat.minus(other.vat));
  }

  /**
   * The share of these (remaining) amounts for {@code part} of the remaining {@code whole}, net
   * and VAT each by the part-of-a-whole rule ({@link Money#share}): the whole gives exactly these
   * amounts, so shares taken from a shrinking remainder add up to the line.
   *
   * @param part the quantity the share is for, e.g. what ships now
   * @param whole the quantity these amounts belong to, e.g. what is left to ship
   * @return the share of net and of VAT
   * @throws IllegalArgumentException when {@code whole} is not positive
   */
  public LineAmounts share(Quantity part, Quantity whole) {
    if (whole.isPositive() && part.value().compareTo(whole.value()) == 0) {
      return this; // the whole: exactly these amounts
    }
    return new LineAmounts(net.share(part.value(), whole.value()), vat.share(part.value(), whole.value()));
  }

  /**
   * Whether both the net and the VAT are zero (a line whose amount rounds to nothing).
   *
   * @return true when there is nothing to post
   */
  public boolean isZero() {
    return net.isZero() && vat.isZero();
  }
}
