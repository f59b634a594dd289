/**
 * The ports of inventory, which a host implements: repositories (plural nouns, one contract:
 * {@link io.bizloop.core.port.Repository}, optimistic locking answered as {@code CONFLICT}), the
 * document counters, and {@link io.bizloop.inventory.port.InventoryPorts} that bundles them for
 * {@code Inventory.install}.
 */
package io.bizloop.inventory.port;
