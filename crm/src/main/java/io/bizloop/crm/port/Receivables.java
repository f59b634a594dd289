package io.bizloop.crm.port;

import io.bizloop.core.CustomerId;
import io.bizloop.core.Money;

/**
 * What a customer owes, and has paid in advance, according to the books (accounting answers).
 * Read-only, side-effect free; both answers are in the company currency.
 */
public interface Receivables {

  /**
   * What a customer owes now.
   *
   * @param customer the customer
   * @return the sum of its open receivable items, zero or positive (zero when none)
   */
  Money openReceivable(CustomerId customer);

  /**
   * What a customer paid in advance and was not yet applied (customer advances, 2203).
   *
   * @param customer the customer
   * @return its advance, zero or positive (zero when none)
   */
  Money advance(CustomerId customer);

  /**
   * Receivables answered by two functions, e.g. over accounting's queries.
   *
   * @param open what a customer owes
   * @param advance what a customer paid in advance
   * @return the port
   */
  static Receivables of(
      java.util.function.Function<CustomerId, Money> open, java.util.function.Function<CustomerId, Money> advance) {
    java.util.Objects.requireNonNull(open, "open");
    java.util.Objects.requireNonNull(advance, "advance");
    return new Receivables() {
      @Override
      public Money openReceivable(CustomerId customer) {
        return open.apply(customer);
      }

      @Override
      public Money advance(CustomerId customer) {
        return advance.apply(customer);
      }
    };
  }
}
