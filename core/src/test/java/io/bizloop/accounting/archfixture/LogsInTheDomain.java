package io.bizloop.accounting.archfixture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Deliberately bad: logging outside the application package. */
public final class LogsInTheDomain {
  private static final Logger LOG = LoggerFactory.getLogger(LogsInTheDomain.class);

  public void touch() {
    LOG.debug("touched");
  }
}
