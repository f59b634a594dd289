package io.bizloop.accounting.port;

import io.bizloop.accounting.domain.FiscalPeriod;
import io.bizloop.core.Period;
import io.bizloop.core.port.Repository;
import java.util.Set;

/**
 * The fiscal periods of the books; a period never saved is open. Nothing posts into a closed period.
 *
 * <p>Contract the host honours: part of the caller's unit of work; {@link #save} follows
 * {@link Repository}'s contract (a stale version is {@code CONFLICT}, never thrown).
 */
public interface FiscalPeriods extends Repository<Period, FiscalPeriod> {

  /**
   * Whether {@code period} is closed.
   *
   * @param period the month
   * @return true when closed; false when open or never saved
   */
  default boolean isClosed(Period period) {
    return find(period).map(FiscalPeriod::isClosed).orElse(false);
  }

  /**
   * Whether the period {@code date} falls in is closed: what every posting asks, so a store that
   * can answer without building the period (none closed yet, say) overrides it.
   *
   * @param date a business date
   * @return {@link #isClosed(Period) isClosed}{@code (Period.of(date))}
   */
  default boolean isClosedOn(java.time.LocalDate date) {
    return isClosed(Period.of(date));
  }

  /**
   * The closed periods.
   *
   * @return every period that is closed now
   */
  Set<Period> closed();
}
