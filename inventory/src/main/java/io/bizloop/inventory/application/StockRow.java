package io.bizloop.inventory.application;

import io.bizloop.core.Money;
import io.bizloop.core.Quantity;
import io.bizloop.core.Sku;
import io.bizloop.core.WarehouseId;

/**
 * One line of the stock report: a sku in a warehouse.
 *
 * @param warehouse the warehouse
 * @param sku the product
 * @param onHand physically there
 * @param reserved held for orders and reservations
 * @param available onHand − reserved
 * @param backordered open backorders attributed here
 * @param incoming open purchase order quantity into this warehouse
 * @param value the stock value
 */
public record StockRow(
    WarehouseId warehouse,
    Sku sku,
    Quantity onHand,
    Quantity reserved,
    Quantity available,
    Quantity backordered,
    Quantity incoming,
    Money value) {}
