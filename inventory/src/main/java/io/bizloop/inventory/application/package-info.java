/** Inventory use cases, event policies, queries and the {@link io.bizloop.inventory.application.Inventory} facade. */
package io.bizloop.inventory.application;
