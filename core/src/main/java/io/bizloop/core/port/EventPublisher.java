package io.bizloop.core.port;

import io.bizloop.core.Outcome;
import io.bizloop.core.event.BusinessEvent;
import java.util.List;

/**
 * Delivers business events to the other contexts.
 *
 * <p>Contract: a publisher either delivers synchronously inside the caller's {@link UnitOfWork}
 * (and then returns the first rejection a subscriber gave, which the caller must return so the
 * unit of work keeps nothing), or stores the event in the same transaction for later delivery
 * (an outbox) and returns accepted. Delivery is at least once; subscribers are idempotent by
 * {@link BusinessEvent#eventId()}.
 */
public interface EventPublisher {

  /**
   * Publishes one event.
   *
   * @param event the event
   * @return done, or the first rejection a subscriber gave: then nothing may be kept
   */
  Outcome<Void> publish(BusinessEvent event);

  /**
   * Publishes events in order, stopping at the first rejection.
   *
   * @param events the events, in the order they happened
   * @return done when every event was delivered, else the first rejection
   */
  default Outcome<Void> publishAll(List<? extends BusinessEvent> events) {
    for (BusinessEvent event : events) {
      Outcome<Void> delivered = publish(event);
      if (delivered.isRejected()) {
        return delivered;
      }
    }
    return Outcome.done();
  }

  /**
   * Publishes the events of an accepted decision and returns the decision, or the first
   * rejection a subscriber gave. A rejected decision passes through unpublished.
   *
   * @param decision the outcome of a command's domain decision
   * @param <T> the type of its value
   * @return {@code decision} when it is rejected or every event was delivered, else the first
   *     rejection a subscriber gave
   */
  default <T> Outcome<T> publishEventsOf(Outcome<T> decision) {
    if (decision.isRejected()) {
      return decision;
    }
    Outcome<Void> delivered = publishAll(decision.events());
    return delivered.isRejected() ? Outcome.rejected(delivered.rejection()) : decision;
  }
}
