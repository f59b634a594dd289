package io.bizloop.inventory.memory;

import io.bizloop.core.Outcome;
import io.bizloop.core.Quantity;
import io.bizloop.core.RejectionCode;
import io.bizloop.core.Sku;
import io.bizloop.core.memory.InMemoryUnitOfWork;
import io.bizloop.core.memory.TxMap;
import io.bizloop.inventory.domain.ReservationId;
import io.bizloop.inventory.domain.StockItem;
import io.bizloop.inventory.domain.StockKey;
import io.bizloop.inventory.port.StockItems;
import io.bizloop.inventory.port.StockReservations;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * In-memory {@link StockItems}: one cell per stock item in a thread-safe {@link TxMap}, optimistic
 * locking by version. As {@link StockReservations} it changes a stand-alone reservation in its
 * cell in one step, in place: the cell's holds and version change, and the unit of work's log
 * keeps the holds they replaced (no snapshot of the item is built or checked for it; the whole
 * item is built from the cell when someone reads it).
 */
public final class InMemoryStockItems implements StockItems, StockReservations {

  /**
   * One stock item as stored. {@code base} is the item as last saved whole; the stand-alone holds
   * and the version changed since are in {@code holds} and {@code version}. Touched only by the
   * thread that holds the unit of work's write lock; read under its read lock.
   */
  private static final class Cell {
    private StockItem.Snapshot base;
    private List<StockItem.Hold> holds;
    private long version;
    /** The whole item at {@code version}, built on demand; null when it must be built again. */
    private StockItem.Snapshot whole;

    private Cell(StockItem.Snapshot saved) {
      stored(saved);
    }

    private void stored(StockItem.Snapshot saved) {
      base = saved;
      holds = saved.holds();
      version = saved.version();
      whole = saved;
    }

    private StockItem.Snapshot whole() {
      StockItem.Snapshot s = whole;
      if (s == null) {
        StockItem.Snapshot b = base;
        s =
            new StockItem.Snapshot(
                b.sku(), b.warehouse(), b.costing(), b.onHand(), b.value(), b.layers(), b.lastReceiptUnitCost(),
                b.reservedForOrders(), holds, version);
        whole = s;
      }
      return s;
    }

    private String unit() {
      return base.onHand().unit();
    }
  }

  private final InMemoryUnitOfWork unitOfWork;
  private final TxMap<StockKey, Cell> cells;

  /** Undoes a change of the holds: puts back the holds it replaced and the version before it. */
  private final InMemoryUnitOfWork.Undo holdsBack =
      (cell, old) -> {
        Cell c = (Cell) cell;
        @SuppressWarnings("unchecked")
        List<StockItem.Hold> holds = (List<StockItem.Hold>) old;
        c.holds = holds;
        c.version--;
        c.whole = null;
      };

  /** Undoes a whole save into an existing cell: puts back the item as it was. */
  private final InMemoryUnitOfWork.Undo savedBack = (cell, old) -> ((Cell) cell).stored((StockItem.Snapshot) old);

  /**
   * An empty store whose writes are undone with {@code unitOfWork}.
   *
   * @param unitOfWork the unit of work the store takes part in
   */
  public InMemoryStockItems(InMemoryUnitOfWork unitOfWork) {
    this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
    this.cells = new TxMap<>(unitOfWork);
  }

  @Override
  public Optional<StockItem> find(StockKey key) {
    Objects.requireNonNull(key, "key");
    StockItem.Snapshot s = unitOfWork.active() ? wholeAt(key) : unitOfWork.read(() -> wholeAt(key));
    return s == null ? Optional.empty() : Optional.of(StockItem.restore(s));
  }

  private StockItem.Snapshot wholeAt(StockKey key) {
    Cell c = cells.getOrNull(key);
    return c == null ? null : c.whole();
  }

  @Override
  public boolean tryReserve(StockKey key, ReservationId id, Quantity quantity) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(quantity, "quantity");
    if (unitOfWork.active()) {
      return reserveNow(key, id, quantity);
    }
    boolean[] done = new boolean[1]; // outside a unit: a unit of its own, so the change is atomic
    unitOfWork.execute(() -> {
      done[0] = reserveNow(key, id, quantity);
      return Outcome.done();
    });
    return done[0];
  }

  private boolean reserveNow(StockKey key, ReservationId id, Quantity quantity) {
    Cell c = cells.getOrNull(key);
    if (c == null || !quantity.isPositive() || !quantity.unit().equals(c.unit())) {
      return false;
    }
    List<StockItem.Hold> before = c.holds;
    int n = before.size();
    Quantity reserved = c.base.reservedForOrders();
    int at = -1;
    for (int i = 0; i < n; i++) {
      StockItem.Hold hold = before.get(i);
      reserved = reserved.plus(hold.quantity());
      if (hold.id().equals(id)) {
        at = i;
      }
    }
    if (reserved.plus(quantity).isGreaterThan(c.base.onHand())) {
      return false; // the whole-item path refuses it with its message
    }
    List<StockItem.Hold> after;
    if (at < 0) {
      StockItem.Hold added = new StockItem.Hold(id, quantity);
      after = n == 0 ? List.of(added) : appended(before, added);
    } else {
      StockItem.Hold[] holds = before.toArray(new StockItem.Hold[n]);
      holds[at] = new StockItem.Hold(id, holds[at].quantity().plus(quantity));
      after = List.of(holds);
    }
    changeHolds(c, after);
    return true;
  }

  private static List<StockItem.Hold> appended(List<StockItem.Hold> before, StockItem.Hold added) {
    StockItem.Hold[] holds = before.toArray(new StockItem.Hold[before.size() + 1]);
    holds[before.size()] = added;
    return List.of(holds);
  }

  @Override
  public boolean releasesInOneStep() {
    return true;
  }

  @Override
  public Optional<Quantity> tryRelease(StockKey key, ReservationId id, BigDecimal amount) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(id, "id");
    if (unitOfWork.active()) {
      return Optional.ofNullable(releaseNow(key, id, amount));
    }
    Object[] released = new Object[1]; // outside a unit: a unit of its own, so the change is atomic
    unitOfWork.execute(() -> {
      released[0] = releaseNow(key, id, amount);
      return Outcome.done();
    });
    return Optional.ofNullable((Quantity) released[0]);
  }

  /** Releases {@code amount} (all when null) of hold {@code id}; null when the whole-item path must decide. */
  private Quantity releaseNow(StockKey key, ReservationId id, BigDecimal amount) {
    Cell c = cells.getOrNull(key);
    if (c == null) {
      return null;
    }
    List<StockItem.Hold> before = c.holds;
    int n = before.size();
    int at = -1;
    for (int i = 0; i < n && at < 0; i++) {
      if (before.get(i).id().equals(id)) {
        at = i;
      }
    }
    if (at < 0) {
      return null;
    }
    Quantity held = before.get(at).quantity();
    Quantity take = amount == null ? held : Quantity.of(amount, held.unit());
    if (!take.isPositive() || take.isGreaterThan(held)) {
      return null; // the whole-item path refuses it with its message
    }
    List<StockItem.Hold> after;
    if (!take.isLessThan(held)) { // all of it
      after = n == 1 ? List.of() : without(before, at);
    } else {
      StockItem.Hold[] holds = before.toArray(new StockItem.Hold[n]);
      holds[at] = new StockItem.Hold(id, held.minus(take));
      after = List.of(holds);
    }
    changeHolds(c, after);
    return take;
  }

  private static List<StockItem.Hold> without(List<StockItem.Hold> before, int at) {
    List<StockItem.Hold> rest = new ArrayList<>(before.size() - 1);
    for (int i = 0; i < before.size(); i++) {
      if (i != at) {
        rest.add(before.get(i));
      }
    }
    return List.copyOf(rest);
  }

  /** The next version of {@code c} with {@code after} as its holds; the log keeps the holds replaced. */
  private void changeHolds(Cell c, List<StockItem.Hold> after) {
    unitOfWork.onRollback(holdsBack, c, c.holds);
    c.holds = after;
    c.version++;
    c.whole = null;
  }

  @Override
  public Optional<Quantity> available(StockKey key) {
    Objects.requireNonNull(key, "key");
    return Optional.ofNullable(unitOfWork.active() ? availableNow(key) : unitOfWork.read(() -> availableNow(key)));
  }

  private Quantity availableNow(StockKey key) {
    Cell c = cells.getOrNull(key);
    if (c == null) {
      return null;
    }
    Quantity reserved = c.base.reservedForOrders();
    List<StockItem.Hold> holds = c.holds;
    for (int i = 0; i < holds.size(); i++) {
      reserved = reserved.plus(holds.get(i).quantity());
    }
    return c.base.onHand().minus(reserved);
  }

  @Override
  public List<StockItem> ofSku(Sku sku) {
    Objects.requireNonNull(sku, "sku");
    return unitOfWork.read(() -> {
      List<StockItem> found = new ArrayList<>();
      for (Cell c : cells.values()) {
        if (c.base.sku().equals(sku)) {
          found.add(StockItem.restore(c.whole()));
        }
      }
      return found;
    });
  }

  @Override
  public List<StockItem> all() {
    return unitOfWork.read(() -> {
      List<StockItem> found = new ArrayList<>();
      for (Cell c : cells.values()) {
        found.add(StockItem.restore(c.whole()));
      }
      return found;
    });
  }

  @Override
  public Outcome<Void> save(StockItem item) {
    Objects.requireNonNull(item, "item");
    StockItem.Snapshot next = item.nextSnapshot();
    if (unitOfWork.active()) {
      return saveNow(next);
    }
    return unitOfWork.execute(() -> saveNow(next)); // outside a unit: a unit of its own, so the check and the write are atomic
  }

  private Outcome<Void> saveNow(StockItem.Snapshot next) {
    StockKey key = next.key();
    Cell c = cells.getOrNull(key);
    if (c == null) {
      return next.version() == 1 && cells.replace(key, null, new Cell(next)) ? Outcome.done() : conflict(key);
    }
    if (c.version != next.version() - 1) {
      return conflict(key);
    }
    unitOfWork.onRollback(savedBack, c, c.whole());
    c.stored(next);
    return Outcome.done();
  }

  private static Outcome<Void> conflict(StockKey key) {
    return Outcome.rejected(RejectionCode.CONFLICT, key + " was changed by someone else");
  }
}
