package io.bizloop.kafka;

import io.bizloop.core.Outcome;
import io.bizloop.core.RejectionCode;
import io.bizloop.loop.Bizloop;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns external events read from a Kafka topic into the loop's commands, each exactly once.
 *
 * <p>Two events are understood (JSON, schema in the README): {@code payment-captured} (a payment
 * the payment provider captured: {@code ReceivePayment}) and {@code order-placed} (an order a shop
 * took: {@code PlaceSalesOrder} then {@code ConfirmOrder}, which reserves stock, all or nothing).
 * Each runs inside {@code loop.once("inbound:" + externalId, ...)}, so the key is kept in the
 * command's own database transaction: a message delivered again (a rebalance, a crash before the
 * offset commit) has no second effect.
 *
 * <p>A message that cannot be read (not JSON, a missing field, an unknown type, an id the domain
 * refuses) or whose commands the loop refuses (an unknown customer, a credit limit) goes to the
 * dead-letter topic with its key, value and headers, plus {@value #REASON} (why),
 * {@value #ORIGIN} ({@code topic/partition/offset}); the partition goes on with the next message.
 * A refusal is dead-lettered before the transaction keeping the key commits (a crash in between
 * dead-letters it again). A failure of the database, or a conflict the loop's retries could not
 * resolve, is not the message's fault: the partition is rewound to that message and the call
 * throws; the next poll tries it again. Offsets are committed after the messages they cover are
 * processed (at least once, exactly one effect).
 *
 * <pre>{@code
 * try (InboundConsumer inbound = InboundConsumer.from("broker:9092", loop).topic("shop.events").build()) {
 *   inbound.start(Duration.ofMillis(500));
 * }
 * }</pre>
 *
 * <p>Thread safety: like Kafka's consumer, one thread at a time ({@link #start} runs it on its own).
 */
public final class InboundConsumer implements AutoCloseable {

  /** Header of a dead letter: why it was not applied. */
  public static final String REASON = "bizloop-dead-letter-reason";
  /** Header of a dead letter: where it was read ({@code topic/partition/offset}). */
  public static final String ORIGIN = "bizloop-dead-letter-origin";
  /** The default inbound topic. */
  public static final String DEFAULT_TOPIC = "bizloop.inbound";
  /** The default dead-letter topic. */
  public static final String DEFAULT_DEAD_LETTER_TOPIC = "bizloop.inbound.dead-letter";
  /** The default consumer group. */
  public static final String DEFAULT_GROUP = "bizloop-inbound";
  /** The prefix of the idempotency keys of inbound messages. */
  public static final String KEY_PREFIX = "inbound:";

  private static final Logger LOG = LoggerFactory.getLogger(InboundConsumer.class);

  private final Bizloop loop;
  private final KafkaConsumer<String, String> consumer;
  private final KafkaProducer<String, String> deadLetters;
  private final String deadLetterTopic;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private volatile Thread thread;

  private InboundConsumer(Builder b) {
    this.loop = b.loop;
    this.deadLetterTopic = b.deadLetterTopic;
    this.consumer = new KafkaConsumer<>(b.consumerConfig, new StringDeserializer(), new StringDeserializer());
    this.deadLetters = new KafkaProducer<>(b.producerConfig, new StringSerializer(), new StringSerializer());
    consumer.subscribe(List.of(b.topic));
  }

  /**
   * An inbound adapter reading from the Kafka cluster at {@code bootstrapServers} into {@code loop}
   * (a loop over a persistent store, so that its idempotency keys last).
   *
   * @param bootstrapServers the cluster's bootstrap servers
   * @param loop the loop
   * @return a builder
   */
  public static Builder from(String bootstrapServers, Bizloop loop) {
    return new Builder(Objects.requireNonNull(bootstrapServers, "bootstrapServers"), Objects.requireNonNull(loop, "loop"));
  }

  /** Options of an inbound adapter; {@link #build} creates its consumer and dead-letter producer. */
  public static final class Builder {
    private final Bizloop loop;
    private final Map<String, Object> consumerConfig = new HashMap<>();
    private final Map<String, Object> producerConfig = new HashMap<>();
    private String topic = DEFAULT_TOPIC;
    private String deadLetterTopic = DEFAULT_DEAD_LETTER_TOPIC;

    private Builder(String bootstrapServers, Bizloop loop) {
      this.loop = loop;
      consumerConfig.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
      consumerConfig.put(ConsumerConfig.GROUP_ID_CONFIG, DEFAULT_GROUP);
      consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
      consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
      consumerConfig.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 100);
      consumerConfig.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
      producerConfig.putAll(Producers.reliable(bootstrapServers));
    }

    /**
     * The topic of external events (default {@value InboundConsumer#DEFAULT_TOPIC}).
     *
     * @param topic the topic
     * @return this builder
     */
    public Builder topic(String topic) {
      this.topic = Objects.requireNonNull(topic, "topic");
      return this;
    }

    /**
     * The dead-letter topic (default {@value InboundConsumer#DEFAULT_DEAD_LETTER_TOPIC}).
     *
     * @param topic the topic
     * @return this builder
     */
    public Builder deadLetterTopic(String topic) {
      this.deadLetterTopic = Objects.requireNonNull(topic, "topic");
      return this;
    }

    /**
     * The consumer group (default {@value InboundConsumer#DEFAULT_GROUP}).
     *
     * @param groupId the group
     * @return this builder
     */
    public Builder groupId(String groupId) {
      consumerConfig.put(ConsumerConfig.GROUP_ID_CONFIG, Objects.requireNonNull(groupId, "groupId"));
      return this;
    }

    /**
     * A consumer setting (Kafka's {@code ConsumerConfig}) over the adapter's defaults (auto commit
     * off, {@code auto.offset.reset=earliest}, {@code max.poll.records=100}, read_committed);
     * deserializers are the adapter's own and auto commit must stay off.
     *
     * @param name the setting
     * @param value its value
     * @return this builder
     */
    public Builder consumerSetting(String name, Object value) {
      consumerConfig.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * A setting of the dead-letter producer (Kafka's {@code ProducerConfig}) over its defaults
     * ({@code acks=all}, idempotence on).
     *
     * @param name the setting
     * @param value its value
     * @return this builder
     */
    public Builder producerSetting(String name, Object value) {
      producerConfig.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * The adapter, subscribed to its topic.
     *
     * @return the adapter
     * @throws IllegalArgumentException when auto commit was turned on
     */
    public InboundConsumer build() {
      if (Boolean.parseBoolean(String.valueOf(consumerConfig.get(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG)))) {
        throw new IllegalArgumentException("auto commit would commit offsets before their messages are applied");
      }
      return new InboundConsumer(this);
    }
  }

  /** What became of one message. */
  public enum Result {
    /** Its commands were kept. */
    APPLIED,
    /** Its idempotency key had been seen: nothing ran. */
    DUPLICATE,
    /** It went to the dead-letter topic. */
    DEAD_LETTERED
  }

  /**
   * Polls once (waiting at most {@code timeout}), applies what came in order and commits the
   * offsets of the messages processed.
   *
   * @param timeout how long to wait for messages
   * @return what became of each message, in order
   * @throws KafkaRelayException when a dead letter could not be sent (the partition is rewound to it)
   * @throws RuntimeException what the database threw (the partition is rewound to that message)
   */
  public List<Result> pollOnce(Duration timeout) {
    ConsumerRecords<String, String> records = consumer.poll(timeout);
    List<Result> results = new java.util.ArrayList<>(records.count());
    Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
    for (ConsumerRecord<String, String> record : records) {
      TopicPartition partition = new TopicPartition(record.topic(), record.partition());
      try {
        results.add(process(record));
      } catch (RuntimeException e) {
        for (TopicPartition p : records.partitions()) {
          OffsetAndMetadata at = done.get(p);
          consumer.seek(p, at != null ? at.offset() : records.records(p).get(0).offset());
        }
        commit(done);
        throw e;
      }
      done.put(partition, new OffsetAndMetadata(record.offset() + 1));
    }
    commit(done);
    return results;
  }

  private void commit(Map<TopicPartition, OffsetAndMetadata> offsets) {
    if (!offsets.isEmpty()) {
      consumer.commitSync(offsets, Duration.ofSeconds(30));
    }
  }

  private Result process(ConsumerRecord<String, String> record) {
    InboundMessage message;
    try {
      message = InboundMessage.parse(record.value());
    } catch (IllegalArgumentException | NullPointerException e) {
      deadLetter(record, "MALFORMED: " + e.getMessage());
      return Result.DEAD_LETTERED;
    }
    Optional<? extends Outcome<?>> ran = loop.once(KEY_PREFIX + message.externalId(), () -> {
      Outcome<Object> outcome = message.apply(loop).map(v -> (Object) v);
      if (outcome.isRejected() && outcome.rejection().code() != RejectionCode.CONFLICT) {
        deadLetter(record, outcome.rejection().code() + ": " + outcome.rejection().message()); // before the key commits
      }
      return outcome;
    });
    if (ran.isEmpty()) {
      LOG.debug("inbound {} seen before, skipped", message.externalId());
      return Result.DUPLICATE;
    }
    Outcome<?> outcome = ran.get();
    if (outcome.isAccepted()) {
      return Result.APPLIED;
    }
    if (outcome.rejection().code() == RejectionCode.CONFLICT) {
      throw new IllegalStateException("inbound " + message.externalId() + " kept conflicting: " + outcome.rejection().message());
    }
    return Result.DEAD_LETTERED;
  }

  private void deadLetter(ConsumerRecord<String, String> record, String reason) {
    ProducerRecord<String, String> letter = new ProducerRecord<>(deadLetterTopic, record.key(), record.value());
    for (Header header : record.headers()) {
      letter.headers().add(header);
    }
    letter.headers().add(REASON, reason.getBytes(StandardCharsets.UTF_8));
    letter.headers().add(ORIGIN, (record.topic() + "/" + record.partition() + "/" + record.offset()).getBytes(StandardCharsets.UTF_8));
    try {
      deadLetters.send(letter).get(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KafkaRelayException("interrupted while dead-lettering", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new KafkaRelayException("cannot dead-letter " + record.topic() + "/" + record.partition() + "/" + record.offset(), e);
    }
    LOG.info("dead-lettered {}/{}/{}: {}", record.topic(), record.partition(), record.offset(), reason);
  }

  /**
   * Consumes on a daemon thread of its own until {@link #close}; a failed poll is logged and tried
   * again after {@code pause}.
   *
   * @param pause the wait after a failure
   * @return this adapter
   * @throws IllegalStateException when it runs already
   */
  public synchronized InboundConsumer start(Duration pause) {
    Objects.requireNonNull(pause, "pause");
    if (thread != null) {
      throw new IllegalStateException("the adapter runs already");
    }
    Thread t = new Thread(() -> {
      while (stopped.getCount() > 0) {
        try {
          pollOnce(Duration.ofMillis(500));
        } catch (WakeupException e) {
          return;
        } catch (RuntimeException e) {
          LOG.warn("inbound poll failed, trying again in {}: {}", pause, e.toString());
          try {
            stopped.await(pause.toMillis(), TimeUnit.MILLISECONDS);
          } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            return;
          }
        }
      }
    }, "bizloop-inbound");
    t.setDaemon(true);
    thread = t;
    t.start();
    return this;
  }

  /** Stops the adapter's thread (after the message in hand, at most 30 s) and closes the consumer and the producer. */
  @Override
  public void close() {
    stopped.countDown();
    Thread t = thread;
    if (t != null) {
      try {
        t.join(30_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    consumer.close(Duration.ofSeconds(5));
    deadLetters.close(Duration.ofSeconds(5));
  }
}
