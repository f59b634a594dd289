package io.bizloop.crm.domain;

import io.bizloop.core.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How the front office values a customer: customer lifetime value and RFM segment.
 *
 * <p><b>Lifetime value</b> = round(grossMargin × expectedLifetimeMonths / activeMonths) −
 * serviceCostPerTicket × tickets, where
 *
 * <ul>
 *   <li>{@code grossMargin} = recognised net revenue less credit notes, less shipped cost less
 *       returned cost;
 *   <li>{@code activeMonths} = whole months from the first purchase (order confirmation) to the
 *       valuation date, plus one (so at least 1); grossMargin / activeMonths is the average
 *       monthly gross margin;
 *   <li>{@code expectedLifetimeMonths} = min(60, 12 × purchases): each confirmed order (the
 *       purchase frequency) is taken as a sign of another year of relationship, at most five years;
 *   <li>the rounding is HALF_UP to the minor unit, once.
 * </ul>
 *
 * It is {@code null} while the customer has no revenue.
 *
 * <p><b>RFM</b>: recency R = 3 when the latest purchase or payment is at most 30 days before the
 * valuation date, 2 up to 90 days, else 1; frequency F = 3 from 4 purchases, 2 from 2, else 1;
 * monetary M = 3 when revenue ≥ the average revenue of the customers with revenue, 2 from half
 * of it, else 1. Segments: PROSPECT (no purchase), CHAMPION (R3, F≥2, M≥2), LOYAL (R≥2, F≥2),
 * NEW (R3, F1), PROMISING (R2, F1), AT_RISK (R1 with F≥2 or M3), HIBERNATING (other R1).
 */
public final class Valuation {

  /** The longest relationship a lifetime value expects, in months. */
  public static final int MAX_LIFETIME_MONTHS = 60;

  private Valuation() {}

  /**
   * The lifetime value by the formula above.
   *
   * @param revenue recognised net revenue less credits
   * @param grossMargin revenue less net cost of goods
   * @param firstPurchase the date of the first confirmed order, or {@code null}
   * @param asOf the valuation date
   * @param purchases confirmed, not cancelled orders
   * @param tickets service tickets opened
   * @param serviceCostPerTicket the cost of one ticket
   * @return the lifetime value (negative when tickets cost more than the margin), or {@code null}
   *     when there is no revenue
   */
  public static Money lifetimeValue(
      Money revenue, Money grossMargin, LocalDate firstPurchase, LocalDate asOf, int purchases, int tickets,
      Money serviceCostPerTicket) {
    if (revenue.isZero() || firstPurchase == null || purchases <= 0) {
      return null;
    }
    long activeMonths = activeMonths(firstPurchase, asOf);
    long expected = Math.min(MAX_LIFETIME_MONTHS, 12L * purchases);
    Money value = grossMargin.share(BigDecimal.valueOf(expected), BigDecimal.valueOf(activeMonths));
    return value.minus(serviceCostPerTicket.times(tickets));
  }

  /**
   * Whole months from {@code first} to {@code asOf}, plus one.
   *
   * @param first the first purchase
   * @param asOf the valuation date
   * @return at least 1
   */
  public static long activeMonths(LocalDate first, LocalDate asOf) {
    long months = asOf.isAfter(first) ? ChronoUnit.MONTHS.between(first, asOf) : 0;
    return months + 1;
  }

  /**
   * The RFM segment by the rules above.
   *
   * @param lastPurchase the latest purchase or payment, or {@code null}
   * @param asOf the valuation date
   * @param purchases confirmed, not cancelled orders
   * @param revenue its revenue
   * @param averageRevenue the average revenue of the customers with revenue, or {@code null}
   * @return the segment name
   */
  public static String segment(
      LocalDate lastPurchase, LocalDate asOf, int purchases, Money revenue, Money averageRevenue) {
    if (purchases <= 0 || lastPurchase == null) {
      return "PROSPECT";
    }
    long days = asOf.isAfter(lastPurchase) ? ChronoUnit.DAYS.between(lastPurchase, asOf) : 0;
    int r = days <= 30 ? 3 : days <= 90 ? 2 : 1;
    int f = purchases >= 4 ? 3 : purchases >= 2 ? 2 : 1;
    int m;
    if (averageRevenue == null || !averageRevenue.isPositive() || revenue.compareTo(averageRevenue) >= 0) {
      m = 3;
    } else if (revenue.times(2).compareTo(averageRevenue) >= 0) {
      m = 2;
    } else {
      m = 1;
    }
    if (r == 3 && f >= 2 && m >= 2) {
      return "CHAMPION";
    }
    if (r >= 2 && f >= 2) {
      return "LOYAL";
    }
    if (r == 3) {
      return "NEW";
    }
    if (r == 2) {
      return "PROMISING";
    }
    return f >= 2 || m == 3 ? "AT_RISK" : "HIBERNATING";
  }
}
