package io.bizloop.inventory.port;

/**
 * Named counters of the module (receipts, counts, confirmations, warehouses), used to build
 * deterministic document and event ids. Contract: part of the caller's unit of work (a rolled
 * back command gives its number back); answers 1, 2, 3, ... per name.
 */
public interface InventorySequences {

  long next(String name);
}
