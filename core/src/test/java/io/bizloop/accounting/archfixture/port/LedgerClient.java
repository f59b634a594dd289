package io.bizloop.accounting.archfixture.port;

/** Deliberately bad: a class, not an interface, in a port package. */
public class LedgerClient {
  public int balance() {
    return 0;
  }
}
