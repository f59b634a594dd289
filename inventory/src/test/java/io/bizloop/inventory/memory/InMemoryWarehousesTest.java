package io.bizloop.inventory.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.bizloop.core.Outcome;
import io.bizloop.core.RejectionCode;
import io.bizloop.core.WarehouseId;
import io.bizloop.core.memory.InMemoryUnitOfWork;
import io.bizloop.inventory.domain.Warehouse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The in-memory warehouses keep their ordered list until the store changes, rolled-back changes included. */
class InMemoryWarehousesTest {

  private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
  private final InMemoryWarehouses warehouses = new InMemoryWarehouses(unitOfWork);

  private static Warehouse warehouse(String id, long sequence) {
    return new Warehouse(WarehouseId.of(id), "Warehouse " + id, sequence);
  }

  private List<String> ids() {
    return warehouses.all().stream().map(w -> w.id().value()).toList();
  }

  @Test
  void theListFollowsEveryChangeInRegistrationOrder() {
    // given: two warehouses, the list read (and kept)
    warehouses.save(warehouse("WH-B", 2));
    warehouses.save(warehouse("WH-A", 1));
    List<Warehouse> first = warehouses.all();

    // when: read again without a change; a third registered in a unit that is rolled back; then for good
    List<Warehouse> again = warehouses.all();
    List<String> insideTheUnit = new java.util.ArrayList<>();
    unitOfWork.execute(() -> {
      warehouses.save(warehouse("WH-C", 3));
      insideTheUnit.addAll(ids());
      return Outcome.rejected(RejectionCode.INVALID_STATE, "rolled back on purpose");
    });
    List<String> afterRollback = ids();
    warehouses.save(warehouse("WH-C", 3));

    // then
    assertThat(first).extracting(w -> w.id().value()).containsExactly("WH-A", "WH-B");
    assertThat(again).isSameAs(first);
    assertThat(insideTheUnit).containsExactly("WH-A", "WH-B", "WH-C");
    assertThat(afterRollback).containsExactly("WH-A", "WH-B");
    assertThat(ids()).containsExactly("WH-A", "WH-B", "WH-C");
  }
}
