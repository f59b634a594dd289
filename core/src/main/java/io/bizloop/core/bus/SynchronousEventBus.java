package io.bizloop.core.bus;

import io.bizloop.core.Ids;
import io.bizloop.core.Outcome;
import io.bizloop.core.event.BusinessEvent;
import io.bizloop.core.port.EventPublisher;
import io.bizloop.core.port.ProcessedEvents;
import java.util.List;
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
public final class SynchronousEventBus implements EventPublisher {

  private record Subscription<E extends BusinessEvent>(String consumer, Class<E> type, EventHandler<? super E> handler) {
    Outcome<?> deliver(BusinessEvent event) {
      return handler.handle(type.cast(event));
    }
  }

  private final ProcessedEvents inbox;
  private final List<Subscription<?>> subscriptions = new CopyOnWriteArrayList<>();

  public SynchronousEventBus(ProcessedEvents inbox) {
    this.inbox = Objects.requireNonNull(inbox, "inbox");
  }

  /**
   * Subscribes {@code handler} under the name {@code consumer}, which keys its idempotency: two
   * subscriptions must not share a name unless they are the same consumer.
   */
  public <E extends BusinessEvent> SynchronousEventBus subscribe(
      String consumer, Class<E> type, EventHandler<? super E> handler) {
    Ids.requireText(consumer, "consumer");
    subscriptions.add(new Subscription<>(consumer, Objects.requireNonNull(type), Objects.requireNonNull(handler)));
    return this;
  }

  @Override
  public Outcome<Void> publish(BusinessEvent event) {
    Objects.requireNonNull(event, "event");
    for (Subscription<?> subscription : subscriptions) {
      if (!subscription.type().isInstance(event)) {
        continue;
      }
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
}
