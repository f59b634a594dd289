package io.bizloop.jdbc;

import io.bizloop.core.EventId;
import io.bizloop.core.port.ProcessedEvents;

/**
 * The inbox in {@code bizloop_processed_event}: one {@code INSERT ... ON CONFLICT DO NOTHING} per consumer
 * and event id, answering whether it inserted. Concurrent deliveries of the same id wait on the
 * key; only one of them inserts (the other answers false once the first commits), and a rolled
 * back delivery is not remembered.
 */
final class JdbcProcessedEvents implements ProcessedEvents {

  private final Sql sql;

  JdbcProcessedEvents(Sql sql) {
    this.sql = sql;
  }

  public JdbcProcessedEvents(JdbcUnitOfWork unitOfWork) {
    this(new Sql(unitOfWork));
  }

  @Override
  public boolean markProcessed(String consumer, EventId event) {
    return sql.insertIfAbsent("bizloop_processed_event", java.util.List.of("consumer", "event_id"), 2,
        consumer, event.value()) == 1;
  }
}
