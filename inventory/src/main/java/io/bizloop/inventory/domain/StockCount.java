package io.bizloop.inventory.domain;

import io.bizloop.core.EventId;
import io.bizloop.core.Money;
import io.bizloop.core.Outcome;
import io.bizloop.core.Quantity;
import io.bizloop.core.StockCountId;
import io.bizloop.core.event.StockAdjusted;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The rule of a stock count, which spans a stock item and the orders reserving in it: a count is a
 * fact, never refused for its quantity. When it falls below what is reserved, the reservations
 * beyond it turn back into backorders, orders newest confirmation first, then stand-alone holds
 * newest first; then the item takes the count (see {@link StockItem#count}).
 *
 * @param id the count's document id
 * @param difference counted − on hand before, non-zero
 * @param value the signed value of the difference
 * @param backordered the allocations that turned reservations back into backorders, to be saved
 */
public record StockCount(StockCountId id, Quantity difference, Money value, List<OrderAllocation> backordered) {

  /** The event id kind of a count's {@link StockAdjusted}. */
  public static final String EVENT = "count";

  /**
   * Checks that every part is given.
   *
   * @param id the count's document id
   * @param difference counted − on hand before, non-zero
   * @param value the signed value of the difference
   * @param backordered the allocations that turned reservations back into backorders, to be saved
   * @throws NullPointerException when a part is missing
   */
  public StockCount {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(difference, "difference");
    Objects.requireNonNull(value, "value");
    backordered = List.copyOf(backordered);
  }

  /**
   * Applies a count that changes what is on hand, and decides its {@link StockAdjusted} (event id
   * {@code count:<id>}).
   *
   * @param id the count's document id
   * @param item the stock item counted
   * @param counted what was found, ≥ 0, different from on hand, in the item's unit
   * @param holdersNewestFirst the allocations reserving in the item, newest confirmation first
   * @param date the business date
   * @return the count with its event; INVALID_STATE when the reservations cannot be turned back
   *     (a stock item out of step with its orders)
   */
  public static Outcome<StockCount> apply(
      StockCountId id, StockItem item, Quantity counted, List<OrderAllocation> holdersNewestFirst, LocalDate date) {
    Quantity difference = counted.minus(item.onHand());
    List<OrderAllocation> changed = new ArrayList<>();
    Quantity excess = item.reserved().minus(counted);
    for (OrderAllocation allocation : holdersNewestFirst) {
      if (!excess.isPositive()) {
        break;
      }
      Quantity taken = allocation.backorderAt(item, excess);
      if (taken.isPositive()) {
        changed.add(allocation);
        excess = excess.minus(taken);
      }
    }
    if (excess.isPositive()) {
      item.releaseHoldsNewestFirst(excess);
    }
    Outcome<Money> value = item.count(counted);
    if (value.isRejected()) {
      return value.rejectedAs();
    }
    StockCount count = new StockCount(id, difference, value.value(), changed);
    return Outcome.accepted(
        count,
        List.of(
            new StockAdjusted(
                EventId.of(EVENT, id), date, id, item.sku(), item.warehouse(), difference, value.value())));
  }
}
