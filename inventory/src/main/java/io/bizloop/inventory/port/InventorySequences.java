package io.bizloop.inventory.port;

/**
 * Named counters of the module (receipts, counts, confirmations, warehouses), used to number
 * documents deterministically.
 *
 * <p>Contract: part of the caller's unit of work (a rolled back command gives its number back);
 * answers 1, 2, 3, ... per name, each number once, also under concurrent callers.
 */
public interface InventorySequences {

  /**
   * The next number of a counter.
   *
   * @param name the counter, e.g. {@code "receipt"}
   * @return 1 for the first call, then 2, 3, ...
   */
  long next(String name);
}
