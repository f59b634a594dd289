package io.bizloop.core.port;

import io.bizloop.core.event.BusinessEvent;

/**
 * Where a context subscribes its event policies: the subscribing half of event delivery, beside
 * {@link EventPublisher}. A module's {@code install} takes these two ports, never a concrete bus.
 *
 * <p>Contract: a handler receives every event of its type published after it subscribed, at most
 * once per consumer name and event id, inside the publisher's unit of work; a rejection it
 * returns is handed back to the publisher, which must then keep nothing.
 */
public interface EventSubscriptions {

  /**
   * Subscribes {@code handler} under {@code consumer}, which keys its idempotency: two
   * subscriptions must not share a consumer name unless they are the same consumer.
   *
   * @param consumer the consumer's stable name, e.g. {@code "accounting"}
   * @param type the event type it reacts to
   * @param handler the policy
   * @param <E> the event type
   */
  <E extends BusinessEvent> void subscribe(String consumer, Class<E> type, EventHandler<? super E> handler);
}
