package io.bizloop.core.bus;

import io.bizloop.core.Ids;
import io.bizloop.core.Outcome;
import io.bizloop.core.event.BusinessEvent;
import io.bizloop.core.port.EventHandler;
import io.bizloop.core.port.EventPublisher;
import io.bizloop.core.port.EventSubscriptions;
import io.bizloop.core.port.ProcessedEvents;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An in-process event bus that delivers each event synchronously, in subscription order, to
 * every subscriber of its type, inside the publisher's unit of work.
 *
 * <p>Invariants: a subscriber receives each event id at most once, even when the event is
 * published again (the {@link ProcessedEvents} inbox remembers it); the first rejection a
 * subscriber returns stops the delivery and is returned to the publisher, who must return it
 * so the unit of work keeps nothing. Subscribing is thread-safe; delivery runs on the
 * publishing thread.
 */
public final class SynchronousEventBus implements EventPublisher, EventSubscriptions {

  private record Subscription<E extends BusinessEvent>(String consumer, Class<E> type, EventHandler<? super E> handler) {
    Outcome<?> deliver(BusinessEvent event) {
      return handler.handle(type.cast(event));
    }
  }

  private final ProcessedEvents inbox;
  private final List<Subscription<?>> subscriptions = new CopyOnWriteArrayList<>();

  /**
   * The subscriptions of each event class met so far, in subscription order (what {@code publish}
   * would find by testing every subscription's type): replaced whole under the lock of {@link
   * #subscriptions}, never changed in place; a new subscription drops it.
   */
  private volatile Map<Class<?>, Subscription<?>[]> byClass = Map.of();

  /**
   * A bus with no subscribers.
   *
   * @param inbox remembers which consumer applied which event; it should take part in the
   *     publisher's unit of work, so that a rolled back delivery is not remembered
   * @throws NullPointerException when {@code inbox} is null
   */
  public SynchronousEventBus(ProcessedEvents inbox) {
    this.inbox = Objects.requireNonNull(inbox, "inbox");
  }

  /**
   * Subscribes {@code handler} under the name {@code consumer}, which keys its idempotency: two
   * subscriptions must not share a name unless they are the same consumer. Thread-safe.
   *
   * @param consumer the consumer's stable name, e.g. {@code "accounting"}: the id rule of
   *     {@link Ids}
   * @param type the event type it reacts to (subtypes included)
   * @param handler the policy
   * @param <E> the event type
   * @throws IllegalArgumentException when the consumer name is missing or breaks the id rule
   * @throws NullPointerException when {@code type} or {@code handler} is null
   */
  @Override
  public <E extends BusinessEvent> void subscribe(String consumer, Class<E> type, EventHandler<? super E> handler) {
    Ids.requireText(consumer, "consumer");
    Subscription<E> subscription = new Subscription<>(consumer, Objects.requireNonNull(type), Objects.requireNonNull(handler));
    synchronized (subscriptions) {
      subscriptions.add(subscription);
      byClass = Map.of();
    }
  }

  /**
   * Delivers {@code event} on the calling thread to every subscriber of its type, in
   * subscription order, skipping a consumer that already applied its id.
   *
   * @param event the event
   * @return done, or the first rejection a subscriber gave (delivery stops there)
   * @throws NullPointerException when {@code event} is null
   */
  @Override
  public Outcome<Void> publish(BusinessEvent event) {
    Objects.requireNonNull(event, "event");
    for (Subscription<?> subscription : subscriptionsOf(event.getClass())) {
      if (!inbox.markProcessed(subscription.consumer(), event.eventId())) {
        continue;
      }
      Outcome<?> handled = subscription.deliver(event);
      if (handled.isRejected()) {
        return Outcome.rejected(handled.rejection());
      }
    }
    return Outcome.done();
  }

  /** The subscriptions whose type {@code eventClass} is, in subscription order. */
  private Subscription<?>[] subscriptionsOf(Class<?> eventClass) {
    Map<Class<?>, Subscription<?>[]> known = byClass;
    Subscription<?>[] found = known.get(eventClass);
    if (found != null) {
      return found;
    }
    synchronized (subscriptions) { // a subscription cannot come between finding and keeping
      found = subscriptions.stream().filter(s -> s.type().isAssignableFrom(eventClass)).toArray(Subscription<?>[]::new);
      Map<Class<?>, Subscription<?>[]> more = new HashMap<>(byClass);
      more.put(eventClass, found);
      byClass = more;
      return found;
    }
  }
}
