package io.bizloop.inventory.application;

import io.bizloop.core.Money;
import io.bizloop.core.Quantity;
import io.bizloop.core.Sku;
import io.bizloop.core.WarehouseId;

/**
 * One line of the stock report: a sku in a warehouse. Every quantity is in the product's unit.
 *
 * @param warehouse the warehouse
 * @param sku the product
 * @param onHand what is physically there, ≥ 0
 * @param reserved what sales orders and stand-alone reservations hold, between 0 and onHand
 * @param heldApart the part of reserved that stand-alone reservations hold (not sales orders), ≥ 0
 * @param available onHand − reserved, ≥ 0: what may still be reserved or moved
 * @param backordered what open (not cancelled) orders wait for and count here, ≥ 0
 * @param incoming what open purchase orders into this warehouse still bring (ordered − received), ≥ 0
 * @param value the stock value of onHand in the company currency, ≥ 0 and 0 when onHand is 0
 */
public record StockRow(
    WarehouseId warehouse,
    Sku sku,
    Quantity onHand,
    Quantity reserved,
    Quantity heldApart,
    Quantity available,
    Quantity backordered,
    Quantity incoming,
    Money value) {}
