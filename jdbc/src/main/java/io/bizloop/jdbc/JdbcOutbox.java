package io.bizloop.jdbc;

import io.bizloop.core.EventId;
import io.bizloop.core.Outcome;
import io.bizloop.core.event.BusinessEvent;
import io.bizloop.core.port.EventSubscriptions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox in {@code bizloop_outbox}: every business event published on the bus, as JSON with its
 * event id, written in the publisher's transaction (so it is kept exactly when the command is
 * kept), once per event id, in publication order: the store's inbox {@linkplain #claim claims}
 * an event's row when its delivery starts, before the events its subscribers publish in turn,
 * and the outbox, subscribed last, fills it in. In-process subscribers get the event
 * synchronously; a relay to other systems reads {@link #unrelayed} and marks what it delivered
 * with {@link #markRelayed} (at least once: it marks after delivering), or lets {@link #relay}
 * do both under a lease, so that relays in several JVMs over one database take turns.
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
   * @param source the number of the document the event came from ({@link BusinessEvent#source()})
   */
  public record Message(long seq, String eventId, String type, LocalDate date, String payload, String source) {

    /**
     * A message whose source is not known.
     *
     * @param seq its place in the outbox
     * @param eventId its idempotency key
     * @param type the event's simple class name
     * @param date its business date
     * @param payload the event as JSON
     */
    public Message(long seq, String eventId, String type, LocalDate date, String payload) {
      this(seq, eventId, type, date, payload, null);
    }
  }

  /** Delivers a batch of messages to the outside world; it answers only once every message is delivered. */
  @FunctionalInterface
  public interface Delivery {
    /**
     * Delivers {@code batch}, in its order, or throws: then none of it is marked relayed.
     *
     * @param batch the messages, oldest first
     */
    void deliver(List<Message> batch);
  }

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
        "SELECT seq, event_id, event_type, business_date, payload, source FROM bizloop_outbox WHERE relayed = FALSE"
            + " AND payload IS NOT NULL ORDER BY seq"
            + " FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY",
        rs -> new Message(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
            rs.getString(5), rs.getString(6)));
  }

  /**
   * Relays the oldest unrelayed messages (at most {@code limit}) when no other relay of the same
   * {@code name} is relaying: in one transaction, it locks the name's row of
   * {@code bizloop_relay_lease} ({@code SELECT ... FOR UPDATE SKIP LOCKED}: another relay holding it
   * makes this call answer empty at once), reads the batch, hands it to {@code delivery}, which
   * answers once the outside world has it, marks the whole batch relayed in one statement and
   * commits, which releases the lock. When {@code delivery} throws, nothing is marked and the
   * exception reaches the caller; a relay that dies between delivering and committing delivers
   * the same messages again on its next turn (at least once: consumers drop duplicates by event
   * id). Two relays therefore never deliver at the same time, and each delivers what the other
   * marked in a committed transaction only once.
   *
   * @param name the lease's name: relays of one name take turns; relays of different names do not
   *     exclude each other, so every relay of one database uses the same name
   * @param holder who relays, kept in the lease row for people reading it (a host name, a pid)
   * @param limit how many messages at most
   * @param delivery delivers the batch
   * @return how many messages were delivered and marked (0 when none was waiting), or empty when
   *     another relay holds the lease or the database refused a concurrent change
   */
  public OptionalInt relay(String name, String holder, int limit, Delivery delivery) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(delivery, "delivery");
    if (sql.unitOfWork().active()) {
      throw new IllegalStateException("a relay runs in a transaction of its own, not inside a unit of work");
    }
    try {
      // a plain read first: on H2 the MERGE of an existing row waits for the lock a turn holds
      if (sql.one("SELECT name FROM bizloop_relay_lease WHERE name = ?", rs -> rs.getString(1), name).isEmpty()) {
        sql.insertIfAbsent("bizloop_relay_lease", List.of("name"), 1, name);
      }
    } catch (JdbcException e) {
      if (!e.isTransient()) {
        throw e;
      }
      LOG.debug("another relay inserted the lease row {} first", name); // it exists now
    }
    Outcome<Integer> relayed = sql.unitOfWork().execute(() -> {
      if (sql.one("SELECT name FROM bizloop_relay_lease WHERE name = ? FOR UPDATE SKIP LOCKED", rs -> rs.getString(1), name)
          .isEmpty()) {
        return Outcome.accepted(-1);
      }
      List<Message> batch = unrelayed(limit);
      if (batch.isEmpty()) {
        return Outcome.accepted(0);
      }
      delivery.deliver(batch);
      markRelayed(batch.stream().map(Message::seq).toList());
      sql.update("UPDATE bizloop_relay_lease SET holder = ?, relayed_at = CURRENT_TIMESTAMP WHERE name = ?",
          holder.length() > 255 ? holder.substring(0, 255) : holder, name);
      return Outcome.accepted(batch.size());
    });
    if (relayed.isRejected() || relayed.value() < 0) {
      LOG.debug("relay {} skipped its turn: {}", name, relayed.isRejected() ? relayed.rejection() : "another relay holds the lease");
      return OptionalInt.empty();
    }
    return OptionalInt.of(relayed.value());
  }

  /**
   * Marks messages delivered to the outside world, in one statement per thousand.
   *
   * @param seqs the messages' places in the outbox
   */
  public void markRelayed(List<Long> seqs) {
    for (int from = 0; from < seqs.size(); from += 1000) {
      List<Long> chunk = seqs.subList(from, Math.min(seqs.size(), from + 1000));
      List<String> marks = new ArrayList<>(chunk.size());
      chunk.forEach(seq -> marks.add("?"));
      sql.update("UPDATE bizloop_outbox SET relayed = TRUE WHERE seq IN (" + String.join(", ", marks) + ")", chunk.toArray());
    }
  }

  /**
   * How many events wait for a relay.
   *
   * @return the count
   */
  public long unrelayedCount() {
    return sql.one("SELECT COUNT(*) FROM bizloop_outbox WHERE relayed = FALSE AND payload IS NOT NULL", rs -> rs.getLong(1))
        .orElse(0L);
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
