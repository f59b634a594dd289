package io.bizloop.inventory.memory;

import io.bizloop.core.Outcome;
import io.bizloop.core.Sku;
import io.bizloop.core.memory.InMemoryUnitOfWork;
import io.bizloop.core.memory.TxMap;
import io.bizloop.inventory.domain.StockItem;
import io.bizloop.inventory.domain.StockKey;
import io.bizloop.inventory.port.StockItems;
import io.bizloop.inventory.port.StockReservations;
import io.bizloop.inventory.domain.ReservationId;
import io.bizloop.core.Quantity;
import java.util.List;
import java.util.Optional;

/**
 * In-memory {@link StockItems}: snapshots in a thread-safe {@link TxMap}, optimistic locking by
 * version. As {@link StockReservations} it adds a stand-alone reservation to the stored snapshot
 * in one step, without restoring the item.
 */
public final class InMemoryStockItems implements StockItems, StockReservations {

  private final TxMap<StockKey, StockItem.Snapshot> items;

  /**
   * An empty store whose writes are undone with {@code unitOfWork}.
   *
   * @param unitOfWork the unit of work the store takes part in
   */
  public InMemoryStockItems(InMemoryUnitOfWork unitOfWork) {
    this.items = new TxMap<>(unitOfWork);
  }

  @Override
  public Optional<StockItem> find(StockKey key) {
    return items.get(key).map(StockItem::restore);
  }

  @Override
  public boolean tryReserve(StockKey key, ReservationId id, Quantity quantity) {
    StockItem.Snapshot s = items.getOrNull(key);
    if (s == null || !quantity.isPositive() || !quantity.unit().equals(s.onHand().unit())) {
      return false;
    }
    if (s.onHand().minus(s.reserved()).isLessThan(quantity)) {
      return false; // the whole-item path refuses it with its message
    }
    List<StockItem.Hold> before = s.holds();
    int n = before.size();
    StockItem.Hold[] holds = new StockItem.Hold[n + 1];
    int size = 0;
    boolean topUp = false;
    for (int i = 0; i < n; i++) {
      StockItem.Hold hold = before.get(i);
      if (hold.id().equals(id)) {
        hold = new StockItem.Hold(id, hold.quantity().plus(quantity));
        topUp = true;
      }
      holds[size++] = hold;
    }
    if (!topUp) {
      holds[size++] = new StockItem.Hold(id, quantity);
    }
    return replaceHolds(key, s, holds, size);
  }

  @Override
  public boolean releasesInOneStep() {
    return true;
  }

  @Override
  public Optional<Quantity> tryRelease(StockKey key, ReservationId id, java.math.BigDecimal amount) {
    StockItem.Snapshot s = items.getOrNull(key);
    if (s == null) {
      return Optional.empty();
    }
    List<StockItem.Hold> before = s.holds();
    int n = before.size();
    StockItem.Hold[] holds = new StockItem.Hold[n];
    int size = 0;
    Quantity released = null;
    for (int i = 0; i < n; i++) {
      StockItem.Hold hold = before.get(i);
      if (!hold.id().equals(id)) {
        holds[size++] = hold;
        continue;
      }
      Quantity take = amount == null ? hold.quantity() : Quantity.of(amount, hold.quantity().unit());
      if (!take.isPositive() || take.isGreaterThan(hold.quantity())) {
        return Optional.empty(); // the whole-item path refuses it with its message
      }
      Quantity rest = hold.quantity().minus(take);
      if (rest.isPositive()) {
        holds[size++] = new StockItem.Hold(id, rest);
      }
      released = take;
    }
    if (released == null) {
      return Optional.empty();
    }
    return replaceHolds(key, s, holds, size) ? Optional.of(released) : Optional.empty();
  }

  /**
   * Stores {@code s} with {@code holds} as the next version, only while {@code s} is still what is
   * stored (one conditional change: atomic also outside a unit of work).
   */
  private boolean replaceHolds(StockKey key, StockItem.Snapshot s, StockItem.Hold[] holds, int size) {
    return items.replace(
        key,
        s,
        new StockItem.Snapshot(
            s.sku(), s.warehouse(), s.costing(), s.onHand(), s.value(), s.layers(), s.lastReceiptUnitCost(),
            s.reservedForOrders(), immutable(holds, size), s.version() + 1));
  }

  /** The first {@code size} holds as an unmodifiable list, built once (the snapshot keeps it as it is). */
  private static List<StockItem.Hold> immutable(StockItem.Hold[] holds, int size) {
    return switch (size) {
      case 0 -> List.of();
      case 1 -> List.of(holds[0]);
      case 2 -> List.of(holds[0], holds[1]);
      default -> List.of(java.util.Arrays.copyOf(holds, size));
    };
  }

  @Override
  public Optional<io.bizloop.core.Quantity> available(StockKey key) {
    StockItem.Snapshot s = items.getOrNull(key);
    return s == null ? Optional.empty() : Optional.of(s.onHand().minus(s.reserved()));
  }

  @Override
  public List<StockItem> ofSku(Sku sku) {
    return items.values().stream().filter(s -> s.sku().equals(sku)).map(StockItem::restore).toList();
  }

  @Override
  public List<StockItem> all() {
    return items.values().stream().map(StockItem::restore).toList();
  }

  @Override
  public Outcome<Void> save(StockItem item) {
    StockItem.Snapshot s = item.nextSnapshot();
    return Versioned.saveNext(items, s.key(), s, StockItem.Snapshot::version);
  }
}
