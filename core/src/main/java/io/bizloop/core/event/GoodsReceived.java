package io.bizloop.core.event;

import io.bizloop.core.EventId;
import io.bizloop.core.Money;
import io.bizloop.core.PurchaseOrderId;
import io.bizloop.core.Quantity;
import io.bizloop.core.Sku;
import io.bizloop.core.SupplierId;
import io.bizloop.core.WarehouseId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Goods from a supplier entered a warehouse. Accounting posts Dr Inventory (net) and Dr input
 * VAT / Cr Payable (gross) and opens a payable item.
 *
 * @param eventId idempotency key
 * @param date business date
 * @param receipt the receipt's document id
 * @param supplier who delivered
 * @param warehouse where the goods entered
 * @param purchaseOrder the purchase order received against, or {@code null}
 * @param lines per sku: quantity, value {@code round(q × unitCost)} and its VAT
 */
public record GoodsReceived(
    EventId eventId,
    LocalDate date,
    String receipt,
    SupplierId supplier,
    WarehouseId warehouse,
    PurchaseOrderId purchaseOrder,
    List<Line> lines)
    implements BusinessEvent {

  /**
   * One received sku.
   *
   * @param sku the product
   * @param quantity how much, positive
   * @param value the stock value added, VAT-exclusive
   * @param vat the input VAT on it
   */
  public record Line(Sku sku, Quantity quantity, Money value, Money vat) {
    public Line {
      Events.require(sku, quantity, value, vat);
    }
  }

  public GoodsReceived {
    Events.require(eventId, date, receipt, supplier, warehouse);
    lines = Events.lines(lines);
  }

  public Optional<PurchaseOrderId> order() {
    return Optional.ofNullable(purchaseOrder);
  }

  /** Σ line values. */
  public Money net() {
    return Money.sum(lines.stream().map(Line::value).toList(), lines.get(0).value().currency());
  }

  /** Σ line VAT. */
  public Money vat() {
    return Money.sum(lines.stream().map(Line::vat).toList(), lines.get(0).vat().currency());
  }

  @Override
  public String source() {
    return receipt;
  }
}
