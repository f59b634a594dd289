package io.bizloop.core.port;

import io.bizloop.core.Outcome;
import io.bizloop.core.event.BusinessEvent;

/**
 * A policy that reacts to one kind of business event, inside the publisher's unit of work.
 * A rejection it returns undoes the whole unit of work.
 *
 * @param <E> the event type
 */
@FunctionalInterface
public interface EventHandler<E extends BusinessEvent> {

  /**
   * Reacts to one event.
   *
   * @param event the event, never null
   * @return accepted when the policy applied it (its value is ignored), or a rejection that
   *     undoes the publisher's whole unit of work
   */
  Outcome<?> handle(E event);
}
