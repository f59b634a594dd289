package io.bizloop.inventory.application;

import io.bizloop.core.Quantity;
import io.bizloop.core.Sku;
import io.bizloop.core.VatRate;
import io.bizloop.inventory.domain.CostingMethod;

/**
 * What other contexts may know about a product.
 *
 * @param sku the product
 * @param name its name
 * @param unit unit of measure
 * @param vatRate VAT rate of its sales and purchases
 * @param costing costing method
 * @param reorderPoint the policy's reorder point (≥ 0), or {@code null} without a policy
 * @param maxStock the policy's maximum (≥ reorderPoint), or {@code null} without a policy
 */
public record ProductInfo(
    Sku sku, String name, String unit, VatRate vatRate, CostingMethod costing, Quantity reorderPoint, Quantity maxStock) {}
