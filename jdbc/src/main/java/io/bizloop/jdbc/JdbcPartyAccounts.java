package io.bizloop.jdbc;

import io.bizloop.accounting.domain.Party;
import io.bizloop.accounting.domain.PartyAccount;
import io.bizloop.accounting.domain.PartyKind;
import io.bizloop.accounting.port.PartyAccounts;
import io.bizloop.core.Outcome;
import java.util.List;
import java.util.Optional;

/** Customer and supplier sub-ledger accounts in {@code bizloop_party_account}, in the order they were opened;
 * a stale save answers CONFLICT. */
final class JdbcPartyAccounts implements PartyAccounts {

  private final SnapshotTable<PartyAccount.Snapshot> table;

  JdbcPartyAccounts(Sql sql) {
    this.table =
        new SnapshotTable<>(
            sql, "bizloop_party_account", PartyAccount.Snapshot.class,
            List.of("kind", "party_id"), s -> new Object[] {s.party().kind().name(), s.party().id()},
            List.of(), s -> new Object[0],
            PartyAccount.Snapshot::version,
            s -> s.withVersion(s.version() + 1),
            "opened");
  }

  public JdbcPartyAccounts(JdbcUnitOfWork unitOfWork) {
    this(new Sql(unitOfWork));
  }

  @Override
  public Optional<PartyAccount> find(Party party) {
    return table.find(party.kind().name(), party.id()).map(PartyAccount::restore);
  }

  @Override
  public Outcome<Void> save(PartyAccount account) {
    return table.save(account.snapshot());
  }

  @Override
  public List<PartyAccount> all(PartyKind kind) {
    return table.where("kind = ?", kind.name()).stream().map(PartyAccount::restore).toList();
  }

  @Override
  public List<PartyAccount> all() {
    return table.all().stream().map(PartyAccount::restore).toList();
  }
}
