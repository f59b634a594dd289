/** Stock items, costing, order allocations and purchase orders: the pure rules of inventory. */
package io.bizloop.inventory.domain;
