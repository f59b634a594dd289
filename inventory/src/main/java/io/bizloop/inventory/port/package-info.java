/** The repository ports of inventory, which a host implements (plural nouns, optimistic locking). */
package io.bizloop.inventory.port;
