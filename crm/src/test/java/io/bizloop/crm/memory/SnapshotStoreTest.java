package io.bizloop.crm.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bizloop.core.Outcome;
import io.bizloop.core.RejectionCode;
import io.bizloop.core.memory.InMemoryUnitOfWork;
import org.junit.jupiter.api.Test;

class SnapshotStoreTest {

  private record Snap(String id, long version) {}

  @Test
  void aStoreWithoutLookupsKeepsSnapshotsInFirstSaveOrderAndRefusesLookups() {
    InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
    SnapshotStore<String, Snap> store = SnapshotStore.withoutLookups(unitOfWork);
    assertThat(store.saveNext("SO-2", new Snap("SO-2", 1), Snap::version, () -> "SO-2").isAccepted()).isTrue();
    assertThat(store.saveNext("SO-1", new Snap("SO-1", 1), Snap::version, () -> "SO-1").isAccepted()).isTrue();
    assertThat(store.saveNext("SO-2", new Snap("SO-2", 2), Snap::version, () -> "SO-2").isAccepted()).isTrue();
    assertThat(store.saveNext("SO-1", new Snap("SO-1", 1), Snap::version, () -> "order SO-1").rejection().code())
        .isEqualTo(RejectionCode.CONFLICT);
    unitOfWork.execute(() -> {
      store.saveNext("SO-3", new Snap("SO-3", 1), Snap::version, () -> "SO-3");
      return Outcome.rejected(RejectionCode.INVALID_STATE, "rolled back");
    });
    assertThat(store.all()).containsExactly(new Snap("SO-2", 2), new Snap("SO-1", 1));
    assertThat(store.contains("SO-3")).isFalse();
    assertThat(store.flagged()).isEmpty();
    assertThat(store.indexed("any")).isEmpty();
    assertThatThrownBy(() -> store.index("key", "SO-1")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> store.flag("SO-1", true)).isInstanceOf(IllegalStateException.class);
  }
}
