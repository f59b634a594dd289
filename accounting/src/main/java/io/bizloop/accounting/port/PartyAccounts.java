package io.bizloop.accounting.port;

import io.bizloop.accounting.domain.Party;
import io.bizloop.accounting.domain.PartyAccount;
import io.bizloop.accounting.domain.PartyKind;
import io.bizloop.core.port.Repository;
import java.util.List;

/**
 * The sub-ledger accounts of customers and suppliers.
 *
 * <p>Contract the host honours: part of the caller's unit of work; {@link #save} follows
 * {@link Repository}'s contract (a stale version is {@code CONFLICT}, never thrown); the lists
 * give accounts in the order they were first saved.
 */
public interface PartyAccounts extends Repository<Party, PartyAccount> {

  /**
   * The accounts of one kind.
   *
   * @param kind customers or suppliers
   * @return their accounts, in the order they were opened
   */
  List<PartyAccount> all(PartyKind kind);

  /**
   * Every account.
   *
   * @return customers' and suppliers' accounts, in the order they were opened
   */
  List<PartyAccount> all();
}
