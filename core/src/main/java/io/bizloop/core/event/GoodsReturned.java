package io.bizloop.core.event;

import io.bizloop.core.CustomerId;
import io.bizloop.core.ReturnId;
import io.bizloop.core.EventId;
import io.bizloop.core.Money;
import io.bizloop.core.Quantity;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.Sku;
import io.bizloop.core.WarehouseId;
import java.time.LocalDate;
import java.util.List;

/**
 * A customer sent shipped goods back; they re-entered a warehouse at their shipped cost.
 * Accounting posts Dr Inventory / Cr COGS; the order records the return and issues a credit note.
 *
 * @param eventId idempotency key
 * @param date business date
 * @param returnId the return's document id
 * @param order the order the goods were shipped for
 * @param customer who returned them
 * @param lines what came back, per sku, with the cost it re-entered at
 */
public record GoodsReturned(
    EventId eventId, LocalDate date, ReturnId returnId, SalesOrderId order, CustomerId customer, List<Line> lines)
    implements BusinessEvent {

  /**
   * One returned sku.
   *
   * @param sku the product
   * @param warehouse where it re-entered
   * @param quantity how much, positive
   * @param cost the shipped cost it re-entered at
   */
  public record Line(Sku sku, WarehouseId warehouse, Quantity quantity, Money cost) {
    /**
     * Checks the line.
     *
     * @param sku the product
     * @param warehouse where it re-entered
     * @param quantity how much, positive
     * @param cost the shipped cost it re-entered at
     * @throws NullPointerException when a part is missing
     */
    public Line {
      Events.require(sku, warehouse, quantity, cost);
    }
  }

  /**
   * Checks that every required part of the event is given, and keeps an unmodifiable copy of
   * the lines.
   *
   * @param eventId idempotency key
   * @param date business date
   * @param returnId the return's document id
   * @param order the order the goods were shipped for
   * @param customer who returned them
   * @param lines what came back, per sku, with the cost it re-entered at
   * @throws NullPointerException when a required part is missing
   * @throws IllegalArgumentException when there are no lines
   */
  public GoodsReturned {
    Events.require(eventId, date, returnId, order, customer);
    lines = Events.lines(lines);
  }

  /**
   * The total cost the returned goods re-entered at.
   *
   * @return Σ line costs
   * @throws ArithmeticException when the sum overflows
   */
  public Money cost() {
    return Money.sum(lines.stream().map(Line::cost).toList(), lines.get(0).cost().currency());
  }

  /**
   * The return's number, e.g. {@code SO-1/R1}.
   *
   * @return {@code returnId().number()}
   */
  @Override
  public String source() {
    return returnId.number();
  }
}
