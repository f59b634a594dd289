package io.bizloop.accounting.application;

import io.bizloop.accounting.domain.FiscalPeriod;
import io.bizloop.accounting.port.FiscalPeriods;
import io.bizloop.core.Outcome;
import io.bizloop.core.Period;
import io.bizloop.core.port.UseCase;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Closes a fiscal period: nothing posts into it afterwards. Periods may be closed in any order.
 * Rejections: {@code INVALID_INPUT} (no period), {@code INVALID_STATE} (already closed).
 */
public final class ClosePeriod implements UseCase<ClosePeriod.Command, Void> {

  /**
   * Which period to close.
   *
   * @param period the month to close
   * @param date the business date of the close, or {@code null} when not recorded
   */
  public record Command(@NotNull Period period, LocalDate date) {

    /**
     * Closes {@code period}, on {@code date}.
     *
     * @param period the month
     * @param date the business date of the close
     * @return the command
     */
    public static Command of(Period period, LocalDate date) {
      return new Command(period, date);
    }

    /**
     * Closes {@code period}, without a business date.
     *
     * @param period the month
     * @return the command
     */
    public static Command of(Period period) {
      return new Command(period, null);
    }
  }

  private final FiscalPeriods periods;

  /**
   * The use case on the fiscal periods.
   *
   * @param periods the fiscal periods
   */
  public ClosePeriod(FiscalPeriods periods) {
    this.periods = Objects.requireNonNull(periods, "periods");
  }

  /**
   * Closes the period.
   *
   * @param command which period
   * @return done, or the rejection
   */
  @Override
  public Outcome<Void> handle(Command command) {
    if (command == null || command.period() == null) {
      return Bookkeeper.missing("the period to close");
    }
    FiscalPeriod period = periods.find(command.period()).orElseGet(() -> FiscalPeriod.open(command.period()));
    Outcome<Void> closed = period.close();
    if (closed.isRejected()) {
      return closed;
    }
    return periods.save(period);
  }
}
