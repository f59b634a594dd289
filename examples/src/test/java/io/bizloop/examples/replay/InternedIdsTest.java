package io.bizloop.examples.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.bizloop.core.CustomerId;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.Sku;
import io.bizloop.core.SupplierId;
import io.bizloop.core.WarehouseId;
import org.junit.jupiter.api.Test;

/** A replay keeps one instance per sku, warehouse, customer and supplier it reads; other ids as read. */
class InternedIdsTest {

  @Test
  void repeatedIdsOfTheRepeatedKindsAreOneInstance() {
    // given
    StepFields.Interned interned = new StepFields.Interned();
    Sku first = interned.of(Sku.of(new String("P-1")));

    // when / then: the same text later gives the first instance; another text its own
    assertThat(interned.of(Sku.of(new String("P-1")))).isSameAs(first);
    assertThat(interned.of(Sku.of("P-2"))).isNotSameAs(first).isEqualTo(Sku.of("P-2"));
    WarehouseId warehouse = interned.of(WarehouseId.of("WH-1"));
    assertThat(interned.of(WarehouseId.of("WH-1"))).isSameAs(warehouse);
    CustomerId customer = interned.of(CustomerId.of("C-1"));
    assertThat(interned.of(CustomerId.of("C-1"))).isSameAs(customer);
    SupplierId supplier = interned.of(SupplierId.of("S-1"));
    assertThat(interned.of(SupplierId.of("S-1"))).isSameAs(supplier);
    // a sku and a customer of the same text stay apart
    assertThat((Object) interned.of(CustomerId.of("P-1"))).isInstanceOf(CustomerId.class);
    // order ids are not kept (one per order: nothing to share)
    SalesOrderId order = SalesOrderId.of("SO-1");
    assertThat(interned.of(order)).isSameAs(order);
    assertThat(interned.of(SalesOrderId.of("SO-1"))).isNotSameAs(order);
  }
}
