package io.bizloop.core;

import java.util.Objects;

/**
 * The net and VAT of one document line, fixed once by the rules of {@link VatRate}.
 *
 * @param net the amount without VAT
 * @param vat the VAT
 */
public record LineAmounts(Money net, Money vat) {

  public LineAmounts {
    Objects.requireNonNull(net, "net");
    Objects.requireNonNull(vat, "vat");
    if (!net.currency().equals(vat.currency())) {
      throw new IllegalArgumentException("net and VAT in different currencies");
    }
  }

  /**
   * The amounts of a line of {@code quantity × unitPrice}: exclusive, {@code net = round(q × p)}
   * and {@code VAT = round(net × rate)}; inclusive, {@code gross = round(q × p)},
   * {@code net = round(gross / (1 + rate))}, {@code VAT = gross − net}.
   */
  public static LineAmounts of(Quantity quantity, Money unitPrice, VatRate rate, boolean pricesIncludeVat) {
    Money extended = unitPrice.times(quantity.value());
    if (pricesIncludeVat) {
      Money net = rate.netOf(extended);
      return new LineAmounts(net, extended.minus(net));
    }
    return new LineAmounts(extended, rate.vatOn(extended));
  }

  public static LineAmounts zero(java.util.Currency currency) {
    return new LineAmounts(Money.zero(currency), Money.zero(currency));
  }

  public Money gross() {
    return net.plus(vat);
  }

  public LineAmounts plus(LineAmounts other) {
    return new LineAmounts(net.plus(other.net), vat.plus(other.vat));
  }

  public LineAmounts minus(LineAmounts other) {
    return new LineAmounts(net.minus(other.net), vat.minus(other.vat));
  }

  /** The share of these (remaining) amounts for {@code part} of the remaining {@code whole}, net and VAT each by the part-of-a-whole rule. */
  public LineAmounts share(Quantity part, Quantity whole) {
    return new LineAmounts(net.share(part.value(), whole.value()), vat.share(part.value(), whole.value()));
  }

  public boolean isZero() {
    return net.isZero() && vat.isZero();
  }
}
