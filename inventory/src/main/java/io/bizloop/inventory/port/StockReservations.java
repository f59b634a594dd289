package io.bizloop.inventory.port;

import io.bizloop.core.Quantity;
import io.bizloop.inventory.domain.ReservationId;
import io.bizloop.inventory.domain.StockKey;

/**
 * An optional fast path for stand-alone reservations ({@link io.bizloop.inventory.application.ReserveStock}):
 * one atomic conditional change of the stored item — in SQL, {@code reserved = reserved + q}
 * where {@code on_hand - reserved >= q} — instead of reading, deciding on and saving the whole
 * item. It must never oversell, must take part in the caller's unit of work and must change the
 * item's version (a concurrent whole-item save then answers {@code CONFLICT}). When it answers
 * false the use case decides on the whole item, which gives the reason (unknown item,
 * {@code INSUFFICIENT_STOCK}).
 */
@FunctionalInterface
public interface StockReservations {

  /**
   * Adds {@code quantity} to the stand-alone reservation {@code id} (a new one, or a top-up) of the
   * stored item {@code key} when that much is available, atomically.
   *
   * @param key the item
   * @param id the reservation
   * @param quantity how much, positive, in the item's unit
   * @return true when reserved; false when nothing changed (no fast path, the item is not stored, or less is available)
   */
  boolean tryReserve(StockKey key, ReservationId id, Quantity quantity);

  /**
   * Whether {@link #tryRelease} can release in one step (so that it is worth asking first whether
   * an order waits for the stock). The default: no.
   *
   * @return true when this store releases in one step
   */
  default boolean releasesInOneStep() {
    return false;
  }

  /**
   * Takes {@code quantity} ({@code null}: all of it) off the stand-alone reservation {@code id} of
   * the stored item {@code key} in one step, when the reservation holds that much. The caller
   * makes sure that no sales order waits for the stock this frees (else the whole-item path fills
   * the backorders). The default has no fast path.
   *
   * @param key the item
   * @param id the reservation
   * @param quantity how much, positive, in the item's unit; {@code null} for all it holds
   * @return what was released; empty when nothing changed (no fast path, no such reservation, or it holds less)
   */
  default java.util.Optional<Quantity> tryRelease(StockKey key, ReservationId id, java.math.BigDecimal quantity) {
    return java.util.Optional.empty();
  }

  /**
   * No fast path: every reservation is decided on the whole item.
   *
   * @return the port that always answers false
   */
  static StockReservations none() {
    return (key, id, quantity) -> false;
  }
}
