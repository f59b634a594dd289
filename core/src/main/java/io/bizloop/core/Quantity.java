package io.bizloop.core;

import java.math.BigDecimal;

/**
 * An exact quantity of a unit of measure, with at most {@value #MAX_SCALE} decimals.
 *
 * <p>Invariants: the value is held in canonical form (no trailing zeros, scale 0 to
 * {@value #MAX_SCALE}), so two quantities that are numerically equal are {@code equals}; its
 * magnitude is below 10<sup>30</sup>, far beyond any sum of quantities
 * within {@link Bounds#MAX_QUANTITY}, so that no value ever costs more than a few dozen digits;
 * arithmetic only combines equal units. A quantity may be negative (a movement out); the domain
 * says where that is refused, and checks typed quantities with {@link Bounds#positiveQuantity}.
 *
 * <p>Every factory and the constructor throw {@link IllegalArgumentException}, and only that,
 * for a value they refuse; the message is short and says what is wrong.
 *
 * @param value the exact amount, scale at most {@value #MAX_SCALE}
 * @param unit the unit of measure, e.g. {@code "EA"}, {@code "kg"}: the id rule of {@link Ids}
 *     with at most {@value #MAX_UNIT_LENGTH} code points
 */
public record Quantity(BigDecimal value, String unit) implements Comparable<Quantity> {

  /** The most decimals a quantity may have. */
  public static final int MAX_SCALE = 4;

  /** The unit used when none is named: each, a count of pieces. */
  public static final String EACH = "EA";

  /** The longest unit of measure, in code points. */
  public static final int MAX_UNIT_LENGTH = 16;

  /** Digits before the decimal point a quantity may have at most: |value| &lt; 10^30. */
  private static final int MAX_INTEGER_DIGITS = 30;

  /**
   * The last unit text that passed the id rule (checked by identity: a quantity computed from
   * another carries the very same string, so its unit is not checked again). A benign race: any
   * value seen here was checked, and {@link String} is immutable.
   */
  private static String lastUnit = EACH;

  /**
   * Checks the parts and brings the value to canonical form.
   *
   * @param value the exact amount; trailing zeros beyond {@value #MAX_SCALE} decimals are
   *     accepted and dropped
   * @param unit the unit of measure
   * @throws IllegalArgumentException when the value is missing, has more than
   *     {@value #MAX_SCALE} decimals or is 10<sup>30</sup> or more in magnitude, or when the unit
   *     is missing or breaks the id rule or is longer than {@value #MAX_UNIT_LENGTH} code points
   */
  public Quantity {
    if (value == null) {
      throw new IllegalArgumentException("quantity is missing");
    }
    if (unit != EACH && unit != lastUnit) {
      unit = Ids.requireText(unit, "unit", MAX_UNIT_LENGTH);
      lastUnit = unit;
    }
    if (value.scale() == 0) {
      // whole numbers (most quantities) are canonical as they are; only the magnitude is left to check
      if (value.signum() == 0) {
        value = BigDecimal.ZERO;
      } else if (value.precision() > MAX_INTEGER_DIGITS) {
        throw tooBig(value);
      }
    } else {
      if (!Bounds.hasAtMostDecimals(value, MAX_SCALE)) {
        throw new IllegalArgumentException(
            "quantity " + Bounds.show(value) + " has more than " + MAX_SCALE + " decimals");
      }
      if (Decimals.integerDigits(value) > MAX_INTEGER_DIGITS) {
        throw tooBig(value);
      }
      value = Decimals.canonical(value, MAX_SCALE);
    }
  }

  /**
   * A quantity of {@code value} in {@code unit}.
   *
   * @param value the exact amount
   * @param unit the unit of measure
   * @return the quantity
   * @throws IllegalArgumentException as the constructor does
   */
  public static Quantity of(BigDecimal value, String unit) {
    if (value != null && value.scale() == 0 && EACH.equals(unit) && value.signum() >= 0 && value.compareTo(SIXTEEN) <= 0) {
      return SMALL[value.intValue()]; // a shared whole quantity: the same value as a new one
    }
    return new Quantity(value, unit);
  }

  private static final BigDecimal SIXTEEN = BigDecimal.valueOf(16);

  /**
   * A quantity of {@link #EACH} read from text, exponent notation included.
   *
   * @param value the text, e.g. {@code "2.5"} or {@code "1e3"}
   * @return the quantity
   * @throws IllegalArgumentException when the text is missing, longer than
   *     {@value Bounds#MAX_NUMBER_TEXT_LENGTH} characters or not a decimal number (e.g.
   *     {@code quantity "1.0x5" is not a decimal number}), or the value is refused as by the
   *     constructor
   */
  public static Quantity of(String value) {
    return new Quantity(Decimals.parse(value, "quantity"), EACH);
  }

  /**
   * A whole quantity of {@link #EACH}.
   *
   * @param value the number of pieces
   * @return the quantity
   */
  public static Quantity of(long value) {
    if (value >= 0 && value < SMALL.length) {
      return SMALL[(int) value];
    }
    return new Quantity(BigDecimal.valueOf(value), EACH);
  }

  /** The whole quantities 0 to 16 of {@link #EACH}, shared (immutable values). */
  private static final Quantity[] SMALL = new Quantity[17];

  static {
    for (int i = 0; i < SMALL.length; i++) {
      SMALL[i] = new Quantity(BigDecimal.valueOf(i), EACH);
    }
  }

  /**
   * Nothing, in {@code unit}.
   *
   * @param unit the unit of measure
   * @return a zero quantity
   * @throws IllegalArgumentException when the unit is missing or breaks the id rule
   */
  public static Quantity zero(String unit) {
    if (EACH.equals(unit)) {
      return SMALL[0];
    }
    Quantity last = lastZero;
    if (last != null && last.unit.equals(unit)) {
      return last;
    }
    Quantity zero = new Quantity(BigDecimal.ZERO, unit);
    lastZero = zero;
    return zero;
  }

  /** The zero of another unit than {@link #EACH} made last, shared (a racy cache of an immutable value). */
  private static volatile Quantity lastZero;

  /**
   * The exact sum.
   *
   * @param other a quantity of the same unit
   * @return this + other
   * @throws IllegalArgumentException when the units differ
   * @throws NullPointerException when {@code other} is null
   */
  public Quantity plus(Quantity other) {
    if (same(other).value.signum() == 0) {
      return this; // the same value: no new instance
    }
    if (value.signum() == 0) {
      return other; // nothing plus other is other, in the same unit
    }
    return shared(value.add(other.value), unit);
  }

  /**
   * The exact difference, negative when {@code other} is larger.
   *
   * @param other a quantity of the same unit
   * @return this − other
   * @throws IllegalArgumentException when the units differ
   * @throws NullPointerException when {@code other} is null
   */
  public Quantity minus(Quantity other) {
    if (same(other).value.signum() == 0) {
      return this;
    }
    return shared(value.subtract(other.value), unit);
  }

  /**
   * A result of arithmetic in {@code unit}: a shared instance where there is one (a zero, a small
   * whole quantity of {@link #EACH}), else a new one. Quantities an aggregate keeps (what is left
   * to ship once all is shipped, say) then cost no object of their own.
   */
  private static Quantity shared(BigDecimal value, String unit) {
    if (value.signum() == 0) {
      return zero(unit);
    }
    return of(value, unit);
  }

  /**
   * The same amount with the opposite sign.
   *
   * @return −this
   */
  public Quantity negate() {
    return new Quantity(value.negate(), unit);
  }

  /**
   * The smaller of two quantities; this one when they are equal.
   *
   * @param other a quantity of the same unit
   * @return the smaller
   * @throws IllegalArgumentException when the units differ
   */
  public Quantity min(Quantity other) {
    return compareTo(other) <= 0 ? this : other;
  }

  /**
   * The larger of two quantities; this one when they are equal.
   *
   * @param other a quantity of the same unit
   * @return the larger
   * @throws IllegalArgumentException when the units differ
   */
  public Quantity max(Quantity other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /**
   * Whether this is nothing.
   *
   * @return true for zero
   */
  public boolean isZero() {
    return value.signum() == 0;
  }

  /**
   * Whether this is more than nothing.
   *
   * @return true when the value is above zero
   */
  public boolean isPositive() {
    return value.signum() > 0;
  }

  /**
   * Whether this is below zero (a movement out, a shortfall).
   *
   * @return true when the value is below zero
   */
  public boolean isNegative() {
    return value.signum() < 0;
  }

  /**
   * Whether this is strictly less than {@code other}.
   *
   * @param other a quantity of the same unit
   * @return true when this &lt; other
   * @throws IllegalArgumentException when the units differ
   */
  public boolean isLessThan(Quantity other) {
    return compareTo(other) < 0;
  }

  /**
   * Whether this is strictly more than {@code other}.
   *
   * @param other a quantity of the same unit
   * @return true when this &gt; other
   * @throws IllegalArgumentException when the units differ
   */
  public boolean isGreaterThan(Quantity other) {
    return compareTo(other) > 0;
  }

  /**
   * Orders quantities of one unit by value.
   *
   * @param other a quantity of the same unit
   * @return negative, zero or positive as this is less than, equal to or more than {@code other}
   * @throws IllegalArgumentException when the units differ
   */
  @Override
  public int compareTo(Quantity other) {
    return value.compareTo(same(other).value);
  }

  /**
   * The value as plain text without trailing zeros, e.g. {@code "70"}, {@code "2.5"}: at most
   * 36 characters, by the invariants.
   *
   * @return the value's text
   */
  public String toPlainString() {
    return value.toPlainString();
  }

  /**
   * The value and the unit, e.g. {@code "2.5 kg"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return value.toPlainString() + " " + unit;
  }

  private static IllegalArgumentException tooBig(BigDecimal value) {
    return new IllegalArgumentException(
        "quantity " + Bounds.show(value) + " is too big: at most " + MAX_INTEGER_DIGITS + " digits before the point");
  }

  private Quantity same(Quantity other) {
    if (other == null) {
      throw new NullPointerException("other");
    }
    if (!unit.equals(other.unit)) {
      throw new IllegalArgumentException("unit mismatch: " + unit + " and " + other.unit);
    }
    return other;
  }

  /**
   * Equal when value and unit are (the value is kept canonical, so numerically equal quantities
   * of one unit are equal); written out for the in-memory store's hot paths.
   *
   * @param other another object
   * @return whether it is the same quantity of the same unit
   */
  @Override
  public boolean equals(Object other) {
    return this == other || (other instanceof Quantity that && value.equals(that.value) && unit.equals(that.unit));
  }

  /**
   * The hash the record would generate.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return 31 * value.hashCode() + unit.hashCode();
  }
}
