package io.bizloop.crm.application;

import io.bizloop.core.Quantity;
import io.bizloop.core.Sku;

/**
 * What could be promised for one order line: "100 in stock, ships in 24 h".
 *
 * @param sku the product
 * @param ordered quantity ordered, positive
 * @param available available to promise in the order's warehouse (all warehouses when it names
 *     none), zero or positive
 * @param fully whether the available quantity covers the order
 */
public record Availability(Sku sku, Quantity ordered, Quantity available, boolean fully) {}
