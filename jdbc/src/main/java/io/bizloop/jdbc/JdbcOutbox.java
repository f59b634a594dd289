package io.bizloop.jdbc;

import io.bizloop.core.EventId;
import io.bizloop.core.Outcome;
import io.bizloop.core.event.BusinessEvent;
import io.bizloop.core.port.EventSubscriptions;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox in {@code bizloop_outbox}: every business event published on the bus, as JSON with its
 * event id, written in the publisher's transaction (so it is kept exactly when the command is
 * kept), once per event id, in publication order: the store's inbox {@linkplain #claim claims}
 * an event's row when its delivery starts, before the events its subscribers publish in turn,
 * and the outbox, subscribed last, fills it in. In-process subscribers get the event
 * synchronously; a relay to other systems reads {@link #unrelayed} and marks what it delivered
 * with {@link #markRelayed} (at least once: it marks after delivering).
 */
public final class JdbcOutbox {

  /** The consumer name of the outbox on the bus. */
  public static final String CONSUMER = "outbox";

  private static final Logger LOG = LoggerFactory.getLogger(JdbcOutbox.class);

  /**
   * One stored event.
   *
   * @param seq its place in the outbox
   * @param eventId its idempotency key
   * @param type the event's simple class name
   * @param date its business date
   * @param payload the event as JSON
   */
  public record Message(long seq, String eventId, String type, LocalDate date, String payload) {}

  private final Sql sql;

  JdbcOutbox(Sql sql) {
    this.sql = sql;
  }

  /**
   * The outbox on the store's transactions.
   *
   * @param unitOfWork the store's unit of work
   */
  public JdbcOutbox(JdbcUnitOfWork unitOfWork) {
    this(new Sql(unitOfWork));
  }

  /**
   * Subscribes the outbox to every business event published on {@code events}.
   *
   * @param events the bus
   * @return this outbox
   */
  public JdbcOutbox recordEventsOf(EventSubscriptions events) {
    events.subscribe(CONSUMER, BusinessEvent.class, this::record);
    return this;
  }

  /** Takes the next place in the outbox for the event {@code id}, unless it has one. */
  void claim(EventId id) {
    sql.insertIfAbsent("bizloop_outbox", List.of("event_id"), 1, id.value());
  }

  /**
   * Stores {@code event} (once per event id), in the place claimed for it if there is one.
   *
   * @param event the event
   * @return done
   */
  public Outcome<Void> record(BusinessEvent event) {
    String type = event.getClass().getSimpleName();
    String payload = Snapshots.write(event);
    int stored = sql.update(
        "UPDATE bizloop_outbox SET event_type = ?, business_date = ?, source = ?, payload = ? WHERE event_id = ?"
            + " AND payload IS NULL",
        type, event.date(), event.source(), payload, event.eventId().value());
    if (stored == 0) {
      stored = sql.insertIfAbsent(
          "bizloop_outbox", List.of("event_id", "event_type", "business_date", "source", "payload"), 1,
          event.eventId().value(), type, event.date(), event.source(), payload);
    }
    LOG.debug("outbox {} {} {}", stored == 1 ? "stored" : "already had", event.getClass().getSimpleName(),
        event.eventId().value());
    return Outcome.done();
  }

  /**
   * The oldest events no relay has marked yet.
   *
   * @param limit how many at most
   * @return the messages, oldest first
   */
  public List<Message> unrelayed(int limit) {
    return sql.list(
        "SELECT seq, event_id, event_type, business_date, payload FROM bizloop_outbox WHERE relayed = FALSE AND payload IS NOT NULL"
            + " ORDER BY seq"
            + " FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY",
        rs -> new Message(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
            rs.getString(5)));
  }

  /**
   * Marks a message delivered to the outside world.
   *
   * @param seq the message's place in the outbox
   */
  public void markRelayed(long seq) {
    sql.update("UPDATE bizloop_outbox SET relayed = TRUE WHERE seq = ?", seq);
  }

  /**
   * How many events the outbox holds.
   *
   * @return the count
   */
  public long size() {
    return sql.one("SELECT COUNT(*) FROM bizloop_outbox WHERE payload IS NOT NULL", rs -> rs.getLong(1)).orElse(0L);
  }
}
