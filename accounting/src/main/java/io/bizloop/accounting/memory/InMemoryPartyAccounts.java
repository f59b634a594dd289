package io.bizloop.accounting.memory;

import static io.bizloop.core.RejectionCode.CONFLICT;

import io.bizloop.accounting.domain.Party;
import io.bizloop.accounting.domain.PartyAccount;
import io.bizloop.accounting.domain.PartyKind;
import io.bizloop.accounting.port.PartyAccounts;
import io.bizloop.core.Outcome;
import io.bizloop.core.memory.InMemoryUnitOfWork;
import io.bizloop.core.memory.TxList;
import io.bizloop.core.memory.TxMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Customer and supplier sub-ledger accounts in memory, undone with the unit of work. */
public final class InMemoryPartyAccounts implements PartyAccounts {

  private final TxMap<Party, PartyAccount.Snapshot> accounts;
  private final TxList<Party> order;

  /**
   * An empty store.
   *
   * @param unitOfWork the unit of work that undoes its writes
   */
  public InMemoryPartyAccounts(InMemoryUnitOfWork unitOfWork) {
    Objects.requireNonNull(unitOfWork, "unitOfWork");
    this.accounts = new TxMap<>(unitOfWork);
    this.order = new TxList<>(unitOfWork);
  }

  @Override
  public Optional<PartyAccount> find(Party party) {
    return party == null ? Optional.empty() : accounts.get(party).map(PartyAccount::restore);
  }

  @Override
  public Outcome<Void> save(PartyAccount account) {
    PartyAccount.Snapshot s = account.nextSnapshot();
    if (!accounts.putNextVersion(s.party(), s, PartyAccount.Snapshot::version)) {
      return Outcome.rejected(CONFLICT, "the account of " + s.party() + " was changed by another writer");
    }
    if (s.version() == 1) {
      order.add(s.party());
    }
    return Outcome.done();
  }

  @Override
  public List<PartyAccount> all(PartyKind kind) {
    return order.toList().stream().filter(p -> p.kind() == kind).map(this::stored).toList();
  }

  @Override
  public List<PartyAccount> all() {
    return order.toList().stream().map(this::stored).toList();
  }

  private PartyAccount stored(Party party) {
    return PartyAccount.restore(accounts.get(party).orElseThrow());
  }
}
