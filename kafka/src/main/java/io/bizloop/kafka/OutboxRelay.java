package io.bizloop.kafka;

import io.bizloop.jdbc.JdbcOutbox;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the loop's outbox ({@code bizloop_outbox}, every business event in publication order)
 * to a Kafka topic, at least once, with one publisher at a time per database.
 *
 * <p>Each turn ({@link #relayOnce}) runs {@link JdbcOutbox#relay}: in one database transaction it
 * takes the relay lease ({@code bizloop_relay_lease}, {@code SELECT ... FOR UPDATE SKIP LOCKED}: a
 * relay in another JVM that holds it makes this turn end at once with nothing sent), reads the
 * oldest unrelayed events, sends them in order, waits until the broker acknowledged every one
 * (idempotent producer, {@code acks=all}) and only then marks them relayed and commits. A relay
 * that fails or dies between sending and committing sends the same events again on the next turn,
 * with the same event ids: consumers drop duplicates by the {@value #EVENT_ID} header.
 *
 * <p>A record of the topic: key = the event's source document ({@code BusinessEvent.source()}, an
 * order, shipment, payment or party number), so that the events of one document keep their order
 * in one partition; headers {@value #EVENT_ID}, {@value #EVENT_TYPE} (the event's simple class
 * name, e.g. {@code GoodsShipped}) and {@value #SCHEMA_VERSION} ({@value #SCHEMA}); value = the
 * event as JSON (UTF-8), whose fields per type are described in the README.
 *
 * <pre>{@code
 * try (OutboxRelay relay = OutboxRelay.to("broker:9092", store.outbox()).topic("bizloop.events").build()) {
 *   relay.start(Duration.ofMillis(200));     // or call relay.relayOnce() / relay.drain() from the host's scheduler
 * }
 * }</pre>
 *
 * <p>Thread safety: {@link #relayOnce} and {@link #drain} may be called from one thread at a time;
 * {@link #start} runs them on a thread of its own.
 */
public final class OutboxRelay implements AutoCloseable {

  /** Header naming the event's id (its idempotency key). */
  public static final String EVENT_ID = "bizloop-event-id";
  /** Header naming the event's type, the simple name of its record in {@code io.bizloop.core.event}. */
  public static final String EVENT_TYPE = "bizloop-event-type";
  /** Header giving the version of the payload's schema. */
  public static final String SCHEMA_VERSION = "bizloop-schema-version";
  /** The version of the payload schema this relay writes. */
  public static final String SCHEMA = "1";
  /** The default topic. */
  public static final String DEFAULT_TOPIC = "bizloop.events";
  /** The default lease name. */
  public static final String DEFAULT_LEASE = "bizloop.events";

  private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);

  private final JdbcOutbox outbox;
  private final Producer<String, String> producer;
  private final String topic;
  private final String lease;
  private final String holder;
  private final int batchSize;
  private final Duration ackTimeout;
  private final Runnable afterSend;
  private final java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
  private volatile Thread thread;

  private OutboxRelay(Builder b, Producer<String, String> producer) {
    this.outbox = b.outbox;
    this.producer = producer;
    this.topic = b.topic;
    this.lease = b.lease;
    this.holder = b.holder;
    this.batchSize = b.batchSize;
    this.ackTimeout = b.ackTimeout;
    this.afterSend = b.afterSend;
  }

  /**
   * A relay of {@code outbox} to the Kafka cluster at {@code bootstrapServers}.
   *
   * @param bootstrapServers the cluster's bootstrap servers ({@code host:port,...})
   * @param outbox the outbox ({@code JdbcLoopStore.outbox()})
   * @return a builder
   */
  public static Builder to(String bootstrapServers, JdbcOutbox outbox) {
    return new Builder(Objects.requireNonNull(bootstrapServers, "bootstrapServers"), Objects.requireNonNull(outbox, "outbox"));
  }

  /** Options of a relay; {@link #build} creates its producer. */
  public static final class Builder {
    private final JdbcOutbox outbox;
    private final Map<String, Object> config = new HashMap<>();
    private String topic = DEFAULT_TOPIC;
    private String lease = DEFAULT_LEASE;
    private String holder = "relay@" + ProcessHandle.current().pid();
    private int batchSize = 500;
    private Duration ackTimeout = Duration.ofSeconds(30);
    private Runnable afterSend = () -> { };

    private Builder(String bootstrapServers, JdbcOutbox outbox) {
      this.outbox = outbox;
      config.putAll(Producers.reliable(bootstrapServers));
      config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
      config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
      config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "none");
    }

    /**
     * The topic the events go to (default {@value OutboxRelay#DEFAULT_TOPIC}).
     *
     * @param topic the topic
     * @return this builder
     */
    public Builder topic(String topic) {
      this.topic = Objects.requireNonNull(topic, "topic");
      return this;
    }

    /**
     * The lease relays of this outbox take turns on (default {@value OutboxRelay#DEFAULT_LEASE});
     * every relay of one database must use the same.
     *
     * @param lease the lease's name
     * @return this builder
     */
    public Builder lease(String lease) {
      this.lease = Objects.requireNonNull(lease, "lease");
      return this;
    }

    /**
     * Who relays, kept in the lease row for people reading it (default {@code relay@<pid>}).
     *
     * @param holder a host name, a pod name
     * @return this builder
     */
    public Builder holder(String holder) {
      this.holder = Objects.requireNonNull(holder, "holder");
      return this;
    }

    /**
     * How many events one turn sends at most (default 500).
     *
     * @param batchSize 1 or more
     * @return this builder
     */
    public Builder batchSize(int batchSize) {
      if (batchSize < 1) {
        throw new IllegalArgumentException("batch size " + batchSize + " is below 1");
      }
      this.batchSize = batchSize;
      return this;
    }

    /**
     * How long a turn waits for the broker's acknowledgements before it gives up and marks
     * nothing (default 30 s).
     *
     * @param ackTimeout the wait
     * @return this builder
     */
    public Builder ackTimeout(Duration ackTimeout) {
      this.ackTimeout = Objects.requireNonNull(ackTimeout, "ackTimeout");
      return this;
    }

    /**
     * A producer setting (see Kafka's {@code ProducerConfig}), over the relay's defaults
     * ({@code acks=all}, idempotence on, {@code linger.ms=5}, {@code max.block.ms=10000},
     * {@code request.timeout.ms=10000}, {@code delivery.timeout.ms=25000}). Serializers are the
     * relay's own.
     *
     * @param name the setting
     * @param value its value
     * @return this builder
     */
    public Builder producerSetting(String name, Object value) {
      config.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /** Runs after the batch is sent and acknowledged, before it is marked: a failure here is a relay dying at that point. */
    Builder afterSend(Runnable afterSend) {
      this.afterSend = Objects.requireNonNull(afterSend, "afterSend");
      return this;
    }

    /**
     * The relay, with a producer of its own (closed by {@link OutboxRelay#close}).
     *
     * @return the relay
     */
    public OutboxRelay build() {
      return new OutboxRelay(this, new KafkaProducer<>(config, new StringSerializer(), new StringSerializer()));
    }
  }

  /**
   * One turn: when no other relay holds the lease, sends the oldest unrelayed events (up to the
   * batch size), waits for their acknowledgements and marks them relayed.
   *
   * @return how many events were sent and marked; empty when another relay held the lease
   * @throws KafkaRelayException when the broker did not acknowledge every event in time (nothing
   *     was marked; the next turn sends them again)
   */
  public OptionalInt relayOnce() {
    return outbox.relay(lease, holder, batchSize, this::publish);
  }

  /**
   * Turns until no event waits or another relay holds the lease.
   *
   * @return how many events this call sent and marked
   * @throws KafkaRelayException as {@link #relayOnce} does
   */
  public long drain() {
    long total = 0;
    while (true) {
      OptionalInt sent = relayOnce();
      if (sent.isEmpty() || sent.getAsInt() == 0) {
        return total;
      }
      total += sent.getAsInt();
    }
  }

  /**
   * Relays on a daemon thread of its own: drains, then waits {@code pause} before the next turn
   * (also after a failure, which is logged); {@link #close} stops it.
   *
   * @param pause the wait between turns when nothing was waiting
   * @return this relay
   * @throws IllegalStateException when it runs already
   */
  public synchronized OutboxRelay start(Duration pause) {
    Objects.requireNonNull(pause, "pause");
    if (thread != null) {
      throw new IllegalStateException("the relay runs already");
    }
    Thread t = new Thread(() -> {
      while (stopped.getCount() > 0) {
        try {
          drain();
        } catch (RuntimeException e) {
          LOG.warn("relay turn failed, trying again in {}: {}", pause, e.toString());
        }
        try {
          stopped.await(pause.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }, "bizloop-outbox-relay");
    t.setDaemon(true);
    thread = t;
    t.start();
    return this;
  }

  private void publish(List<JdbcOutbox.Message> batch) {
    List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
    for (JdbcOutbox.Message message : batch) {
      acks.add(producer.send(record(topic, message)));
    }
    producer.flush();
    long deadline = System.nanoTime() + ackTimeout.toNanos();
    for (int i = 0; i < acks.size(); i++) {
      try {
        acks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new KafkaRelayException("interrupted while waiting for acknowledgements", e);
      } catch (ExecutionException | TimeoutException e) {
        throw new KafkaRelayException("the broker did not acknowledge event " + batch.get(i).eventId() + " of " + topic
            + " (nothing of this batch of " + batch.size() + " is marked relayed)", e.getCause() == null ? e : e.getCause());
      }
    }
    afterSend.run();
    LOG.debug("relayed {} events to {}", batch.size(), topic);
  }

  /** The record of {@code message} on {@code topic}. */
  static ProducerRecord<String, String> record(String topic, JdbcOutbox.Message message) {
    String key = message.source() != null ? message.source() : message.eventId();
    ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, message.payload());
    record.headers().add(EVENT_ID, message.eventId().getBytes(StandardCharsets.UTF_8));
    record.headers().add(EVENT_TYPE, message.type().getBytes(StandardCharsets.UTF_8));
    record.headers().add(SCHEMA_VERSION, SCHEMA.getBytes(StandardCharsets.UTF_8));
    return record;
  }

  /** Stops the relay's thread (waiting for its turn to end, at most 30 s) and closes the producer. */
  @Override
  public void close() {
    stopped.countDown(); // no interrupt: it would break a database connection in the middle of a turn
    Thread t = thread;
    if (t != null) {
      try {
        t.join(30_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    producer.close(Duration.ofSeconds(5));
  }
}
