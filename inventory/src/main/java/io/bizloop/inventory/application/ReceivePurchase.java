package io.bizloop.inventory.application;

import io.bizloop.core.EventId;
import io.bizloop.core.Money;
import io.bizloop.core.Outcome;
import io.bizloop.core.PurchaseOrderId;
import io.bizloop.core.Quantity;
import io.bizloop.core.Sku;
import io.bizloop.core.SupplierId;
import io.bizloop.core.WarehouseId;
import io.bizloop.core.event.GoodsReceived;
import io.bizloop.inventory.domain.Product;
import io.bizloop.inventory.domain.PurchaseOrder;
import io.bizloop.inventory.domain.StockItem;
import io.bizloop.inventory.domain.StockKey;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Receives goods from a supplier, against a purchase order or without one. Each line is valued
 * round(q × unitCost) with VAT round(value × rate); stock items grow (moving average: on hand and
 * value; FIFO: a new newest layer), then open backorders of each sku in the warehouse are filled.
 * Publishes {@link GoodsReceived}; answers the receipt id ("RCPT-n").
 *
 * <p>Rejections: INVALID_INPUT (quantity not positive or more than 4 decimals, a sku twice; without
 * an order: no lines, unit cost missing or not positive), UNKNOWN_REFERENCE (order, supplier,
 * warehouse, sku, a sku not on the order), INVALID_STATE (order fully received, more than is open).
 */
public final class ReceivePurchase {

  /**
   * @param sku the product
   * @param quantity how much arrived
   * @param unitCost VAT-exclusive cost per unit; {@code null} when received against an order
   */
  public record ReceiptLine(@NotNull Sku sku, @NotNull @Positive BigDecimal quantity, @Positive BigDecimal unitCost) {}

  /**
   * @param order the purchase order received against, or {@code null}
   * @param supplier who delivered, when there is no order
   * @param warehouse where the goods went, when there is no order
   * @param lines what arrived; may be empty against an order (everything still open)
   * @param date business date
   */
  public record Command(
      PurchaseOrderId order,
      SupplierId supplier,
      WarehouseId warehouse,
      List<@Valid @NotNull ReceiptLine> lines,
      @NotNull LocalDate date) {}

  private record Receipt(Product product, Quantity quantity, BigDecimal unitCost) {}

  private final StockRoom room;

  ReceivePurchase(StockRoom room) {
    this.room = room;
  }

  public Outcome<String> handle(Command command) {
    return room.run(command, () -> decide(command));
  }

  private Outcome<String> decide(Command c) {
    if (c.date() == null) {
      return StockRoom.invalid("a receipt needs a date");
    }
    List<ReceiptLine> given = c.lines() == null ? List.of() : c.lines();
    Set<Sku> seen = new HashSet<>();
    for (ReceiptLine line : given) {
      if (line == null || line.sku() == null) {
        return StockRoom.invalid("a receipt line needs a sku");
      }
      String problem = StockRoom.positiveQuantityProblem(line.quantity(), "received quantity of " + line.sku());
      if (problem != null) {
        return StockRoom.invalid(problem);
      }
      if (!seen.add(line.sku())) {
        return StockRoom.invalid("the receipt has " + line.sku() + " twice");
      }
      if (c.order() == null && (line.unitCost() == null || line.unitCost().signum() <= 0)) {
        return StockRoom.invalid("unit cost of " + line.sku() + " must be positive");
      }
    }
    return c.order() == null ? withoutOrder(c, given) : againstOrder(c, given);
  }

  private Outcome<String> againstOrder(Command c, List<ReceiptLine> given) {
    Optional<PurchaseOrder> found = room.purchaseOrders.find(c.order());
    if (found.isEmpty()) {
      return StockRoom.unknown("unknown purchase order " + c.order());
    }
    PurchaseOrder order = found.get();
    List<Receipt> receipts = new ArrayList<>();
    for (ReceiptLine line : given) {
      if (order.line(line.sku()).isEmpty()) {
        return StockRoom.unknown(line.sku() + " is not on purchase order " + c.order());
      }
    }
    if (order.fullyReceived()) {
      return StockRoom.invalidState("purchase order " + c.order() + " is fully received");
    }
    if (given.isEmpty()) {
      for (PurchaseOrder.Line line : order.lines()) {
        if (line.open().isPositive()) {
          receipts.add(new Receipt(product(line.sku()), line.open(), line.unitCost()));
        }
      }
    } else {
      for (ReceiptLine line : given) {
        PurchaseOrder.Line ordered = order.line(line.sku()).orElseThrow();
        Quantity q = Quantity.of(line.quantity(), ordered.ordered().unit());
        if (q.isGreaterThan(ordered.open())) {
          return StockRoom.invalidState(
              "receiving " + q.toPlainString() + " of " + line.sku() + " on " + c.order() + ", only "
                  + ordered.open().toPlainString() + " open");
        }
        receipts.add(new Receipt(product(line.sku()), q, ordered.unitCost()));
      }
    }
    for (Receipt receipt : receipts) {
      order.receive(receipt.product().sku(), receipt.quantity());
    }
    room.purchaseOrders.save(order);
    return book(order.id(), order.supplier(), order.warehouse(), receipts, c.date());
  }

  private Outcome<String> withoutOrder(Command c, List<ReceiptLine> given) {
    if (c.supplier() == null || c.warehouse() == null) {
      return StockRoom.invalid("a receipt without an order needs a supplier and a warehouse");
    }
    if (given.isEmpty()) {
      return StockRoom.invalid("a receipt without an order needs lines");
    }
    if (room.suppliers.find(c.supplier()).isEmpty()) {
      return StockRoom.unknown("unknown supplier " + c.supplier());
    }
    if (room.warehouses.find(c.warehouse()).isEmpty()) {
      return StockRoom.unknown("unknown warehouse " + c.warehouse());
    }
    List<Receipt> receipts = new ArrayList<>();
    for (ReceiptLine line : given) {
      Optional<Product> product = room.products.find(line.sku());
      if (product.isEmpty()) {
        return StockRoom.unknown("unknown sku " + line.sku());
      }
      receipts.add(new Receipt(product.get(), product.get().quantity(line.quantity()), line.unitCost()));
    }
    return book(null, c.supplier(), c.warehouse(), receipts, c.date());
  }

  private Product product(Sku sku) {
    return room.products.find(sku).orElseThrow(() -> new IllegalStateException("unknown sku " + sku));
  }

  private Outcome<String> book(
      PurchaseOrderId order, SupplierId supplier, WarehouseId warehouse, List<Receipt> receipts, LocalDate date) {
    String receiptId = "RCPT-" + room.sequences.next("receipt");
    List<GoodsReceived.Line> lines = new ArrayList<>();
    List<StockKey> arrived = new ArrayList<>();
    for (Receipt receipt : receipts) {
      Product product = receipt.product();
      Money value = Money.rounded(receipt.quantity().value().multiply(receipt.unitCost()), room.settings.currency());
      Money vat = product.vatRate().vatOn(value);
      StockItem item = room.itemOrNew(product, warehouse);
      item.receive(receipt.quantity(), value, receipt.unitCost());
      room.stockItems.save(item);
      lines.add(new GoodsReceived.Line(product.sku(), receipt.quantity(), value, vat));
      arrived.add(item.key());
    }
    room.fillBackorders(arrived);
    return Outcome.accepted(
        receiptId,
        List.of(new GoodsReceived(EventId.of(receiptId), date, receiptId, supplier, warehouse, order, lines)));
  }
}
