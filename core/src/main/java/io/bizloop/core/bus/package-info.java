/** An in-process synchronous event bus, idempotent per subscriber by event id. */
package io.bizloop.core.bus;
