package io.bizloop.accounting.domain;

import io.bizloop.core.Money;
import java.util.Objects;

/**
 * How an amount was split between a party's open items and its advance (or prepayment).
 *
 * @param onItems what settled open items (goes to the receivable or payable control account)
 * @param onAdvance what went to, or came from, the advance or prepayment
 */
public record Settlement(Money onItems, Money onAdvance) {

  /**
   * Checks the parts.
   *
   * @param onItems what settled open items (goes to the receivable or payable control account)
   * @param onAdvance what went to, or came from, the advance or prepayment
   * @throws NullPointerException when a part is missing
   */
  public Settlement {
    Objects.requireNonNull(onItems, "onItems");
    Objects.requireNonNull(onAdvance, "onAdvance");
  }

  /**
   * The whole amount.
   *
   * @return on items plus on advance
   */
  public Money total() {
    return onItems.plus(onAdvance);
  }
}
