package io.bizloop.inventory.memory;

import io.bizloop.core.Outcome;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.Sku;
import io.bizloop.core.WarehouseId;
import io.bizloop.core.memory.InMemoryUnitOfWork;
import io.bizloop.core.memory.TxMap;
import io.bizloop.inventory.domain.OrderAllocation;
import io.bizloop.inventory.port.OrderAllocations;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * In-memory {@link OrderAllocations}: snapshots in a thread-safe {@link TxMap} (a one-line
 * allocation's packed, {@link PackedAllocation}), optimistic locking by version, and an index of the
 * orders waiting for each sku kept in step with every save.
 */
public final class InMemoryOrderAllocations implements OrderAllocations {

  private final TxMap<SalesOrderId, Object> allocations;
  /** An order waiting for a sku, and the warehouse it must be filled from (null: any). */
  private record Waiting(SalesOrderId order, WarehouseId warehouse) {}

  /** Per sku, the orders with an open backorder of it, by confirmation: what fills ask for. */
  private final TxMap<Sku, NavigableMap<Long, Waiting>> waiting;

  /**
   * An empty store whose writes are undone with {@code unitOfWork}.
   *
   * @param unitOfWork the unit of work the store takes part in
   */
  public InMemoryOrderAllocations(InMemoryUnitOfWork unitOfWork) {
    this.allocations = new TxMap<>(unitOfWork);
    this.waiting = new TxMap<>(unitOfWork);
  }

  @Override
  public Optional<OrderAllocation> find(SalesOrderId order) {
    return allocations.get(order).map(stored -> OrderAllocation.restore(PackedAllocation.unpack(stored)));
  }

  @Override
  public List<OrderAllocation> all() {
    return allocations.values().stream()
        .sorted(Comparator.comparingLong(PackedAllocation::confirmation))
        .map(stored -> OrderAllocation.restore(PackedAllocation.unpack(stored)))
        .toList();
  }

  @Override
  public List<SalesOrderId> waitingFor(Sku sku, WarehouseId warehouse) {
    NavigableMap<?, Waiting> queue = waiting.getOrNull(sku);
    if (queue == null || queue.isEmpty()) {
      return List.of();
    }
    List<SalesOrderId> orders = new ArrayList<>();
    for (Waiting w : queue.values()) {
      if (w.warehouse() == null || w.warehouse().equals(warehouse)) {
        orders.add(w.order());
      }
    }
    return orders;
  }

  /** {@inheritDoc} From the per-sku index of waiting orders: as many restores as orders wait, not one per order of the year. */
  @Override
  public List<OrderAllocation> withBackorders() {
    TreeMap<Long, SalesOrderId> waitingOrders = new TreeMap<>(); // by confirmation, each order once
    for (NavigableMap<Long, Waiting> queue : waiting.values()) {
      for (Map.Entry<Long, Waiting> entry : queue.entrySet()) {
        waitingOrders.put(entry.getKey(), entry.getValue().order());
      }
    }
    List<OrderAllocation> found = new ArrayList<>(waitingOrders.size());
    for (SalesOrderId order : waitingOrders.values()) {
      Object stored = allocations.getOrNull(order);
      if (stored != null) {
        found.add(OrderAllocation.restore(PackedAllocation.unpack(stored)));
      }
    }
    return Collections.unmodifiableList(found);
  }

  @Override
  public Outcome<Void> save(OrderAllocation allocation) {
    OrderAllocation.Snapshot s = allocation.nextSnapshot();
    Outcome<Void> saved = Versioned.saveNext(allocations, s.order(), PackedAllocation.pack(s), PackedAllocation::version);
    if (saved.isRejected()) {
      return saved;
    }
    for (OrderAllocation.Line line : s.lines()) {
      boolean waits = !s.cancelled() && line.backordered().isPositive();
      NavigableMap<Long, Waiting> orders = waiting.get(line.sku()).orElse(Collections.emptyNavigableMap());
      if (waits != orders.containsKey(s.confirmation())) {
        TreeMap<Long, Waiting> changed = new TreeMap<>(orders);
        if (waits) {
          changed.put(s.confirmation(), new Waiting(s.order(), s.warehouse()));
        } else {
          changed.remove(s.confirmation());
        }
        waiting.put(line.sku(), Collections.unmodifiableNavigableMap(changed));
      }
    }
    return saved;
  }
}
