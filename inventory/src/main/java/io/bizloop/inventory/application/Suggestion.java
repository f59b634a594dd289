package io.bizloop.inventory.application;

import io.bizloop.core.Quantity;
import io.bizloop.core.Sku;
import io.bizloop.core.WarehouseId;

/**
 * A purchase suggestion: buy {@code quantity} of {@code sku} for {@code warehouse}.
 *
 * @param sku the product
 * @param warehouse where it is needed
 * @param quantity how much to buy, positive: maxStock − projected under a min/max policy, else
 *     backordered − incoming (projected = onHand − reserved − backordered + incoming)
 */
public record Suggestion(Sku sku, WarehouseId warehouse, Quantity quantity) {}
