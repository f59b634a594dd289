package io.bizloop.crm.application;

import static io.bizloop.core.RejectionCode.CONFLICT;
import static io.bizloop.core.RejectionCode.INVALID_INPUT;
import static io.bizloop.core.RejectionCode.UNKNOWN_REFERENCE;

import io.bizloop.core.Money;
import io.bizloop.core.Outcome;
import io.bizloop.core.Quantity;
import io.bizloop.core.Rejection;
import io.bizloop.core.SalesOrderId;
import io.bizloop.crm.domain.SalesOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The frame of every crm use case: inside one unit of work, check the command's constraints
 * (the host's validator, then the use case's own shape checks), then decide; a rejection — its
 * own or a subscriber's — is returned as is, so the unit of work keeps nothing. A malformed value
 * found late (a record constructor refusing it) is {@code INVALID_INPUT}.
 *
 * @param <C> the command
 * @param <R> the answer of an accepted command
 */
abstract class UseCase<C, R> {

  private static final Logger LOG = LoggerFactory.getLogger(UseCase.class);

  final CrmContext ctx;

  UseCase(CrmContext ctx) {
    this.ctx = ctx;
  }

  /** Runs the command; see the class comment of the use case for its rejections. */
  public Outcome<R> handle(C command) {
    if (command == null) {
      return Outcome.rejected(INVALID_INPUT, "command is missing");
    }
    return ctx.unitOfWork()
        .execute(
            () -> {
              Optional<Rejection> invalid = ctx.validator().check(command).or(() -> shape(command));
              if (invalid.isPresent()) {
                return Outcome.rejected(invalid.get());
              }
              try {
                Outcome<R> outcome = decide(command);
                if (outcome.isRejected()) {
                  LOG.debug("{} rejected: {}", getClass().getSimpleName(), outcome.rejection());
                }
                return outcome;
              } catch (IllegalArgumentException e) {
                return Outcome.rejected(INVALID_INPUT, getClass().getSimpleName() + ": " + e.getMessage());
              } catch (StaleVersion e) {
                return Outcome.rejected(CONFLICT, e.getMessage());
              }
            });
  }

  /** The command's own shape checks (INVALID_INPUT), after the validator's. */
  abstract Optional<Rejection> shape(C command);

  /** Loads, decides, saves and publishes. */
  abstract Outcome<R> decide(C command);

  /** Publishes the events of an accepted decision; a subscriber's rejection is returned as is. */
  <T> Outcome<T> publish(Outcome<T> decision) {
    return ctx.publisher().publishEventsOf(decision);
  }

  /**
   * A command on one existing aggregate: UNKNOWN_REFERENCE ({@code "<what> does not exist"}) when
   * {@code found} is empty; otherwise {@code decide} on it and, when the decision is accepted, save
   * it (a stale save becomes CONFLICT). Answers the decision; publishing is the caller's.
   *
   * @param what names the aggregate in messages, e.g. {@code "lead L-1"}
   */
  static <A> Outcome<Void> onExisting(
      Optional<A> found, String what, Function<A, Outcome<Void>> decide, Predicate<A> save) {
    if (found.isEmpty()) {
      return Outcome.rejected(UNKNOWN_REFERENCE, what + " does not exist");
    }
    A aggregate = found.get();
    Outcome<Void> decision = decide.apply(aggregate);
    if (decision.isAccepted()) {
      saved(save.test(aggregate), what);
    }
    return decision;
  }

  // --- shape helpers -------------------------------------------------------------------------

  static Optional<Rejection> invalid(String message) {
    return Optional.of(Rejection.of(INVALID_INPUT, message));
  }

  static Optional<Rejection> required(Object value, String what) {
    return value == null ? invalid(what + " is missing") : Optional.empty();
  }

  static Optional<Rejection> text(String value, String what) {
    return value == null || value.isBlank() ? invalid(what + " is blank") : Optional.empty();
  }

  static Optional<Rejection> date(LocalDate date) {
    return required(date, "date");
  }

  /** A positive amount with at most the currency's decimals. */
  Optional<Rejection> positiveMoney(BigDecimal amount, String what) {
    if (amount == null) {
      return invalid(what + " is missing");
    }
    if (amount.signum() <= 0) {
      return invalid(what + " must be positive, was " + amount.toPlainString());
    }
    int digits = ctx.settings().currency().getDefaultFractionDigits();
    if (amount.stripTrailingZeros().scale() > digits) {
      return invalid(what + " " + amount.toPlainString() + " has more than " + digits + " decimals");
    }
    return Optional.empty();
  }

  /** A positive quantity with at most four decimals. */
  static Optional<Rejection> positiveQuantity(BigDecimal quantity, String what) {
    if (quantity == null) {
      return invalid(what + " is missing");
    }
    if (quantity.signum() <= 0) {
      return invalid(what + " must be positive, was " + quantity.toPlainString());
    }
    if (quantity.stripTrailingZeros().scale() > Quantity.MAX_SCALE) {
      return invalid(what + " " + quantity.toPlainString() + " has more than " + Quantity.MAX_SCALE + " decimals");
    }
    return Optional.empty();
  }

  @SafeVarargs
  static Optional<Rejection> first(Optional<Rejection>... checks) {
    for (Optional<Rejection> check : checks) {
      if (check.isPresent()) {
        return check;
      }
    }
    return Optional.empty();
  }

  Money money(BigDecimal amount) {
    return Money.of(amount, ctx.settings().currency());
  }

  /** Saves or throws {@link StaleVersion}, which the frame turns into CONFLICT. */
  static void saved(boolean stored, String what) {
    if (!stored) {
      throw new StaleVersion(what + " was changed by someone else meanwhile; try again");
    }
  }

  /**
   * The frame of the policies on an order's events: in one unit of work, ignore an order crm does
   * not know; otherwise {@code decide} on it and, when accepted, save it (a stale save throws
   * {@link StaleVersion}) and publish the decision's events.
   */
  static Outcome<Void> onKnownOrder(CrmContext ctx, SalesOrderId id, Function<SalesOrder, Outcome<Void>> decide) {
    return ctx.unitOfWork()
        .execute(
            () -> {
              Optional<SalesOrder> found = ctx.orders().find(id);
              if (found.isEmpty()) {
                return Outcome.done();
              }
              SalesOrder order = found.get();
              Outcome<Void> decision = decide.apply(order);
              if (decision.isRejected()) {
                return decision;
              }
              saved(ctx.orders().save(order), "order " + order.id());
              return ctx.publisher().publishEventsOf(decision);
            });
  }

  /** Another writer saved the aggregate first. */
  static final class StaleVersion extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StaleVersion(String message) {
      super(message);
    }
  }
}
