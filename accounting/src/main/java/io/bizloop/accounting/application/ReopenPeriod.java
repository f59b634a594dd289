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
 * Reopens a closed fiscal period: entries may post into it again.
 * Rejections: {@code INVALID_INPUT} (no period), {@code INVALID_STATE} (not closed).
 */
public final class ReopenPeriod implements UseCase<ReopenPeriod.Command, Void> {

  /**
   * Which period to reopen.
   *
   * @param period the month to reopen
   * @param date the business date of the reopening, or {@code null} when not recorded
   */
  public record Command(@NotNull Period period, LocalDate date) {

    /**
     * Reopens {@code period}, on {@code date}.
     *
     * @param period the month
     * @param date the business date of the reopening
     * @return the command
     */
    public static Command of(Period period, LocalDate date) {
      return new Command(period, date);
    }

    /**
     * Reopens {@code period}, without a business date.
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
  public ReopenPeriod(FiscalPeriods periods) {
    this.periods = Objects.requireNonNull(periods, "periods");
  }

  /**
   * Reopens the period.
   *
   * @param command which period
   * @return done, or the rejection
   */
  @Override
  public Outcome<Void> handle(Command command) {
    if (command == null || command.period() == null) {
      return Bookkeeper.missing("the period to reopen");
    }
    FiscalPeriod period = periods.find(command.period()).orElseGet(() -> FiscalPeriod.open(command.period()));
    Outcome<Void> reopened = period.reopen();
    if (reopened.isRejected()) {
      return reopened;
    }
    return periods.save(period);
  }
}
