package io.bizloop.inventory.application;

import io.bizloop.core.Outcome;
import io.bizloop.core.PurchaseOrderId;
import io.bizloop.core.RejectionCode;
import io.bizloop.core.Sku;
import io.bizloop.core.SupplierId;
import io.bizloop.core.WarehouseId;
import io.bizloop.inventory.domain.Product;
import io.bizloop.inventory.domain.PurchaseOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
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
 * Places a purchase order; its open quantity counts as incoming stock. Rejections: INVALID_INPUT
 * (no lines, quantity or unit cost not positive, more than 4 decimals, a sku twice), DUPLICATE_ID,
 * UNKNOWN_REFERENCE (supplier, warehouse, sku).
 */
public final class PlacePurchaseOrder {

  /**
   * @param sku the product
   * @param quantity how much, positive, at most 4 decimals
   * @param unitCost VAT-exclusive cost per unit, positive
   */
  public record Line(@NotNull Sku sku, @NotNull @Positive BigDecimal quantity, @NotNull @Positive BigDecimal unitCost) {}

  /**
   * @param id the new order's id
   * @param supplier who delivers
   * @param warehouse where the goods go
   * @param lines what is ordered
   * @param date business date
   */
  public record Command(
      @NotNull PurchaseOrderId id,
      @NotNull SupplierId supplier,
      @NotNull WarehouseId warehouse,
      @NotEmpty List<@Valid @NotNull Line> lines,
      @NotNull LocalDate date) {}

  private final StockRoom room;

  PlacePurchaseOrder(StockRoom room) {
    this.room = room;
  }

  public Outcome<PurchaseOrderId> handle(Command command) {
    return room.run(command, () -> decide(command));
  }

  private Outcome<PurchaseOrderId> decide(Command c) {
    if (c.id() == null || c.supplier() == null || c.warehouse() == null || c.date() == null) {
      return StockRoom.invalid("a purchase order needs an id, a supplier, a warehouse and a date");
    }
    if (c.lines() == null || c.lines().isEmpty()) {
      return StockRoom.invalid("purchase order " + c.id() + " has no lines");
    }
    Set<Sku> seen = new HashSet<>();
    for (Line line : c.lines()) {
      if (line == null || line.sku() == null) {
        return StockRoom.invalid("purchase order " + c.id() + " has a line without a sku");
      }
      String problem = StockRoom.positiveQuantityProblem(line.quantity(), "quantity of " + line.sku());
      if (problem != null) {
        return StockRoom.invalid("purchase order " + c.id() + ": " + problem);
      }
      if (line.unitCost() == null || line.unitCost().signum() <= 0) {
        return StockRoom.invalid("purchase order " + c.id() + ": unit cost of " + line.sku() + " must be positive");
      }
      if (!seen.add(line.sku())) {
        return StockRoom.invalid("purchase order " + c.id() + " has " + line.sku() + " twice");
      }
    }
    if (room.purchaseOrders.find(c.id()).isPresent()) {
      return Outcome.rejected(RejectionCode.DUPLICATE_ID, "purchase order " + c.id() + " exists");
    }
    if (room.suppliers.find(c.supplier()).isEmpty()) {
      return StockRoom.unknown("unknown supplier " + c.supplier());
    }
    if (room.warehouses.find(c.warehouse()).isEmpty()) {
      return StockRoom.unknown("unknown warehouse " + c.warehouse());
    }
    List<PurchaseOrder.Line> lines = new ArrayList<>();
    for (Line line : c.lines()) {
      Optional<Product> product = room.products.find(line.sku());
      if (product.isEmpty()) {
        return StockRoom.unknown("unknown sku " + line.sku() + " on purchase order " + c.id());
      }
      lines.add(
          new PurchaseOrder.Line(
              line.sku(), product.get().quantity(line.quantity()), line.unitCost(), product.get().zero()));
    }
    room.purchaseOrders.save(PurchaseOrder.place(c.id(), c.supplier(), c.warehouse(), c.date(), lines));
    return Outcome.accepted(c.id());
  }
}
