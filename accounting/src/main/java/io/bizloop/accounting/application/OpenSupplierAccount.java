package io.bizloop.accounting.application;

import io.bizloop.accounting.domain.Party;
import io.bizloop.accounting.port.PartyAccounts;
import io.bizloop.core.Outcome;
import io.bizloop.core.event.SupplierRegistered;
import java.util.Currency;
import java.util.Objects;

/**
 * Opens (or names) a registered supplier's payable sub-ledger account with the supplier's payment
 * terms; only registered suppliers
 * may be paid. The same event twice changes nothing. Rejections: {@code INVALID_INPUT} (no
 * event), {@code CONFLICT}.
 */
public final class OpenSupplierAccount {

  private final Currency currency;
  private final PartyAccounts parties;

  /**
   * The policy on the suppliers' accounts.
   *
   * @param settings the book currency, chart and mapping
   * @param parties the suppliers' accounts
   */
  public OpenSupplierAccount(AccountingSettings settings, PartyAccounts parties) {
    this.currency = settings.currency();
    this.parties = Objects.requireNonNull(parties, "parties");
  }

  /**
   * Opens or names the account.
   *
   * @param event the registration
   * @return done, or the rejection
   */
  public Outcome<Void> on(SupplierRegistered event) {
    if (event == null) {
      return Bookkeeper.missing("the event");
    }
    return OpenCustomerAccount.register(
        parties, Party.supplier(event.supplier()), event.name(), event.paymentTermsDays(), currency);
  }
}
