package io.bizloop.accounting.port;

import io.bizloop.core.Period;
import java.util.Set;

/**
 * Which fiscal periods are closed; nothing posts into a closed period.
 *
 * <p>Contract: changes are part of the caller's unit of work.
 */
public interface FiscalPeriods {

  boolean isClosed(Period period);

  void close(Period period);

  void reopen(Period period);

  /** The closed periods. */
  Set<Period> closed();
}
