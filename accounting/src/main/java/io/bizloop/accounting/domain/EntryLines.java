package io.bizloop.accounting.domain;

import io.bizloop.core.AccountCode;
import io.bizloop.core.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Builds the lines of an automatic posting: zero amounts are left out, and a negative amount goes
 * to the other side of the account as its absolute value.
 */
public final class EntryLines {

  private final List<JournalLine> lines = new ArrayList<>();

  private EntryLines() {}

  public static EntryLines create() {
    return new EntryLines();
  }

  public EntryLines debit(AccountCode account, Money amount) {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(amount, "amount");
    if (amount.isPositive()) {
      lines.add(JournalLine.debit(account, amount));
    } else if (amount.isNegative()) {
      lines.add(JournalLine.credit(account, amount.negate()));
    }
    return this;
  }

  public EntryLines credit(AccountCode account, Money amount) {
    Objects.requireNonNull(amount, "amount");
    return debit(account, amount.negate());
  }

  public EntryLines add(JournalLine line) {
    if (!line.isZero()) {
      lines.add(line);
    }
    return this;
  }

  public boolean isEmpty() {
    return lines.isEmpty();
  }

  public List<JournalLine> toList() {
    return List.copyOf(lines);
  }
}
