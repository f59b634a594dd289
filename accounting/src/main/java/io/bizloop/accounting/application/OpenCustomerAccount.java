package io.bizloop.accounting.application;

import io.bizloop.accounting.domain.Party;
import io.bizloop.accounting.domain.PartyAccount;
import io.bizloop.accounting.port.PartyAccounts;
import io.bizloop.core.Outcome;
import io.bizloop.core.event.CustomerRegistered;
import java.util.Currency;
import java.util.Objects;

/**
 * Opens (or names) a registered customer's receivable sub-ledger account with the customer's
 * payment terms; only registered customers may pay. The same event twice changes nothing. Rejections: {@code INVALID_INPUT} (no
 * event), {@code CONFLICT}.
 */
public final class OpenCustomerAccount {

  private final Currency currency;
  private final PartyAccounts parties;

  /**
   * The policy on the customers' accounts.
   *
   * @param settings the book currency, chart and mapping
   * @param parties the customers' accounts
   */
  public OpenCustomerAccount(AccountingSettings settings, PartyAccounts parties) {
    this.currency = settings.currency();
    this.parties = Objects.requireNonNull(parties, "parties");
  }

  /**
   * Opens or names the account.
   *
   * @param event the registration
   * @return done, or the rejection
   */
  public Outcome<Void> on(CustomerRegistered event) {
    if (event == null) {
      return Bookkeeper.missing("the event");
    }
    return register(parties, Party.customer(event.customer()), event.name(), event.paymentTermsDays(), currency);
  }

  /**
   * Registers {@code party} under {@code name} with its payment terms, saving its account when that
   * changed anything.
   */
  static Outcome<Void> register(PartyAccounts parties, Party party, String name, int terms, Currency currency) {
    PartyAccount account = parties.find(party).orElseGet(() -> PartyAccount.open(party, currency, null));
    boolean isNew = account.version() == 0;
    boolean named = account.register(name);
    boolean termsChanged = account.setPaymentTerms(Math.min(Math.max(terms, 0), io.bizloop.core.Bounds.MAX_PAYMENT_TERMS_DAYS));
    if (named || termsChanged || isNew) {
      return parties.save(account);
    }
    return Outcome.done();
  }
}
