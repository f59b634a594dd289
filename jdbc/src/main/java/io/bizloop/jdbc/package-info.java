/**
 * The JDBC reference adapter: {@link io.bizloop.jdbc.JdbcLoopStore}, a
 * {@link io.bizloop.loop.LoopStore} whose repositories implement every port of accounting,
 * inventory and crm (a stale save answers {@code CONFLICT}), with the inbox, an outbox and a
 * {@link io.bizloop.core.port.UnitOfWork} that is one database transaction, on an embedded H2 file
 * database or PostgreSQL with one code path and portable SQL.
 */
package io.bizloop.jdbc;
