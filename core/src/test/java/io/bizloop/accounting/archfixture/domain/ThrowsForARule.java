package io.bizloop.accounting.archfixture.domain;

/** Deliberately bad fixture: a domain class that throws for a business rule. */
public final class ThrowsForARule {
  /** Refuses by throwing. */
  public void close(boolean open) {
    if (!open) {
      throw new IllegalStateException("already closed");
    }
  }
}
