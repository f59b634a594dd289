package io.bizloop.kafka;

import io.bizloop.accounting.application.ReceivePayment;
import io.bizloop.core.CustomerId;
import io.bizloop.core.Outcome;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.Sku;
import io.bizloop.crm.application.ConfirmOrder;
import io.bizloop.crm.application.PlaceSalesOrder;
import io.bizloop.loop.Bizloop;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * An external event read from the inbound topic (schema version 1), and the loop commands it
 * becomes. Parsing refuses anything malformed with an {@link IllegalArgumentException} naming the
 * field; the commands' own checks (amounts, quantities, known customers and skus) answer
 * rejections.
 */
sealed interface InboundMessage {

  /** The sender's id of this event: the idempotency key is {@code "inbound:" + externalId}. */
  String externalId();

  /** The loop's commands for this event, as one all-or-nothing unit. */
  Outcome<?> apply(Bizloop loop);

  /** A payment the payment provider captured: the customer paid {@code amount} on {@code date}. */
  record PaymentCaptured(String externalId, CustomerId customer, BigDecimal amount, LocalDate date) implements InboundMessage {
    @Override
    public Outcome<?> apply(Bizloop loop) {
      return loop.accounting().receivePayment(ReceivePayment.Command.of(customer, amount, date));
    }
  }

  /** An order the shop took: placed and confirmed, which reserves its stock (or backorders it). */
  record OrderPlaced(String externalId, SalesOrderId order, CustomerId customer, LocalDate date, List<Line> lines)
      implements InboundMessage {
    @Override
    public Outcome<?> apply(Bizloop loop) {
      return loop.atomically(() -> {
        PlaceSalesOrder.Command place = PlaceSalesOrder.Command.of(order, customer, date);
        for (Line line : lines) {
          place = place.line(line.sku(), line.quantity(), line.unitPrice());
        }
        return loop.crm().placeSalesOrder(place).then(id -> loop.crm().confirmOrder(new ConfirmOrder.Command(id, date)));
      });
    }
  }

  /** One line of an order: {@code quantity} of {@code sku} at {@code unitPrice}. */
  record Line(Sku sku, BigDecimal quantity, BigDecimal unitPrice) {}

  /** The message {@code json} holds; {@link IllegalArgumentException} naming what is wrong otherwise. */
  static InboundMessage parse(String json) {
    if (!(Json.read(json) instanceof Map<?, ?> object)) {
      throw new IllegalArgumentException("the message is not a JSON object");
    }
    Object version = object.get("version");
    if (version != null && !(version instanceof BigDecimal v && v.compareTo(BigDecimal.ONE) == 0)) {
      throw new IllegalArgumentException("unsupported version " + version + " (this adapter reads version 1)");
    }
    String type = text(object, "type");
    String externalId = text(object, "externalId");
    if (externalId.length() > 200) {
      throw new IllegalArgumentException("externalId is longer than 200 characters");
    }
    return switch (type) {
      case "payment-captured" -> new PaymentCaptured(
          externalId, CustomerId.of(text(object, "customer")), decimal(object, "amount"), date(object, "date"));
      case "order-placed" -> new OrderPlaced(
          externalId, SalesOrderId.of(text(object, "order")), CustomerId.of(text(object, "customer")),
          date(object, "date"), lines(object));
      default -> throw new IllegalArgumentException("unknown type \"" + type + "\" (payment-captured or order-placed)");
    };
  }

  private static List<Line> lines(Map<?, ?> object) {
    if (!(object.get("lines") instanceof List<?> lines) || lines.isEmpty()) {
      throw new IllegalArgumentException("lines is missing or empty");
    }
    if (lines.size() > 1000) {
      throw new IllegalArgumentException("more than 1000 lines");
    }
    return lines.stream().map(item -> {
      if (!(item instanceof Map<?, ?> line)) {
        throw new IllegalArgumentException("a line is not an object");
      }
      return new Line(Sku.of(text(line, "sku")), decimal(line, "quantity"), decimal(line, "unitPrice"));
    }).toList();
  }

  private static String text(Map<?, ?> object, String field) {
    if (!(object.get(field) instanceof String value) || value.isBlank()) {
      throw new IllegalArgumentException(field + " is missing or not a non-blank string");
    }
    return value;
  }

  private static BigDecimal decimal(Map<?, ?> object, String field) {
    Object value = object.get(field);
    if (value instanceof BigDecimal number) {
      return number;
    }
    if (value instanceof String s) {
      try {
        return new BigDecimal(s);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(field + " is not a decimal: " + s);
      }
    }
    throw new IllegalArgumentException(field + " is missing or not a decimal");
  }

  private static LocalDate date(Map<?, ?> object, String field) {
    String value = text(object, field);
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(field + " is not an ISO date (yyyy-mm-dd): " + value);
    }
  }
}
