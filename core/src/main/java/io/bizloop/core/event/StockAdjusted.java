package io.bizloop.core.event;

import io.bizloop.core.StockCountId;
import io.bizloop.core.EventId;
import io.bizloop.core.Money;
import io.bizloop.core.Quantity;
import io.bizloop.core.Sku;
import io.bizloop.core.WarehouseId;
import java.time.LocalDate;

/**
 * A stock count found more or less than the books: a gain (positive) or loss (negative) with
 * its value. Accounting posts Dr Inventory / Cr stock differences for a gain, the reverse for
 * a loss.
 *
 * @param eventId idempotency key
 * @param date business date
 * @param count the count's document id
 * @param sku the product
 * @param warehouse where it was counted
 * @param difference counted minus on hand (non-zero)
 * @param value the value of the difference, same sign
 */
public record StockAdjusted(
    EventId eventId, LocalDate date, StockCountId count, Sku sku, WarehouseId warehouse, Quantity difference, Money value)
    implements BusinessEvent {

  /**
   * Checks that every required part of the event is given.
   *
   * @param eventId idempotency key
   * @param date business date
   * @param count the count's document id
   * @param sku the product
   * @param warehouse where it was counted
   * @param difference counted minus on hand (non-zero)
   * @param value the value of the difference, same sign
   * @throws NullPointerException when a required part is missing
   */
  public StockAdjusted {
    Events.require(eventId, date, count, sku, warehouse, difference, value);
  }

  /**
   * The stock count's number, e.g. {@code COUNT-2}.
   *
   * @return {@code count().number()}
   */
  @Override
  public String source() {
    return count.number();
  }
}
