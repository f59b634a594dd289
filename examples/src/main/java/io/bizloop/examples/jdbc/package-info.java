/**
 * The JDBC reference adapter: every repository port of accounting, inventory and crm, the inbox,
 * an outbox and a {@link io.bizloop.core.port.UnitOfWork} that is one database transaction, on an
 * embedded H2 file database or PostgreSQL with one code path and portable SQL.
 */
package io.bizloop.examples.jdbc;
