package io.bizloop.inventory.application;

import io.bizloop.core.Outcome;
import io.bizloop.core.Quantity;
import io.bizloop.core.Rejection;
import io.bizloop.core.RejectionCode;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.Sku;
import io.bizloop.core.WarehouseId;
import io.bizloop.core.port.CommandValidator;
import io.bizloop.core.port.EventPublisher;
import io.bizloop.core.port.UnitOfWork;
import io.bizloop.inventory.domain.OrderAllocation;
import io.bizloop.inventory.domain.Product;
import io.bizloop.inventory.domain.StockItem;
import io.bizloop.inventory.domain.StockKey;
import io.bizloop.inventory.domain.Warehouse;
import io.bizloop.inventory.port.InventorySequences;
import io.bizloop.inventory.port.OrderAllocations;
import io.bizloop.inventory.port.Products;
import io.bizloop.inventory.port.PurchaseOrders;
import io.bizloop.inventory.port.StockItems;
import io.bizloop.inventory.port.Suppliers;
import io.bizloop.inventory.port.Warehouses;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.ConcurrentModificationException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The ports and settings every use case shares, and the rules that span aggregates (filling backorders). */
final class StockRoom {

  private static final Logger LOG = LoggerFactory.getLogger(StockRoom.class);
  private static final int MAX_ATTEMPTS = 50;

  final UnitOfWork unitOfWork;
  final CommandValidator validator;
  final EventPublisher publisher;
  final InventorySettings settings;
  final Warehouses warehouses;
  final Products products;
  final Suppliers suppliers;
  final StockItems stockItems;
  final PurchaseOrders purchaseOrders;
  final OrderAllocations allocations;
  final InventorySequences sequences;

  StockRoom(
      UnitOfWork unitOfWork,
      CommandValidator validator,
      EventPublisher publisher,
      InventorySettings settings,
      Warehouses warehouses,
      Products products,
      Suppliers suppliers,
      StockItems stockItems,
      PurchaseOrders purchaseOrders,
      OrderAllocations allocations,
      InventorySequences sequences) {
    this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
    this.validator = Objects.requireNonNull(validator, "validator");
    this.publisher = Objects.requireNonNull(publisher, "publisher");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.warehouses = Objects.requireNonNull(warehouses, "warehouses");
    this.products = Objects.requireNonNull(products, "products");
    this.suppliers = Objects.requireNonNull(suppliers, "suppliers");
    this.stockItems = Objects.requireNonNull(stockItems, "stockItems");
    this.purchaseOrders = Objects.requireNonNull(purchaseOrders, "purchaseOrders");
    this.allocations = Objects.requireNonNull(allocations, "allocations");
    this.sequences = Objects.requireNonNull(sequences, "sequences");
  }

  /**
   * Runs a command in a unit of work: validates it, decides, publishes the decision's events and
   * returns the outcome; a stale save is retried (bounded), then answered with CONFLICT.
   */
  <T> Outcome<T> run(Object command, Supplier<Outcome<T>> decide) {
    return retryingConflicts(
        () ->
            unitOfWork.execute(
                () -> {
                  if (command == null) {
                    return Outcome.rejected(RejectionCode.INVALID_INPUT, "command is missing");
                  }
                  Optional<Rejection> invalid = validator.check(command);
                  if (invalid.isPresent()) {
                    return Outcome.rejected(invalid.get());
                  }
                  return decideAndPublish(decide);
                }),
        conflict -> {
          LOG.debug("retrying {} after a conflict: {}", command.getClass().getSimpleName(), conflict);
          Thread.onSpinWait();
        });
  }

  /** Runs an event policy in a unit of work (joined with the publisher's), retrying stale saves. */
  <T> Outcome<T> react(Object event, Supplier<Outcome<T>> decide) {
    return retryingConflicts(
        () -> unitOfWork.execute(() -> decideAndPublish(decide)),
        conflict -> LOG.debug("retrying the reaction to {} after a conflict", event));
  }

  /** Decides and publishes the decision's events; a stale save is answered with CONFLICT. */
  private <T> Outcome<T> decideAndPublish(Supplier<Outcome<T>> decide) {
    try {
      return publisher.publishEventsOf(decide.get());
    } catch (ConcurrentModificationException e) {
      return Outcome.rejected(RejectionCode.CONFLICT, e.getMessage());
    }
  }

  /**
   * Makes {@code attempt} until it is not rejected with CONFLICT, at most {@value #MAX_ATTEMPTS}
   * times; {@code beforeRetry} sees each conflict that is retried.
   */
  private static <T> Outcome<T> retryingConflicts(Supplier<Outcome<T>> attempt, Consumer<Rejection> beforeRetry) {
    for (int attempts = 1; ; attempts++) {
      Outcome<T> outcome = attempt.get();
      if (outcome.isRejected()
          && outcome.rejection().code() == RejectionCode.CONFLICT
          && attempts < MAX_ATTEMPTS) {
        beforeRetry.accept(outcome.rejection());
        continue;
      }
      return outcome;
    }
  }

  // ---- lookups

  List<WarehouseId> warehouseOrder() {
    return warehouses.all().stream().map(Warehouse::id).toList();
  }

  /** Sorts {@code ids} by registration order of the warehouses (unknown ones last). */
  List<WarehouseId> inRegistrationOrder(Collection<WarehouseId> ids) {
    List<WarehouseId> order = warehouseOrder();
    List<WarehouseId> sorted = new ArrayList<>();
    for (WarehouseId id : order) {
      if (ids.contains(id)) {
        sorted.add(id);
      }
    }
    for (WarehouseId id : ids) {
      if (!sorted.contains(id)) {
        sorted.add(id);
      }
    }
    return sorted;
  }

  StockItem itemOrNew(Product product, WarehouseId warehouse) {
    return stockItems
        .find(new StockKey(product.sku(), warehouse))
        .orElseGet(() -> StockItem.create(product.sku(), warehouse, product.unit(), product.costing(), settings.currency()));
  }

  /**
   * Keeps a stock item where {@code allocation} counts its backorder of {@code sku}, so that the
   * min/max policy and shortage suggestions apply there ("backordered there" makes a stock item).
   */
  void keepBackorderItem(OrderAllocation allocation, Sku sku) {
    if (allocation.line(sku).map(line -> line.backordered().isPositive()).orElse(false)
        && stockItems.find(new StockKey(sku, allocation.backorderWarehouse())).isEmpty()) {
      products.find(sku).ifPresent(product -> stockItems.save(itemOrNew(product, allocation.backorderWarehouse())));
    }
  }

  Quantity available(Product product, WarehouseId warehouse) {
    return stockItems
        .find(new StockKey(product.sku(), warehouse))
        .map(StockItem::available)
        .orElse(product.zero());
  }

  // ---- backorders

  /**
   * Stock of {@code sku} became available in {@code warehouse}: open backorders of orders that name
   * that warehouse or none reserve it, oldest confirmation first.
   */
  void fillBackorders(Sku sku, WarehouseId warehouse) {
    Optional<StockItem> found = stockItems.find(new StockKey(sku, warehouse));
    if (found.isEmpty()) {
      return;
    }
    StockItem item = found.get();
    boolean changed = false;
    for (SalesOrderId order : allocations.waitingFor(sku, warehouse)) {
      Quantity available = item.available();
      if (!available.isPositive()) {
        break;
      }
      OrderAllocation allocation = allocations.find(order).orElseThrow();
      Quantity take = available.min(allocation.line(sku).orElseThrow().backordered());
      item.reserve(allocation.reservationId(), take);
      allocation.reserve(sku, warehouse, take);
      allocations.save(allocation);
      changed = true;
    }
    if (changed) {
      stockItems.save(item);
    }
  }

  /** Fills backorders for each distinct sku × warehouse, warehouses in registration order. */
  void fillBackorders(List<StockKey> keys) {
    Set<StockKey> seen = new HashSet<>();
    for (WarehouseId warehouse : inRegistrationOrder(keys.stream().map(StockKey::warehouse).distinct().toList())) {
      for (StockKey key : keys) {
        if (key.warehouse().equals(warehouse) && seen.add(key)) {
          fillBackorders(key.sku(), key.warehouse());
        }
      }
    }
  }

  // ---- input checks

  /** A problem with a quantity that must be positive with at most 4 decimals, or null. */
  static String positiveQuantityProblem(BigDecimal value, String what) {
    if (value == null) {
      return what + " is missing";
    }
    if (value.signum() <= 0) {
      return what + " must be positive, was " + value.toPlainString();
    }
    return scaleProblem(value, what);
  }

  /** A problem with a quantity that must be ≥ 0 with at most 4 decimals, or null. */
  static String nonNegativeQuantityProblem(BigDecimal value, String what) {
    if (value == null) {
      return what + " is missing";
    }
    if (value.signum() < 0) {
      return what + " must not be negative, was " + value.toPlainString();
    }
    return scaleProblem(value, what);
  }

  private static String scaleProblem(BigDecimal value, String what) {
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.scale() > Quantity.MAX_SCALE) {
      return what + " " + value.toPlainString() + " has more than " + Quantity.MAX_SCALE + " decimals";
    }
    return null;
  }

  static <T> Outcome<T> invalid(String message) {
    return Outcome.rejected(RejectionCode.INVALID_INPUT, message);
  }

  static <T> Outcome<T> unknown(String message) {
    return Outcome.rejected(RejectionCode.UNKNOWN_REFERENCE, message);
  }

  static <T> Outcome<T> invalidState(String message) {
    return Outcome.rejected(RejectionCode.INVALID_STATE, message);
  }

  static <T> Outcome<T> insufficient(String message) {
    return Outcome.rejected(RejectionCode.INSUFFICIENT_STOCK, message);
  }
}
