package io.bizloop.examples.inmemory;

import io.bizloop.core.Quantity;
import io.bizloop.core.port.CommandValidator;
import io.bizloop.core.validation.JakartaCommandValidator;
import io.bizloop.crm.port.Catalog;
import io.bizloop.crm.port.ProductTerms;
import io.bizloop.crm.port.StockAvailability;
import io.bizloop.inventory.application.Availability;
import io.bizloop.inventory.application.Inventory;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * What every host of the loop wires the same way, whatever its adapters: the command validator
 * over Hibernate Validator, and crm's ports to inventory answered from inventory's queries.
 */
public final class Wiring {

  /** Hibernate Validator announces its version on java.util.logging; a host's log needs no such line. */
  private static final Logger VALIDATOR_LOG = quiet("org.hibernate.validator");

  private static final ValidatorFactory VALIDATORS =
      Validation.byDefaultProvider()
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory();

  private Wiring() {}

  /** The command validator of the examples: Hibernate Validator without expression language. */
  public static CommandValidator validator() {
    return new JakartaCommandValidator(VALIDATORS.getValidator());
  }

  /** crm's catalog: the products and warehouses inventory knows. */
  public static Catalog catalog(Inventory inventory) {
    return Catalog.of(
        sku -> inventory.product(sku).map(p -> new ProductTerms(p.unit(), p.vatRate())), inventory::hasWarehouse);
  }

  /** crm's availability check: inventory's available-to-promise, in one warehouse or in all. */
  public static StockAvailability availability(Inventory inventory) {
    return (sku, warehouse) -> {
      Availability atp = inventory.availableToPromise(sku);
      return warehouse == null
          ? atp.total()
          : atp.warehouses().stream()
              .filter(w -> w.warehouse().equals(warehouse))
              .map(Availability.InWarehouse::available)
              .findFirst()
              .orElse(Quantity.zero(atp.total().unit()));
    };
  }

  private static Logger quiet(String name) {
    Logger logger = Logger.getLogger(name);
    logger.setLevel(Level.WARNING);
    return logger;
  }
}
