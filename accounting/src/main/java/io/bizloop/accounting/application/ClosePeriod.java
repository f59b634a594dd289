package io.bizloop.accounting.application;

import static io.bizloop.core.RejectionCode.INVALID_INPUT;
import static io.bizloop.core.RejectionCode.INVALID_STATE;

import io.bizloop.accounting.port.FiscalPeriods;
import io.bizloop.core.Outcome;
import io.bizloop.core.Period;
import io.bizloop.core.Rejection;
import io.bizloop.core.port.CommandValidator;
import io.bizloop.core.port.UnitOfWork;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Closes a fiscal period: nothing posts into it afterwards. Periods may be closed in any order.
 * Rejections: {@code INVALID_INPUT} (no period), {@code INVALID_STATE} (already closed).
 */
public final class ClosePeriod {

  /**
   * @param period the month to close
   * @param date the business date of the close
   */
  public record Command(@NotNull Period period, LocalDate date) {}

  private final UnitOfWork unitOfWork;
  private final CommandValidator validator;
  private final FiscalPeriods periods;

  public ClosePeriod(UnitOfWork unitOfWork, CommandValidator validator, FiscalPeriods periods) {
    this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
    this.validator = Objects.requireNonNull(validator, "validator");
    this.periods = Objects.requireNonNull(periods, "periods");
  }

  public Outcome<Void> handle(Command command) {
    return unitOfWork.execute(
        () -> {
          if (command == null || command.period() == null) {
            return Outcome.rejected(INVALID_INPUT, "no period to close");
          }
          Optional<Rejection> invalid = validator.check(command);
          if (invalid.isPresent()) {
            return Outcome.rejected(invalid.get());
          }
          if (periods.isClosed(command.period())) {
            return Outcome.rejected(INVALID_STATE, "period " + command.period() + " is already closed");
          }
          periods.close(command.period());
          return Outcome.done();
        });
  }
}
