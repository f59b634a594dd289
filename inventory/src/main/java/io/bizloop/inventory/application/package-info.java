/**
 * Inventory's use cases (one {@code handle(Command)} each), its event policies (one {@code on(Event)}
 * each), {@link io.bizloop.inventory.application.Restocking} for the rule that spans stock items and
 * orders, the report rows, and the {@link io.bizloop.inventory.application.Inventory} entry point.
 */
package io.bizloop.inventory.application;
