package io.bizloop.inventory.application;

import io.bizloop.core.Outcome;
import io.bizloop.core.Quantity;
import io.bizloop.core.Rejection;
import io.bizloop.core.RejectionCode;
import io.bizloop.core.Sku;
import io.bizloop.core.VatRate;
import io.bizloop.core.port.UseCase;
import io.bizloop.inventory.domain.CostingMethod;
import io.bizloop.inventory.domain.Product;
import io.bizloop.inventory.domain.StockPolicy;
import io.bizloop.inventory.port.Products;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Registers a product: its unit (default {@code EA}), costing method and VAT rate (default: the
 * company's), and optionally a min/max policy, which needs both figures with maxStock ≥
 * reorderPoint ≥ 0. Rejections: INVALID_INPUT, DUPLICATE_ID, CONFLICT.
 */
public final class RegisterProduct implements UseCase<RegisterProduct.Command, Sku> {

  /**
   * What to register. Start with {@link #of} and add the optional parts by name:
   * {@code Command.of(sku, "Oak chair", day).unit("kg").costing(FIFO).reorder("5", "40")}.
   *
   * @param sku the new product's sku
   * @param name its name, not blank, at most 200 characters
   * @param unit unit of measure; {@code null} for {@code EA}
   * @param costing costing method; {@code null} for the company default
   * @param vatRate VAT rate; {@code null} for the company default
   * @param reorderPoint the policy's reorder point (≥ 0), or {@code null} for no policy
   * @param maxStock the policy's maximum (≥ reorderPoint), or {@code null} for no policy
   * @param date business date
   */
  public record Command(
      @NotNull Sku sku,
      @NotBlank String name,
      String unit,
      CostingMethod costing,
      VatRate vatRate,
      @PositiveOrZero BigDecimal reorderPoint,
      @PositiveOrZero BigDecimal maxStock,
      @NotNull LocalDate date) {

    /**
     * A product with the defaults: unit {@code EA}, the company's costing and VAT rate, no policy.
     *
     * @param sku the new product's sku
     * @param name its name
     * @param date business date
     * @return the command
     */
    public static Command of(Sku sku, String name, LocalDate date) {
      return new Command(sku, name, null, null, null, null, null, date);
    }

    /**
     * The same command with a unit of measure.
     *
     * @param unit the unit, 1 to 16 characters
     * @return a new command
     */
    public Command unit(String unit) {
      return new Command(sku, name, unit, costing, vatRate, reorderPoint, maxStock, date);
    }

    /**
     * The same command with a costing method.
     *
     * @param costing the method
     * @return a new command
     */
    public Command costing(CostingMethod costing) {
      return new Command(sku, name, unit, costing, vatRate, reorderPoint, maxStock, date);
    }

    /**
     * The same command with a VAT rate.
     *
     * @param vatRate the rate
     * @return a new command
     */
    public Command vatRate(VatRate vatRate) {
      return new Command(sku, name, unit, costing, vatRate, reorderPoint, maxStock, date);
    }

    /**
     * The same command with a min/max policy.
     *
     * @param reorderPoint below this projected quantity a purchase is suggested, ≥ 0
     * @param maxStock the suggestion tops the projected quantity up to this, ≥ reorderPoint
     * @return a new command
     */
    public Command reorder(BigDecimal reorderPoint, BigDecimal maxStock) {
      return new Command(sku, name, unit, costing, vatRate, reorderPoint, maxStock, date);
    }

    /**
     * The same command with a min/max policy, the figures as text.
     *
     * @param reorderPoint below this projected quantity a purchase is suggested, ≥ 0
     * @param maxStock the suggestion tops the projected quantity up to this, ≥ reorderPoint
     * @return a new command
     * @throws NumberFormatException when a figure is not a number
     */
    public Command reorder(String reorderPoint, String maxStock) {
      return reorder(new BigDecimal(reorderPoint), new BigDecimal(maxStock));
    }

    /**
     * The first problem with the command's shape.
     *
     * @return an INVALID_INPUT rejection, or empty when well formed
     */
    public Optional<Rejection> check() {
      return Checks.first(
          () -> Checks.present(sku, "sku"),
          () -> Checks.present(date, "date"),
          () -> Checks.name(name, "product name"),
          () -> unit == null ? null : Checks.unit(unit),
          () -> vatRate == null ? null : io.bizloop.core.Bounds.vatRate(vatRate.rate(), "vatRate of " + sku),
          () -> (reorderPoint == null) != (maxStock == null)
              ? "product " + sku + ": a stock policy needs both reorderPoint and maxStock"
              : null,
          () -> reorderPoint == null ? null : Checks.nonNegativeQuantity(reorderPoint, "reorderPoint"),
          () -> maxStock == null ? null : Checks.nonNegativeQuantity(maxStock, "maxStock"),
          () -> reorderPoint != null && maxStock.compareTo(reorderPoint) < 0
              ? "product " + sku + ": maxStock " + maxStock.stripTrailingZeros().toPlainString()
                  + " is below reorderPoint " + reorderPoint.stripTrailingZeros().toPlainString()
              : null);
    }
  }

  private final Products products;
  private final InventorySettings settings;

  /**
   * The use case over its port.
   *
   * @param products the product catalogue
   * @param settings the company defaults (costing, VAT rate)
   */
  public RegisterProduct(Products products, InventorySettings settings) {
    this.products = Objects.requireNonNull(products, "products");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * Registers the product.
   *
   * @param command what to register
   * @return its sku
   */
  @Override
  public Outcome<Sku> handle(Command command) {
    Optional<Rejection> invalid = command == null ? Checks.missingCommand() : command.check();
    if (invalid.isPresent()) {
      return Outcome.rejected(invalid.get());
    }
    if (products.find(command.sku()).isPresent()) {
      return Outcome.rejected(RejectionCode.DUPLICATE_ID, "product " + command.sku() + " exists");
    }
    String unit = command.unit() == null ? Quantity.EACH : command.unit();
    StockPolicy policy =
        command.reorderPoint() == null
            ? null
            : new StockPolicy(Quantity.of(command.reorderPoint(), unit), Quantity.of(command.maxStock(), unit));
    Product product =
        new Product(
            command.sku(),
            command.name(),
            unit,
            command.costing() == null ? settings.defaultCosting() : command.costing(),
            command.vatRate() == null ? settings.defaultVatRate() : command.vatRate(),
            policy);
    return products.save(product).map(done -> command.sku());
  }
}
