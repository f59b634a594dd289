package io.bizloop.crm.application;

import io.bizloop.core.Outcome;
import io.bizloop.core.event.PaymentReceived;
import io.bizloop.crm.domain.Customer;
import java.util.Optional;

/** Policy on PaymentReceived: adds to the customer's payments and its latest payment date (RFM recency). */
final class RecordPayment {

  private final CrmContext ctx;

  RecordPayment(CrmContext ctx) {
    this.ctx = ctx;
  }

  Outcome<Void> on(PaymentReceived event) {
    return ctx.unitOfWork()
        .execute(
            () -> {
              Optional<Customer> found = ctx.customers().find(event.customer());
              if (found.isEmpty() || !found.get().paid().currency().equals(event.amount().currency())) {
                return Outcome.done();
              }
              Customer customer = found.get();
              customer.recordPayment(event.amount(), event.date());
              UseCase.saved(ctx.customers().save(customer), "customer " + customer.id());
              return Outcome.done();
            });
  }
}
