package io.bizloop.core.bus;

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

  Outcome<?> handle(E event);
}
