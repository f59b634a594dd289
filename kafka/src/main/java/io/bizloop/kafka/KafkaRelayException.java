package io.bizloop.kafka;

/** Kafka did not take what the relay or the inbound adapter sent in time; nothing was marked or committed. */
public final class KafkaRelayException extends RuntimeException {

  /**
   * The failure.
   *
   * @param message what failed
   * @param cause why
   */
  public KafkaRelayException(String message, Throwable cause) {
    super(message, cause);
  }
}
