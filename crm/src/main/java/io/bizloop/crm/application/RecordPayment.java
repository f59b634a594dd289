package io.bizloop.crm.application;

import static io.bizloop.core.RejectionCode.INVALID_INPUT;

import io.bizloop.core.Outcome;
import io.bizloop.core.event.PaymentReceived;
import io.bizloop.crm.domain.Customer;
import io.bizloop.crm.port.Customers;
import java.util.Objects;
import java.util.Optional;

/**
 * Policy on PaymentReceived: adds to the customer's payments and its latest payment date (RFM
 * recency). Unknown customers and payments in another currency are ignored. Rejections:
 * INVALID_INPUT (no event).
 */
public final class RecordPayment {

  private final Customers customers;

  /**
   * The policy over its port.
   *
   * @param customers the customers
   */
  public RecordPayment(Customers customers) {
    this.customers = Objects.requireNonNull(customers, "customers");
  }

  /**
   * Records the payment on its customer.
   *
   * @param event what the customer paid
   * @return done (also when ignored); INVALID_INPUT, CONFLICT
   */
  public Outcome<Void> on(PaymentReceived event) {
    if (event == null) {
      return Outcome.rejected(INVALID_INPUT, "event is missing");
    }
    Optional<Customer> found = customers.find(event.customer());
    if (found.isEmpty() || !found.get().paid().currency().equals(event.amount().currency())) {
      return Outcome.done();
    }
    Customer customer = found.get();
    customer.recordPayment(event.amount(), event.date());
    return customers.save(customer);
  }
}
