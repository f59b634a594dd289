/**
 * bizloop on Kafka: {@link io.bizloop.kafka.OutboxRelay} publishes the JDBC store's outbox (every
 * business event, in order, at least once, one relay at a time per database, event ids for
 * deduplication) and {@link io.bizloop.kafka.InboundConsumer} turns external events (captured
 * payments, placed orders) into the loop's commands exactly once, dead-lettering what it cannot
 * apply.
 */
package io.bizloop.kafka;
