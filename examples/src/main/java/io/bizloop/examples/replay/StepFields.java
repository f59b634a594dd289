package io.bizloop.examples.replay;

import com.fasterxml.jackson.databind.JsonNode;
import io.bizloop.core.Quantity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Typed reading of one scenario step's fields. Anything missing or of the wrong shape throws
 * {@link InvalidStep} with {@code INVALID_INPUT}, naming the field.
 */
public final class StepFields {

  private final JsonNode node;
  private final String where;
  private final Interned interned;

  StepFields(JsonNode node, String where) {
    this(node, where, new Interned());
  }

  StepFields(JsonNode node, String where, Interned interned) {
    this.node = node;
    this.where = where;
    this.interned = interned;
  }

  /**
   * One instance per distinct id of the kinds every step repeats (skus, warehouses, customers,
   * suppliers), kept for a whole replay: the books then hold one instance of each instead of one
   * per step (a generated year has a hundred thousand order lines and a few hundred skus).
   */
  static final class Interned {
    private final java.util.Map<Object, Object> values = new java.util.HashMap<>();

    @SuppressWarnings("unchecked")
    <T> T of(T value) {
      if (value instanceof io.bizloop.core.Sku
          || value instanceof io.bizloop.core.WarehouseId
          || value instanceof io.bizloop.core.CustomerId
          || value instanceof io.bizloop.core.SupplierId) {
        Object known = values.putIfAbsent(value, value);
        return known == null ? value : (T) known;
      }
      return value;
    }
  }

  boolean has(String field) {
    JsonNode value = node.get(field);
    return value != null && !value.isNull();
  }

  /** A required non-blank text field (a number is read as its text). */
  String text(String field) {
    String value = optionalText(field);
    if (value == null) {
      throw InvalidStep.input(where + field + " is missing");
    }
    return value;
  }

  /** An optional text field: null when absent; blank or non-scalar is invalid. */
  String optionalText(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual() && !value.isNumber()) {
      throw InvalidStep.input(where + field + " must be text");
    }
    String text = value.asText();
    if (text.isBlank()) {
      throw InvalidStep.input(where + field + " is blank");
    }
    return text;
  }

  /** An optional text field where blank is allowed (free text such as a note). */
  String freeText(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual() && !value.isNumber()) {
      throw InvalidStep.input(where + field + " must be text");
    }
    return value.asText();
  }

  /** Builds a typed id, reporting a malformed one as invalid input. */
  <T> T id(String field, Function<String, T> factory) {
    return parse(field, text(field), factory);
  }

  <T> T optionalId(String field, Function<String, T> factory) {
    String text = optionalText(field);
    return text == null ? null : parse(field, text, factory);
  }

  /** A required exact decimal, from a JSON number or a string. */
  BigDecimal decimal(String field) {
    BigDecimal value = optionalDecimal(field);
    if (value == null) {
      throw InvalidStep.input(where + field + " is missing");
    }
    return value;
  }

  BigDecimal optionalDecimal(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isNumber()) {
      return value.decimalValue();
    }
    if (value.isTextual()) {
      try {
        return new BigDecimal(value.asText().trim());
      } catch (NumberFormatException e) {
        throw InvalidStep.input(where + field + " '" + value.asText() + "' is not a number");
      }
    }
    throw InvalidStep.input(where + field + " must be a number");
  }

  /** A required quantity: exact, at most four decimals (its sign is the domain's business). */
  BigDecimal quantity(String field) {
    BigDecimal value = decimal(field);
    if (!io.bizloop.core.Bounds.hasAtMostDecimals(value, Quantity.MAX_SCALE)) {
      throw InvalidStep.input(where + field + " " + io.bizloop.core.Bounds.show(value) + " has more than 4 decimals");
    }
    return value;
  }

  BigDecimal optionalQuantity(String field) {
    return has(field) ? quantity(field) : null;
  }

  /** A required amount of money typed by the user: positive, no more decimals than the currency. */
  BigDecimal amount(String field, int currencyDigits) {
    BigDecimal value = decimal(field);
    requireMoneyScale(field, value, currencyDigits);
    return value;
  }

  void requireMoneyScale(String field, BigDecimal value, int currencyDigits) {
    if (!io.bizloop.core.Bounds.hasAtMostDecimals(value, currencyDigits)) {
      throw InvalidStep.input(
          where + field + " " + io.bizloop.core.Bounds.show(value) + " has more than " + currencyDigits + " decimals");
    }
  }

  /** A required whole number of days from 0 to 3650, from a JSON number or a string. */
  int days(String field) {
    Integer days = optionalDays(field);
    if (days == null) {
      throw InvalidStep.input(where + field + " is missing");
    }
    return days;
  }

  /** An optional whole number of days from 0 to 3650 (a JSON number or a string); null when absent. */
  Integer optionalDays(String field) {
    BigDecimal value = optionalDecimal(field);
    if (value == null) {
      return null;
    }
    if (!io.bizloop.core.Bounds.hasAtMostDecimals(value, 0)
        || value.signum() < 0 || value.compareTo(BigDecimal.valueOf(io.bizloop.core.Bounds.MAX_PAYMENT_TERMS_DAYS)) > 0) {
      throw InvalidStep.input(
          where + field + " " + io.bizloop.core.Bounds.show(value) + " is not a whole number of days from 0 to "
              + io.bizloop.core.Bounds.MAX_PAYMENT_TERMS_DAYS);
    }
    return value.intValueExact();
  }

  Boolean optionalBoolean(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isBoolean()) {
      throw InvalidStep.input(where + field + " must be true or false");
    }
    return value.booleanValue();
  }

  LocalDate optionalDate(String field) {
    String text = optionalText(field);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw InvalidStep.input(where + field + " '" + text + "' is not a date YYYY-MM-DD");
    }
  }

  /** A required non-empty list of objects. */
  List<StepFields> objects(String field) {
    List<StepFields> list = optionalObjects(field);
    if (list == null || list.isEmpty()) {
      throw InvalidStep.input(where + field + " must list at least one line");
    }
    return list;
  }

  /** An optional list of objects: null when absent. */
  List<StepFields> optionalObjects(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isArray()) {
      throw InvalidStep.input(where + field + " must be a list");
    }
    List<StepFields> list = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      JsonNode element = value.get(i);
      if (!element.isObject()) {
        throw InvalidStep.input(where + field + "[" + i + "] must be an object");
      }
      list.add(new StepFields(element, where + field + "[" + i + "].", interned));
    }
    return list;
  }

  /** A required object field. */
  StepFields object(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw InvalidStep.input(where + field + " is missing");
    }
    if (!value.isObject()) {
      throw InvalidStep.input(where + field + " must be an object");
    }
    return new StepFields(value, where + field + ".", interned);
  }

  /** An optional list of non-blank texts, empty when absent. */
  List<String> texts(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      throw InvalidStep.input(where + field + " must be a list of text");
    }
    List<String> list = new ArrayList<>();
    for (JsonNode element : value) {
      if (!element.isTextual() || element.asText().isBlank()) {
        throw InvalidStep.input(where + field + " must be a list of non-blank text");
      }
      list.add(element.asText());
    }
    return list;
  }

  /** Refuses the same sku twice among {@code lines}. */
  static void requireDistinctSkus(List<StepFields> lines) {
    Set<String> seen = new HashSet<>();
    for (StepFields line : lines) {
      String sku = line.text("sku");
      if (!seen.add(sku)) {
        throw InvalidStep.input("sku " + sku + " appears twice on one document");
      }
    }
  }

  private <T> T parse(String field, String text, Function<String, T> factory) {
    try {
      return interned.of(factory.apply(text));
    } catch (IllegalArgumentException e) {
      throw InvalidStep.input(where + field + ": " + e.getMessage());
    }
  }
}
