package io.bizloop.inventory.application;

import io.bizloop.core.Bounds;
import io.bizloop.core.Ids;
import io.bizloop.core.Quantity;
import io.bizloop.core.Rejection;
import io.bizloop.core.RejectionCode;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The shape checks of inventory's commands (scenario-format.md, "Identifiers and bounds"): each
 * answers a short problem text, or {@code null} when there is none; {@link #first} turns the first
 * problem into an INVALID_INPUT rejection. Messages quote at most a few dozen characters.
 */
final class Checks {

  /** The largest quantity a command may carry. */
  static final BigDecimal MAX_QUANTITY = new BigDecimal("1000000000");

  /** The largest unit cost a command may carry. */
  static final BigDecimal MAX_UNIT_COST = new BigDecimal("1000000000");

  /** The most decimals of a unit cost. */
  static final int MAX_UNIT_COST_SCALE = 6;

  /** The largest line amount (quantity × unit cost as typed), in the currency's major unit. */
  static final BigDecimal MAX_LINE_AMOUNT = new BigDecimal("1000000000000");

  /** The longest name, in code points. */
  static final int MAX_NAME_LENGTH = 200;

  /** How many characters of a bad number a message quotes at most. */
  private static final int QUOTE = 24;

  private Checks() {}

  /** The first problem of {@code problems}, evaluated in order, as INVALID_INPUT. */
  @SafeVarargs
  static Optional<Rejection> first(Supplier<String>... problems) {
    for (Supplier<String> problem : problems) {
      String found = problem.get();
      if (found != null) {
        return Optional.of(Rejection.of(RejectionCode.INVALID_INPUT, found));
      }
    }
    return Optional.empty();
  }

  /** As {@link #first(String...)} for two checks (no array per call). */
  static Optional<Rejection> first(String a, String b) {
    return problem(a != null ? a : b);
  }

  /** As {@link #first(String...)} for three checks (no array per call). */
  static Optional<Rejection> first(String a, String b, String c) {
    return problem(a != null ? a : b != null ? b : c);
  }

  /** As {@link #first(String...)} for four checks (no array per call). */
  static Optional<Rejection> first(String a, String b, String c, String d) {
    return problem(a != null ? a : b != null ? b : c != null ? c : d);
  }

  /** As {@link #first(String...)} for five checks (no array per call). */
  static Optional<Rejection> first(String a, String b, String c, String d, String e) {
    return problem(a != null ? a : b != null ? b : c != null ? c : d != null ? d : e);
  }

  private static Optional<Rejection> problem(String found) {
    return found == null ? Optional.empty() : Optional.of(Rejection.of(RejectionCode.INVALID_INPUT, found));
  }

  /**
   * The first of {@code problems}, already evaluated (cheap checks of present parts: no lambda per
   * command), as INVALID_INPUT.
   */
  static Optional<Rejection> first(String... problems) {
    for (String found : problems) {
      if (found != null) {
        return problem(found);
      }
    }
    return Optional.empty();
  }

  /** INVALID_INPUT for a missing command. */
  static Optional<Rejection> missingCommand() {
    return Optional.of(Rejection.of(RejectionCode.INVALID_INPUT, "command is missing"));
  }

  static String present(Object value, String what) {
    return value == null ? what + " is missing" : null;
  }

  static String name(String value, String what) {
    if (value == null) {
      return what + " is missing";
    }
    if (value.isBlank()) {
      return what + " is blank";
    }
    if (value.length() > 2 * MAX_NAME_LENGTH || value.codePointCount(0, value.length()) > MAX_NAME_LENGTH) {
      return what + " is longer than " + MAX_NAME_LENGTH + " characters";
    }
    return null;
  }

  static String unit(String value) {
    return Ids.problem(value, "unit", Quantity.MAX_UNIT_LENGTH);
  }

  static String positiveQuantity(BigDecimal value, String what) {
    if (value == null) {
      return what + " is missing";
    }
    if (value.signum() <= 0) {
      return what + " must be positive, was " + shortly(value);
    }
    return quantityBounds(value, what);
  }

  static String nonNegativeQuantity(BigDecimal value, String what) {
    if (value == null) {
      return what + " is missing";
    }
    if (value.signum() < 0) {
      return what + " must not be negative, was " + shortly(value);
    }
    return quantityBounds(value, what);
  }

  static String unitCost(BigDecimal value, String what) {
    if (value == null) {
      return what + " is missing";
    }
    if (value.signum() <= 0) {
      return what + " must be positive, was " + shortly(value);
    }
    if (value.compareTo(MAX_UNIT_COST) > 0) {
      return what + " " + shortly(value) + " is more than " + MAX_UNIT_COST.toPlainString();
    }
    if (!Bounds.hasAtMostDecimals(value, MAX_UNIT_COST_SCALE)) {
      return what + " " + shortly(value) + " has more than " + MAX_UNIT_COST_SCALE + " decimals";
    }
    return null;
  }

  /** For a quantity and a unit cost that passed their own checks. */
  static String lineAmount(BigDecimal quantity, BigDecimal unitCost, String what) {
    if (quantity.multiply(unitCost).compareTo(MAX_LINE_AMOUNT) > 0) {
      return what + " is worth more than " + MAX_LINE_AMOUNT.toPlainString();
    }
    return null;
  }

  /** The problem of the first element of {@code items} that has one. */
  static <T> String each(List<T> items, Function<T, String> problem) {
    for (T item : items) {
      String found = problem.apply(item);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** A problem when two elements of {@code items} have the same key. */
  static <T, K> String distinct(List<T> items, Function<T, K> key, String document) {
    Set<K> seen = new HashSet<>();
    for (T item : items) {
      if (item != null && !seen.add(key.apply(item))) {
        return document + " has " + key.apply(item) + " twice";
      }
    }
    return null;
  }

  private static String quantityBounds(BigDecimal value, String what) {
    if (value.compareTo(MAX_QUANTITY) > 0) {
      return what + " " + shortly(value) + " is more than " + MAX_QUANTITY.toPlainString();
    }
    if (!Bounds.hasAtMostDecimals(value, Quantity.MAX_SCALE)) {
      return what + " " + shortly(value) + " has more than " + Quantity.MAX_SCALE + " decimals";
    }
    return null;
  }

  /** A number for a message: plain when short, else in exponent notation, quoted at most a few dozen characters. */
  private static String shortly(BigDecimal value) {
    String text = value.abs().compareTo(MAX_LINE_AMOUNT) <= 0 && value.scale() <= 12 ? value.toPlainString() : value.toString();
    return text.length() <= QUOTE ? text : text.substring(0, QUOTE) + "…";
  }
}
