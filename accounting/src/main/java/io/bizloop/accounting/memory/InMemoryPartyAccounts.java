package io.bizloop.accounting.memory;

import io.bizloop.accounting.domain.Party;
import io.bizloop.accounting.domain.PartyAccount;
import io.bizloop.accounting.domain.PartyKind;
import io.bizloop.accounting.port.PartyAccounts;
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

  public InMemoryPartyAccounts(InMemoryUnitOfWork unitOfWork) {
    Objects.requireNonNull(unitOfWork, "unitOfWork");
    this.accounts = new TxMap<>(unitOfWork);
    this.order = new TxList<>(unitOfWork);
  }

  @Override
  public Optional<PartyAccount> find(Party party) {
    return accounts.get(party).map(PartyAccount::restore);
  }

  @Override
  public synchronized boolean save(PartyAccount account) {
    PartyAccount.Snapshot s = account.snapshot();
    PartyAccount.Snapshot stored =
        new PartyAccount.Snapshot(
            s.party(), s.name(), s.registered(), s.currency(), s.items(), s.advance(), s.version() + 1);
    boolean isNew = s.version() == 0;
    boolean saved =
        accounts.putIf(
            s.party(),
            stored,
            (current, next) -> isNew ? current == null : current != null && current.version() == s.version());
    if (saved && isNew) {
      order.add(s.party());
    }
    return saved;
  }

  @Override
  public List<PartyAccount> all(PartyKind kind) {
    return order.toList().stream().filter(p -> p.kind() == kind).map(p -> find(p).orElseThrow()).toList();
  }

  @Override
  public List<PartyAccount> all() {
    return order.toList().stream().map(p -> find(p).orElseThrow()).toList();
  }
}
