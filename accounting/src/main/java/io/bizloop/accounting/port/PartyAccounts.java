package io.bizloop.accounting.port;

import io.bizloop.accounting.domain.Party;
import io.bizloop.accounting.domain.PartyAccount;
import io.bizloop.accounting.domain.PartyKind;
import java.util.List;
import java.util.Optional;

/**
 * The sub-ledger accounts of customers and suppliers.
 *
 * <p>Contract: part of the caller's unit of work; {@link #save} refuses a stale version
 * (optimistic locking) and answers {@code false}; {@link #all} lists accounts in the order they
 * were first saved.
 */
public interface PartyAccounts {

  Optional<PartyAccount> find(Party party);

  /** Stores a new account (version 0) or an update of the stored version; {@code false} when stale. */
  boolean save(PartyAccount account);

  /** The accounts of one kind, in the order they were opened. */
  List<PartyAccount> all(PartyKind kind);

  /** Every account, in the order they were opened. */
  List<PartyAccount> all();
}
