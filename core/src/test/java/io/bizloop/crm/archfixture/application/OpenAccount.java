package io.bizloop.crm.archfixture.application;

import io.bizloop.core.Outcome;
import io.bizloop.core.port.UseCase;
import io.bizloop.crm.archfixture.port.Accounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A well-behaved use case: the one shape (UseCase), and it may log. */
public final class OpenAccount implements UseCase<String, Boolean> {
  private static final Logger LOG = LoggerFactory.getLogger(OpenAccount.class);
  private final Accounts accounts;

  public OpenAccount(Accounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public Outcome<Boolean> handle(String id) {
    LOG.debug("open {}", id);
    return Outcome.accepted(accounts.find(id).isPresent());
  }
}
