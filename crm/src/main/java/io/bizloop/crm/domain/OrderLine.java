package io.bizloop.crm.domain;

import io.bizloop.core.Bounds;
import io.bizloop.core.LineAmounts;
import io.bizloop.core.Money;
import io.bizloop.core.Quantity;
import io.bizloop.core.Sku;
import io.bizloop.core.VatRate;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * One line of a sales order and what has happened to it.
 *
 * <p>Invariants: all quantities are in the product's unit; {@code amounts} is {@code null} until
 * the order is confirmed and then fixed for the life of the order; recognised and credited amounts
 * are taken from it by the part-of-a-whole rule, so they never exceed it.
 *
 * @param sku the product
 * @param ordered quantity ordered, positive
 * @param unitPrice price per unit (VAT-inclusive when the company says so)
 * @param discount the line's discount percentage, 0 ≤ d &lt; 100 (0 when none)
 * @param vatRate the product's rate
 * @param amounts net and VAT fixed at confirmation, or {@code null} before
 * @param shipped quantity shipped so far
 * @param invoiced quantity invoiced so far (INVOICE recognition)
 * @param returned quantity returned so far
 * @param recognised net and VAT recognised so far
 * @param credited net and VAT credited so far
 * @param shippedCost cost of goods shipped so far
 * @param returnedCost cost of goods returned so far
 */
public record OrderLine(
    Sku sku,
    Quantity ordered,
    BigDecimal unitPrice,
    BigDecimal discount,
    VatRate vatRate,
    LineAmounts amounts,
    Quantity shipped,
    Quantity invoiced,
    Quantity returned,
    LineAmounts recognised,
    LineAmounts credited,
    Money shippedCost,
    Money returnedCost) {

  /**
   * Checks the parts.
   *
   * @param sku the product
   * @param ordered quantity ordered
   * @param unitPrice price per unit
   * @param discount the discount percentage; {@code null} (a line stored before discounts) is 0
   * @param vatRate the product's rate
   * @param amounts fixed net and VAT, or {@code null} before confirmation
   * @param shipped quantity shipped
   * @param invoiced quantity invoiced
   * @param returned quantity returned
   * @param recognised net and VAT recognised
   * @param credited net and VAT credited
   * @param shippedCost cost of goods shipped
   * @param returnedCost cost of goods returned
   * @throws NullPointerException when a required part is missing
   * @throws IllegalArgumentException when the quantity ordered or the unit price is not positive, or
   *     the discount is not within 0 ≤ d &lt; 100
   */
  public OrderLine {
    discount = discount == null ? BigDecimal.ZERO : discount;
    if (discount.signum() < 0 || discount.compareTo(io.bizloop.core.Bounds.DISCOUNT_LIMIT) >= 0) {
      throw new IllegalArgumentException("discount must be 0 or more and below 100");
    }
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(ordered, "ordered");
    Objects.requireNonNull(unitPrice, "unitPrice");
    Objects.requireNonNull(vatRate, "vatRate");
    Objects.requireNonNull(shipped, "shipped");
    Objects.requireNonNull(invoiced, "invoiced");
    Objects.requireNonNull(returned, "returned");
    Objects.requireNonNull(recognised, "recognised");
    Objects.requireNonNull(credited, "credited");
    Objects.requireNonNull(shippedCost, "shippedCost");
    Objects.requireNonNull(returnedCost, "returnedCost");
    if (!ordered.isPositive()) {
      throw new IllegalArgumentException("ordered quantity must be positive");
    }
    if (unitPrice.signum() <= 0) {
      throw new IllegalArgumentException("unit price must be positive");
    }
  }

  /**
   * A fresh draft line: nothing fixed, shipped, invoiced, returned or recognised yet.
   *
   * @param sku the product
   * @param ordered the quantity, positive, in the product's unit
   * @param unitPrice the price per unit, positive
   * @param vatRate the product's VAT rate
   * @param currency the company currency
   * @return the line
   */
  public static OrderLine draft(Sku sku, Quantity ordered, BigDecimal unitPrice, VatRate vatRate, Currency currency) {
    return draft(sku, ordered, unitPrice, BigDecimal.ZERO, vatRate, currency);
  }

  /**
   * A fresh draft line with a discount: nothing fixed, shipped, invoiced, returned or recognised yet.
   *
   * @param sku the product
   * @param ordered the quantity, positive, in the product's unit
   * @param unitPrice the price per unit, positive
   * @param discount the discount percentage, 0 ≤ d &lt; 100
   * @param vatRate the product's VAT rate
   * @param currency the company currency
   * @return the line
   */
  public static OrderLine draft(
      Sku sku, Quantity ordered, BigDecimal unitPrice, BigDecimal discount, VatRate vatRate, Currency currency) {
    String unit = ordered.unit();
    LineAmounts none = LineAmounts.zero(currency);
    Money zero = Money.zero(currency);
    Quantity nothing = Quantity.zero(unit);
    return new OrderLine(
        sku, ordered, unitPrice, discount, vatRate, null, nothing, nothing, nothing, none, none, zero, zero);
  }

  /**
   * The product's unit of measure.
   *
   * @return the unit all its quantities are in
   */
  public String unit() {
    return ordered.unit();
  }

  /**
   * A quantity of this line's unit.
   *
   * @param value the amount
   * @return the quantity
   */
  public Quantity quantity(BigDecimal value) {
    return Quantity.of(value, unit());
  }

  /**
   * The line's amounts: fixed ones once confirmed, else what confirming now would fix (with its
   * discount, by {@link LineAmounts#discounted}).
   *
   * @param pricesIncludeVat whether the unit price includes VAT
   * @return net and VAT, zero or positive
   */
  public LineAmounts amountsOr(boolean pricesIncludeVat) {
    if (amounts != null) {
      return amounts;
    }
    if (discount.signum() == 0) {
      return price(ordered, unitPrice, vatRate, pricesIncludeVat, currency());
    }
    return LineAmounts.discounted(ordered, unitPrice, discount, vatRate, pricesIncludeVat, currency());
  }

  /**
   * The currency of its amounts.
   *
   * @return the company currency
   */
  public Currency currency() {
    return recognised.net().currency();
  }

  /**
   * The net and VAT of {@code quantity × unitPrice} by {@link LineAmounts#of} (design.md "Sales
   * tax"); a unit price with more decimals than the currency is extended exactly and rounded once,
   * by the same rule.
   *
   * @param quantity how much
   * @param unitPrice the price per unit
   * @param rate the VAT rate
   * @param pricesIncludeVat whether the unit price includes VAT
   * @param currency the company currency
   * @return net and VAT
   */
  public static LineAmounts price(
      Quantity quantity, BigDecimal unitPrice, VatRate rate, boolean pricesIncludeVat, Currency currency) {
    if (Bounds.hasAtMostDecimals(unitPrice, currency.getDefaultFractionDigits())) {
      return LineAmounts.of(quantity, Money.of(unitPrice, currency), rate, pricesIncludeVat);
    }
    Money extended = Money.rounded(quantity.value().multiply(unitPrice), currency);
    if (pricesIncludeVat) {
      Money net = rate.netOf(extended);
      return new LineAmounts(net, extended.minus(net));
    }
    return new LineAmounts(extended, rate.vatOn(extended));
  }

  /**
   * How much of the line counts as recognised: ordered, shipped or invoiced by the policy (nothing
   * while unconfirmed).
   *
   * @param recognition the company's recognition point
   * @return the recognised quantity, zero or positive
   */
  public Quantity recognisedQuantity(RevenueRecognition recognition) {
    if (amounts == null) {
      return Quantity.zero(unit());
    }
    return switch (recognition) {
      case ORDER_CONFIRMATION -> ordered;
      case SHIPMENT -> shipped;
      case INVOICE -> invoiced;
    };
  }

  /**
   * What may still be returned: min(shipped, recognised quantity) − returned.
   *
   * @param recognition the company's recognition point
   * @return the returnable quantity, zero or positive
   */
  public Quantity returnable(RevenueRecognition recognition) {
    Quantity left = shipped.min(recognisedQuantity(recognition)).minus(returned);
    return left.isNegative() ? Quantity.zero(unit()) : left;
  }

  /**
   * The share of the not-yet-recognised amounts for {@code q} of the not-yet-recognised quantity
   * {@code remaining} (the part-of-a-whole rule, net and VAT separately).
   */
  LineAmounts shareToRecognise(Quantity q, Quantity remaining) {
    LineAmounts open = amounts.minus(recognised);
    if (!remaining.isPositive()) {
      return LineAmounts.zero(currency());
    }
    return open.share(q.min(remaining), remaining);
  }

  OrderLine withAmounts(LineAmounts fixed) {
    return new OrderLine(sku, ordered, unitPrice, discount, vatRate, fixed, shipped, invoiced, returned, recognised, credited,
        shippedCost, returnedCost);
  }

  OrderLine withShipment(Quantity q, Money cost) {
    return new OrderLine(sku, ordered, unitPrice, discount, vatRate, amounts, shipped.plus(q), invoiced, returned, recognised,
        credited, shippedCost.plus(cost), returnedCost);
  }

  OrderLine withInvoiced(Quantity q) {
    return new OrderLine(sku, ordered, unitPrice, discount, vatRate, amounts, shipped, invoiced.plus(q), returned, recognised,
        credited, shippedCost, returnedCost);
  }

  OrderLine withRecognised(LineAmounts more) {
    return new OrderLine(sku, ordered, unitPrice, discount, vatRate, amounts, shipped, invoiced, returned,
        recognised.plus(more), credited, shippedCost, returnedCost);
  }

  OrderLine withRecognisedReset() {
    return new OrderLine(sku, ordered, unitPrice, discount, vatRate, amounts, shipped, invoiced, returned,
        LineAmounts.zero(currency()), credited, shippedCost, returnedCost);
  }

  OrderLine withReturn(Quantity q, LineAmounts credit) {
    return new OrderLine(sku, ordered, unitPrice, discount, vatRate, amounts, shipped, invoiced, returned.plus(q), recognised,
        credited.plus(credit), shippedCost, returnedCost);
  }

  OrderLine withReturnedCost(Money cost) {
    return new OrderLine(sku, ordered, unitPrice, discount, vatRate, amounts, shipped, invoiced, returned, recognised, credited,
        shippedCost, returnedCost.plus(cost));
  }
}
