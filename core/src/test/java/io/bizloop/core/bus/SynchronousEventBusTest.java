package io.bizloop.core.bus;

import static org.assertj.core.api.Assertions.assertThat;

import io.bizloop.core.CustomerId;
import io.bizloop.core.EventId;
import io.bizloop.core.Outcome;
import io.bizloop.core.port.EventHandler;
import io.bizloop.core.Rejection;
import io.bizloop.core.RejectionCode;
import io.bizloop.core.SupplierId;
import io.bizloop.core.event.BusinessEvent;
import io.bizloop.core.event.CustomerRegistered;
import io.bizloop.core.event.SupplierRegistered;
import io.bizloop.core.memory.InMemoryProcessedEvents;
import io.bizloop.core.memory.InMemoryUnitOfWork;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SynchronousEventBusTest {

  private static final LocalDate DAY = LocalDate.of(2025, 3, 1);

  private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
  private final SynchronousEventBus bus = new SynchronousEventBus(new InMemoryProcessedEvents(unitOfWork));
  private final List<String> deliveries = new ArrayList<>();

  private static CustomerRegistered customerRegistered(String eventId, String customer) {
    return new CustomerRegistered(EventId.of(eventId), DAY, CustomerId.of(customer), "Customer " + customer);
  }

  private static SupplierRegistered supplierRegistered(String eventId, String supplier) {
    return new SupplierRegistered(EventId.of(eventId), DAY, SupplierId.of(supplier), "Supplier " + supplier);
  }

  private EventHandler<BusinessEvent> recording(String consumer) {
    return event -> {
      deliveries.add(consumer + ":" + event.eventId());
      return Outcome.done();
    };
  }

  @Test
  void deliversAnEventToEverySubscriberOfItsTypeInSubscriptionOrder() {
    // given
    bus.subscribe("accounting", CustomerRegistered.class, recording("accounting"));
    bus.subscribe("suppliers", SupplierRegistered.class, recording("suppliers"));
    bus.subscribe("crm", BusinessEvent.class, recording("crm"));
    bus.subscribe("audit", CustomerRegistered.class, recording("audit"));

    // when
    Outcome<Void> published = bus.publish(customerRegistered("E1", "C1"));

    // then
    assertThat(published.isAccepted()).isTrue();
    assertThat(deliveries).containsExactly("accounting:E1", "crm:E1", "audit:E1");
  }

  @Test
  void aSubscriptionMadeAfterEventsOfItsTypeWerePublishedGetsTheNextOnes() {
    // given: the bus has dispatched this type once, to one subscriber
    bus.subscribe("accounting", CustomerRegistered.class, recording("accounting"));
    bus.publish(customerRegistered("E1", "C1"));

    // when
    bus.subscribe("crm", BusinessEvent.class, recording("crm"));
    Outcome<Void> published = bus.publish(customerRegistered("E2", "C2"));

    // then
    assertThat(published.isAccepted()).isTrue();
    assertThat(deliveries).containsExactly("accounting:E1", "accounting:E2", "crm:E2");
  }

  @Test
  void deliversEachEventIdOncePerSubscriberEvenWhenPublishedTwice() {
    // given
    bus.subscribe("accounting", CustomerRegistered.class, recording("accounting"));
    bus.subscribe("crm", CustomerRegistered.class, recording("crm"));
    CustomerRegistered event = customerRegistered("E1", "C1");

    // when
    Outcome<Void> first = bus.publish(event);
    Outcome<Void> second = bus.publish(event);
    Outcome<Void> sameIdOtherCopy = bus.publish(customerRegistered("E1", "C1"));

    // then
    assertThat(first.isAccepted()).isTrue();
    assertThat(second.isAccepted()).isTrue();
    assertThat(sameIdOtherCopy.isAccepted()).isTrue();
    assertThat(deliveries).containsExactly("accounting:E1", "crm:E1");
  }

  @Test
  void deliversADifferentEventIdAgain() {
    // given
    bus.subscribe("accounting", CustomerRegistered.class, recording("accounting"));

    // when
    bus.publish(customerRegistered("E1", "C1"));
    bus.publish(customerRegistered("E2", "C1"));

    // then
    assertThat(deliveries).containsExactly("accounting:E1", "accounting:E2");
  }

  @Test
  void theFirstRejectionStopsDeliveryAndIsReturned() {
    // given
    Rejection no = Rejection.of(RejectionCode.PERIOD_CLOSED, "period 2025-03 is closed");
    Rejection alsoNo = Rejection.of(RejectionCode.INVALID_STATE, "never asked");
    bus.subscribe("first", CustomerRegistered.class, recording("first"));
    bus.subscribe(
            "refuses",
            CustomerRegistered.class,
            event -> {
              deliveries.add("refuses:" + event.eventId());
              return Outcome.rejected(no);
            });
    bus.subscribe("alsoRefuses", CustomerRegistered.class, event -> Outcome.rejected(alsoNo));
    bus.subscribe("last", CustomerRegistered.class, recording("last"));

    // when
    Outcome<Void> published = bus.publish(customerRegistered("E1", "C1"));

    // then
    assertThat(published.isRejected()).isTrue();
    assertThat(published.rejection()).isEqualTo(no);
    assertThat(deliveries).containsExactly("first:E1", "refuses:E1");
  }

  @Test
  void aRejectedDeliveryInsideAUnitOfWorkIsDeliveredAgainOnRedelivery() {
    // given: a subscriber that refuses the first time only
    int[] calls = {0};
    bus.subscribe("first", CustomerRegistered.class, recording("first"));
    bus.subscribe(
            "flaky",
            CustomerRegistered.class,
            event -> ++calls[0] == 1 ? Outcome.rejected(RejectionCode.CONFLICT, "busy") : Outcome.done());
    CustomerRegistered event = customerRegistered("E1", "C1");

    // when
    Outcome<Void> firstAttempt = unitOfWork.execute(() -> bus.publish(event));
    Outcome<Void> redelivery = unitOfWork.execute(() -> bus.publish(event));
    Outcome<Void> thirdTime = unitOfWork.execute(() -> bus.publish(event));

    // then
    assertThat(firstAttempt.isRejected()).isTrue();
    assertThat(redelivery.isAccepted()).isTrue();
    assertThat(thirdTime.isAccepted()).isTrue();
    assertThat(deliveries).containsExactly("first:E1", "first:E1");
    assertThat(calls[0]).isEqualTo(2);
  }

  @Test
  void publishAllStopsAtTheFirstRejectedEvent() {
    // given
    bus.subscribe("customers", CustomerRegistered.class, recording("customers"));
    bus.subscribe("suppliers", SupplierRegistered.class, event -> Outcome.rejected(RejectionCode.DUPLICATE_ID, "S1"));

    // when
    Outcome<Void> published =
        bus.publishAll(
            List.of(customerRegistered("E1", "C1"), supplierRegistered("E2", "S1"), customerRegistered("E3", "C2")));

    // then
    assertThat(published.rejection().code()).isEqualTo(RejectionCode.DUPLICATE_ID);
    assertThat(deliveries).containsExactly("customers:E1");
  }

  @Test
  void publishEventsOfReturnsTheDecisionOrTheSubscribersRejection() {
    // given
    bus.subscribe("customers", CustomerRegistered.class, recording("customers"));
    bus.subscribe("suppliers", SupplierRegistered.class, event -> Outcome.rejected(RejectionCode.DUPLICATE_ID, "S1"));
    Outcome<String> accepted = Outcome.accepted("C1", List.of(customerRegistered("E1", "C1")));
    Outcome<String> refusedDownstream = Outcome.accepted("S1", List.of(supplierRegistered("E2", "S1")));
    Outcome<String> rejected = Outcome.rejected(RejectionCode.INVALID_INPUT, "bad");

    // when
    Outcome<String> published = bus.publishEventsOf(accepted);
    Outcome<String> refused = bus.publishEventsOf(refusedDownstream);
    Outcome<String> passedThrough = bus.publishEventsOf(rejected);

    // then
    assertThat(published).isSameAs(accepted);
    assertThat(refused.rejection().code()).isEqualTo(RejectionCode.DUPLICATE_ID);
    assertThat(passedThrough).isSameAs(rejected);
    assertThat(deliveries).containsExactly("customers:E1");
  }
}
