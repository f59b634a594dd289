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
import java.util.ArrayList;
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
    List<StockItem.Hold> holds = new ArrayList<>(s.holds().size() + 1);
    boolean topUp = false;
    for (StockItem.Hold hold : s.holds()) {
      if (hold.id().equals(id)) {
        holds.add(new StockItem.Hold(id, hold.quantity().plus(quantity)));
        topUp = true;
      } else {
        holds.add(hold);
      }
    }
    if (!topUp) {
      holds.add(new StockItem.Hold(id, quantity));
    }
    return replaceHolds(key, s, holds);
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
    List<StockItem.Hold> holds = new ArrayList<>(s.holds().size());
    Quantity released = null;
    for (StockItem.Hold hold : s.holds()) {
      if (!hold.id().equals(id)) {
        holds.add(hold);
        continue;
      }
      Quantity take = amount == null ? hold.quantity() : Quantity.of(amount, hold.quantity().unit());
      if (!take.isPositive() || take.isGreaterThan(hold.quantity())) {
        return Optional.empty(); // the whole-item path refuses it with its message
      }
      Quantity rest = hold.quantity().minus(take);
      if (rest.isPositive()) {
        holds.add(new StockItem.Hold(id, rest));
      }
      released = take;
    }
    if (released == null) {
      return Optional.empty();
    }
    return replaceHolds(key, s, holds) ? Optional.of(released) : Optional.empty();
  }

  /**
   * Stores {@code s} with {@code holds} as the next version, only while {@code s} is still what is
   * stored (one conditional change: atomic also outside a unit of work).
   */
  private boolean replaceHolds(StockKey key, StockItem.Snapshot s, List<StockItem.Hold> holds) {
    return items.putIf(
        key,
        new StockItem.Snapshot(
            s.sku(), s.warehouse(), s.costing(), s.onHand(), s.value(), s.layers(), s.lastReceiptUnitCost(),
            s.reservedForOrders(), holds, s.version() + 1),
        (current, next) -> current == s);
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
