package io.bizloop.accounting.port;

/**
 * Named gap-free counters (journal entry numbers, payment numbers).
 *
 * <p>Contract the host honours: part of the caller's unit of work: a rolled back unit gives its
 * numbers back, so the numbers stay without gaps.
 */
public interface Sequences {

  /**
   * The next number of {@code name}.
   *
   * @param name the counter, e.g. {@code journal}
   * @return the next number, starting at 1
   */
  long next(String name);
}
