/**
 * The command line's side of bizloop-jdbc: {@link io.bizloop.examples.jdbc.Databases} turns what a
 * user types after {@code --db} into a Hikari pool, and {@link io.bizloop.examples.jdbc.JdbcDatabase}
 * opens {@link io.bizloop.jdbc.JdbcLoopStore} on it.
 */
package io.bizloop.examples.jdbc;
