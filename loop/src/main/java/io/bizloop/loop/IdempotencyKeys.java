package io.bizloop.loop;

/**
 * The idempotency keys a host gave with its commands ({@link Bizloop#once}), kept by the store
 * in the same unit of work as what the command changed: a key is remembered exactly when the
 * unit of work that remembered it is kept.
 */
@FunctionalInterface
public interface IdempotencyKeys {

  /**
   * Remembers {@code key}, inside the current unit of work.
   *
   * @param key the host's key, any non-empty text
   * @return true the first time, false when the key was already remembered
   */
  boolean remember(String key);
}
