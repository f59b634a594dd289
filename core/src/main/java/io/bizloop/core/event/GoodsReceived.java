package io.bizloop.core.event;

import io.bizloop.core.ReceiptId;
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
    ReceiptId receipt,
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
    /**
     * Checks the line.
     *
     * @param sku the product
     * @param quantity how much, positive
     * @param value the stock value added, VAT-exclusive
     * @param vat the input VAT on it
     * @throws NullPointerException when a part is missing
     */
    public Line {
      Events.require(sku, quantity, value, vat);
    }
  }

  /**
   * Checks that every required part of the event is given, and keeps an unmodifiable copy of
   * the lines.
   *
   * @param eventId idempotency key
   * @param date business date
   * @param receipt the receipt's document id
   * @param supplier who delivered
   * @param warehouse where the goods entered
   * @param purchaseOrder the purchase order received against, or {@code null}
   * @param lines per sku: quantity, value {@code round(q × unitCost)} and its VAT
   * @throws NullPointerException when a required part is missing
   * @throws IllegalArgumentException when there are no lines
   */
  public GoodsReceived {
    Events.require(eventId, date, receipt, supplier, warehouse);
    lines = Events.lines(lines);
  }

  /**
   * The purchase order received against, if any.
   *
   * @return the order, or empty for a receipt without an order
   */
  public Optional<PurchaseOrderId> order() {
    return Optional.ofNullable(purchaseOrder);
  }

  /**
   * The stock value received: the sum of the line values, VAT-exclusive.
   *
   * @return Σ line values
   * @throws ArithmeticException when the sum overflows
   */
  public Money net() {
    return Money.sum(lines.stream().map(Line::value).toList(), lines.get(0).value().currency());
  }

  /**
   * The input VAT of the receipt.
   *
   * @return Σ line VAT
   * @throws ArithmeticException when the sum overflows
   */
  public Money vat() {
    return Money.sum(lines.stream().map(Line::vat).toList(), lines.get(0).vat().currency());
  }

  /**
   * The receipt's number, e.g. {@code RCPT-7}.
   *
   * @return {@code receipt().number()}
   */
  @Override
  public String source() {
    return receipt.number();
  }
}
