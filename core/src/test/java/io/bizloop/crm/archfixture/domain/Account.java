package io.bizloop.crm.archfixture.domain;

import io.bizloop.crm.archfixture.port.Accounts;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;

/** A well-behaved domain class: JDK, validation, primitives, arrays and its own context only. */
public final class Account {
  private final long[] minorUnits = new long[2];
  private final String[][] names = new String[1][1];
  private final List<BigDecimal> amounts = List.of();

  public int size(@NotNull Accounts accounts) {
    return minorUnits.length + names.length + amounts.size() + (accounts == null ? 0 : 1);
  }

  /** A nested helper class is fine anywhere. */
  public enum Kind { OPEN, CLOSED }
}
