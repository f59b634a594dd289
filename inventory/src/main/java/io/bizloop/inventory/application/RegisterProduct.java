package io.bizloop.inventory.application;

import io.bizloop.core.Outcome;
import io.bizloop.core.Quantity;
import io.bizloop.core.RejectionCode;
import io.bizloop.core.Sku;
import io.bizloop.core.VatRate;
import io.bizloop.inventory.domain.CostingMethod;
import io.bizloop.inventory.domain.Product;
import io.bizloop.inventory.domain.StockPolicy;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * Registers a product. A min/max policy needs both figures with maxStock ≥ reorderPoint ≥ 0.
 * Rejections: INVALID_INPUT, DUPLICATE_ID.
 */
public final class RegisterProduct {

  /**
   * @param sku the new product's sku
   * @param name its name
   * @param unit unit of measure; {@code null} for "EA"
   * @param costing costing method; {@code null} for the company default
   * @param vatRate VAT rate; {@code null} for the company default
   * @param reorderPoint the policy's reorder point, or {@code null}
   * @param maxStock the policy's maximum, or {@code null}
   * @param date business date
   */
  public record Command(
      @NotNull Sku sku,
      @NotBlank String name,
      String unit,
      CostingMethod costing,
      VatRate vatRate,
      Quantity reorderPoint,
      Quantity maxStock,
      @NotNull LocalDate date) {}

  private final StockRoom room;

  RegisterProduct(StockRoom room) {
    this.room = room;
  }

  public Outcome<Sku> handle(Command command) {
    return room.run(command, () -> decide(command));
  }

  private Outcome<Sku> decide(Command c) {
    if (c.sku() == null || c.date() == null) {
      return StockRoom.invalid("a product needs a sku and a date");
    }
    if (c.name() == null || c.name().isBlank()) {
      return StockRoom.invalid("product " + c.sku() + " needs a name");
    }
    if (c.unit() != null && c.unit().isBlank()) {
      return StockRoom.invalid("product " + c.sku() + " has a blank unit");
    }
    String unit = c.unit() == null ? Quantity.EACH : c.unit();
    if ((c.reorderPoint() == null) != (c.maxStock() == null)) {
      return StockRoom.invalid("product " + c.sku() + ": a stock policy needs both reorderPoint and maxStock");
    }
    StockPolicy policy = null;
    if (c.reorderPoint() != null) {
      Quantity reorder = Quantity.of(c.reorderPoint().value(), unit);
      Quantity max = Quantity.of(c.maxStock().value(), unit);
      if (reorder.isNegative() || max.isLessThan(reorder)) {
        return StockRoom.invalid(
            "product " + c.sku() + ": needs maxStock (" + max.toPlainString() + ") ≥ reorderPoint ("
                + reorder.toPlainString() + ") ≥ 0");
      }
      policy = new StockPolicy(reorder, max);
    }
    if (room.products.find(c.sku()).isPresent()) {
      return Outcome.rejected(RejectionCode.DUPLICATE_ID, "product " + c.sku() + " exists");
    }
    Product product =
        new Product(
            c.sku(),
            c.name(),
            unit,
            c.costing() == null ? room.settings.defaultCosting() : c.costing(),
            c.vatRate() == null ? room.settings.defaultVatRate() : c.vatRate(),
            policy);
    if (!room.products.add(product)) {
      return Outcome.rejected(RejectionCode.DUPLICATE_ID, "product " + c.sku() + " exists");
    }
    return Outcome.accepted(c.sku());
  }
}
