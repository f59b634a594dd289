package io.bizloop.core;

import io.bizloop.core.event.BusinessEvent;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The answer to a command: accepted, with its value and the business events that happened,
 * or rejected, with a {@link Rejection}. A rejected command has changed nothing.
 *
 * @param <T> the value of an accepted outcome
 */
public sealed interface Outcome<T> {

  /**
   * The command was carried out.
   *
   * @param value the result (may be {@code null} for commands that have none)
   * @param events the business events that happened, in order
   */
  record Accepted<T>(T value, List<BusinessEvent> events) implements Outcome<T> {
    public Accepted {
      events = List.copyOf(events);
    }
  }

  /**
   * The command was refused and changed nothing.
   *
   * @param rejection why
   */
  record Rejected<T>(Rejection rejection) implements Outcome<T> {
    public Rejected {
      Objects.requireNonNull(rejection, "rejection");
    }
  }

  static <T> Outcome<T> accepted(T value) {
    return new Accepted<>(value, List.of());
  }

  static <T> Outcome<T> accepted(T value, List<? extends BusinessEvent> events) {
    return new Accepted<>(value, List.copyOf(events));
  }

  /** An accepted outcome without a value. */
  static Outcome<Void> done() {
    return new Accepted<>(null, List.of());
  }

  /** An accepted outcome without a value, with the events that happened. */
  static Outcome<Void> done(List<? extends BusinessEvent> events) {
    return new Accepted<>(null, List.copyOf(events));
  }

  static <T> Outcome<T> rejected(RejectionCode code, String message) {
    return new Rejected<>(new Rejection(code, message));
  }

  static <T> Outcome<T> rejected(Rejection rejection) {
    return new Rejected<>(rejection);
  }

  default boolean isAccepted() {
    return this instanceof Accepted;
  }

  default boolean isRejected() {
    return this instanceof Rejected;
  }

  /** The events of an accepted outcome; none for a rejected one. */
  default List<BusinessEvent> events() {
    return this instanceof Accepted<T> a ? a.events() : List.of();
  }

  /**
   * The value of an accepted outcome.
   *
   * @throws IllegalStateException when rejected
   */
  default T value() {
    if (this instanceof Accepted<T> a) {
      return a.value();
    }
    throw new IllegalStateException("rejected: " + ((Rejected<T>) this).rejection());
  }

  /**
   * The rejection of a rejected outcome.
   *
   * @throws IllegalStateException when accepted
   */
  default Rejection rejection() {
    if (this instanceof Rejected<T> r) {
      return r.rejection();
    }
    throw new IllegalStateException("accepted");
  }

  /** The same outcome with its value mapped; a rejection passes through. */
  default <U> Outcome<U> map(Function<? super T, ? extends U> mapper) {
    if (this instanceof Accepted<T> a) {
      return new Accepted<>(mapper.apply(a.value()), a.events());
    }
    return new Rejected<>(rejection());
  }

  /** Continues with {@code next} when accepted (events of both, in order); a rejection passes through. */
  default <U> Outcome<U> then(Function<? super T, Outcome<U>> next) {
    if (this instanceof Accepted<T> a) {
      Outcome<U> following = next.apply(a.value());
      if (following instanceof Accepted<U> b) {
        List<BusinessEvent> all = new java.util.ArrayList<>(a.events());
        all.addAll(b.events());
        return new Accepted<>(b.value(), all);
      }
      return following;
    }
    return new Rejected<>(rejection());
  }

  /** This outcome without its value. */
  default Outcome<Void> discardValue() {
    return map(v -> null);
  }
}
