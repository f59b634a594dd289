/** Ports every host implements or takes from examples: event delivery, unit of work, inbox, clock, validation. */
package io.bizloop.core.port;
