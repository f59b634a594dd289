package io.bizloop.crm.archfixture.application;

import io.bizloop.crm.archfixture.port.Accounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A well-behaved application service: it may log. */
public final class OpenAccount {
  private static final Logger LOG = LoggerFactory.getLogger(OpenAccount.class);
  private final Accounts accounts;

  public OpenAccount(Accounts accounts) {
    this.accounts = accounts;
  }

  public boolean handle(String id) {
    LOG.debug("open {}", id);
    return accounts.find(id).isPresent();
  }
}
