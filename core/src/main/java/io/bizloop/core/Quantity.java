package io.bizloop.core;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An exact quantity of a unit of measure, at most four decimals.
 *
 * <p>Invariants: the value is held in canonical form (no trailing zeros), so two quantities
 * that are numerically equal are {@code equals}; arithmetic only combines equal units.
 * A quantity may be negative (a movement out); the domain says where that is refused.
 *
 * @param value the exact amount, scale at most {@value #MAX_SCALE}
 * @param unit the unit of measure, e.g. {@code "EA"}, {@code "kg"}
 */
public record Quantity(BigDecimal value, String unit) implements Comparable<Quantity> {

  /** The most decimals a quantity may have. */
  public static final int MAX_SCALE = 4;

  /** The unit used when none is named. */
  public static final String EACH = "EA";

  public Quantity {
    Objects.requireNonNull(value, "value");
    unit = Ids.requireText(unit, "unit");
    value = canonical(value);
    if (value.scale() > MAX_SCALE) {
      throw new IllegalArgumentException(
          "quantity " + value.toPlainString() + " has more than " + MAX_SCALE + " decimals");
    }
  }

  public static Quantity of(BigDecimal value, String unit) {
    return new Quantity(value, unit);
  }

  /** A quantity of {@link #EACH}. */
  public static Quantity of(String value) {
    return new Quantity(new BigDecimal(value), EACH);
  }

  /** A quantity of {@link #EACH}. */
  public static Quantity of(long value) {
    return new Quantity(BigDecimal.valueOf(value), EACH);
  }

  public static Quantity zero(String unit) {
    return new Quantity(BigDecimal.ZERO, unit);
  }

  public Quantity plus(Quantity other) {
    return new Quantity(value.add(same(other).value), unit);
  }

  public Quantity minus(Quantity other) {
    return new Quantity(value.subtract(same(other).value), unit);
  }

  public Quantity negate() {
    return new Quantity(value.negate(), unit);
  }

  public Quantity min(Quantity other) {
    return compareTo(other) <= 0 ? this : other;
  }

  public Quantity max(Quantity other) {
    return compareTo(other) >= 0 ? this : other;
  }

  public boolean isZero() {
    return value.signum() == 0;
  }

  public boolean isPositive() {
    return value.signum() > 0;
  }

  public boolean isNegative() {
    return value.signum() < 0;
  }

  public boolean isLessThan(Quantity other) {
    return compareTo(other) < 0;
  }

  public boolean isGreaterThan(Quantity other) {
    return compareTo(other) > 0;
  }

  @Override
  public int compareTo(Quantity other) {
    return value.compareTo(same(other).value);
  }

  /** The value as plain text without trailing zeros, e.g. {@code "70"}, {@code "2.5"}. */
  public String toPlainString() {
    return value.toPlainString();
  }

  @Override
  public String toString() {
    return value.toPlainString() + " " + unit;
  }

  private Quantity same(Quantity other) {
    Objects.requireNonNull(other, "other");
    if (!unit.equals(other.unit)) {
      throw new IllegalArgumentException("unit mismatch: " + unit + " and " + other.unit);
    }
    return other;
  }

  private static BigDecimal canonical(BigDecimal value) {
    if (value.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
