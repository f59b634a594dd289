package io.bizloop.core;

import io.bizloop.core.event.BusinessEvent;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The answer to a command: accepted, with its value and the business events that happened,
 * or rejected, with a {@link Rejection}. A rejected command has changed nothing.
 *
 * <p>A business "no" is always a value, never an exception: use cases answer outcomes, and
 * exceptions are left for bugs and broken infrastructure.
 *
 * @param <T> the value of an accepted outcome
 */
public sealed interface Outcome<T> {

  /**
   * The command was carried out.
   *
   * @param value the result (may be {@code null} for commands that have none)
   * @param events the business events that happened, in order
   * @param <T> the type of the value
   */
  record Accepted<T>(T value, List<BusinessEvent> events) implements Outcome<T> {

    /**
     * Keeps an unmodifiable copy of the events.
     *
     * @param value the result (may be {@code null})
     * @param events the events, in order
     * @throws NullPointerException when {@code events} or one of them is null
     */
    public Accepted {
      events = List.copyOf(events);
    }
  }

  /**
   * The command was refused and changed nothing.
   *
   * @param rejection why
   * @param <T> the type the value would have had
   */
  record Rejected<T>(Rejection rejection) implements Outcome<T> {

    /**
     * Checks that the reason is given.
     *
     * @param rejection why
     * @throws NullPointerException when {@code rejection} is null
     */
    public Rejected {
      Objects.requireNonNull(rejection, "rejection");
    }
  }

  /**
   * An accepted outcome with a value and no events.
   *
   * @param value the result (may be {@code null})
   * @param <T> the type of the value
   * @return the outcome
   */
  static <T> Outcome<T> accepted(T value) {
    return new Accepted<>(value, List.of());
  }

  /**
   * An accepted outcome with a value and the events that happened.
   *
   * @param value the result (may be {@code null})
   * @param events the events, in order
   * @param <T> the type of the value
   * @return the outcome
   * @throws NullPointerException when {@code events} or one of them is null
   */
  static <T> Outcome<T> accepted(T value, List<? extends BusinessEvent> events) {
    return new Accepted<>(value, List.copyOf(events));
  }

  /**
   * An accepted outcome without a value or events.
   *
   * @return the outcome
   */
  static Outcome<Void> done() {
    return Shared.DONE;
  }

  /**
   * An accepted outcome without a value, with the events that happened.
   *
   * @param events the events, in order
   * @return the outcome
   * @throws NullPointerException when {@code events} or one of them is null
   */
  static Outcome<Void> done(List<? extends BusinessEvent> events) {
    return new Accepted<>(null, List.copyOf(events));
  }

  /**
   * A rejected outcome.
   *
   * @param code the stable code
   * @param message what was wrong, short, naming the ids and figures involved
   * @param <T> the type the value would have had
   * @return the outcome
   * @throws NullPointerException when {@code code} or {@code message} is null
   */
  static <T> Outcome<T> rejected(RejectionCode code, String message) {
    return new Rejected<>(new Rejection(code, message));
  }

  /**
   * A rejected outcome carrying an existing rejection.
   *
   * @param rejection why
   * @param <T> the type the value would have had
   * @return the outcome
   * @throws NullPointerException when {@code rejection} is null
   */
  static <T> Outcome<T> rejected(Rejection rejection) {
    return new Rejected<>(rejection);
  }

  /**
   * Whether the command was carried out.
   *
   * @return true for {@link Accepted}
   */
  default boolean isAccepted() {
    return this instanceof Accepted;
  }

  /**
   * Whether the command was refused.
   *
   * @return true for {@link Rejected}
   */
  default boolean isRejected() {
    return this instanceof Rejected;
  }

  /**
   * The events of an accepted outcome; none for a rejected one.
   *
   * @return the events in the order they happened, unmodifiable
   */
  default List<BusinessEvent> events() {
    return this instanceof Accepted<T> a ? a.events() : List.of();
  }

  /**
   * The value of an accepted outcome.
   *
   * @return the value (may be {@code null} for commands that answer none)
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
   * @return why the command was refused
   * @throws IllegalStateException when accepted
   */
  default Rejection rejection() {
    if (this instanceof Rejected<T> r) {
      return r.rejection();
    }
    throw new IllegalStateException("accepted");
  }

  /**
   * The same outcome with its value mapped and its events kept; a rejection passes through.
   *
   * @param mapper turns the value into another (called only when accepted)
   * @param <U> the type of the mapped value
   * @return the mapped outcome, or the same rejection
   */
  default <U> Outcome<U> map(Function<? super T, ? extends U> mapper) {
    if (this instanceof Accepted<T> a) {
      return new Accepted<>(mapper.apply(a.value()), a.events());
    }
    return new Rejected<>(rejection());
  }

  /**
   * Continues with {@code next} when accepted, keeping the events of both, in order; a
   * rejection of either passes through (the events of this one are then dropped with it).
   *
   * @param next the following step, given this value (called only when accepted)
   * @param <U> the type of the following value
   * @return the combined outcome
   */
  default <U> Outcome<U> then(Function<? super T, Outcome<U>> next) {
    if (this instanceof Accepted<T> a) {
      Outcome<U> following = next.apply(a.value());
      if (following instanceof Accepted<U> b) {
        if (a.events().isEmpty()) {
          return following; // nothing to add in front: the following outcome as it is
        }
        List<BusinessEvent> all = new java.util.ArrayList<>(a.events());
        all.addAll(b.events());
        return new Accepted<>(b.value(), all);
      }
      return following;
    }
    return new Rejected<>(rejection());
  }

  /**
   * The value of an accepted outcome, for scripts and tests that expect acceptance.
   *
   * @return the value (may be {@code null} for commands that answer none)
   * @throws RejectedException carrying the rejection when rejected
   */
  default T orElseThrow() {
    if (this instanceof Accepted<T> a) {
      return a.value();
    }
    throw new RejectedException(((Rejected<T>) this).rejection());
  }

  /**
   * This rejection as an outcome of another value type, to pass a "no" through.
   *
   * @param <U> the value type of the caller
   * @return a rejected outcome with the same rejection
   * @throws IllegalStateException when accepted (a bug in the caller)
   */
  default <U> Outcome<U> rejectedAs() {
    return new Rejected<>(rejection());
  }

  /**
   * This outcome without its value, keeping its events or its rejection.
   *
   * @return an outcome of no value
   */
  default Outcome<Void> discardValue() {
    return map(v -> null);
  }
}
