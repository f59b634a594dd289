package io.bizloop.kafka;

import io.bizloop.jdbc.TestDatabases;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.bizloop.accounting.application.ReceivePayment;
import io.bizloop.core.CustomerId;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.Sku;
import io.bizloop.core.SupplierId;
import io.bizloop.core.WarehouseId;
import io.bizloop.crm.application.ConfirmOrder;
import io.bizloop.crm.application.PlaceSalesOrder;
import io.bizloop.crm.application.RegisterCustomer;
import io.bizloop.crm.domain.SalesOrderStatus;
import io.bizloop.inventory.application.ReceivePurchase;
import io.bizloop.inventory.application.RegisterProduct;
import io.bizloop.inventory.application.RegisterSupplier;
import io.bizloop.inventory.application.RegisterWarehouse;
import io.bizloop.inventory.application.ShipOrder;
import io.bizloop.inventory.application.StockRow;
import io.bizloop.jdbc.JdbcLoopStore;
import io.bizloop.jdbc.JdbcOutbox;
import io.bizloop.loop.Bizloop;
import io.bizloop.loop.CompanySettings;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/** The relay and the inbound adapter against a real in-process KRaft broker, on one database (H2 or PostgreSQL). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
abstract class KafkaAdapterContract {

  static final LocalDate DAY = LocalDate.of(2026, 11, 2);
  static final CompanySettings COMPANY = CompanySettings.ifrs(Currency.getInstance("EUR")).vatRate("0.20");
  static final WarehouseId MAIN = WarehouseId.of("MAIN");
  static final Sku CHAIR = Sku.of("CHAIR");
  static final SupplierId ACME = SupplierId.of("ACME");
  static final CustomerId ROMA = CustomerId.of("ROMA");

  private static final AtomicInteger TOPICS = new AtomicInteger();

  InProcessKafka kafka;
  private final List<AutoCloseable> open = new ArrayList<>();

  /** A new, empty database. */
  abstract HikariDataSource database(String name);

  @BeforeAll
  void startBroker() throws Exception {
    kafka = InProcessKafka.start();
  }

  @AfterAll
  void stopBroker() throws Exception {
    kafka.close();
  }

  @AfterEach
  void closeAll() throws Exception {
    for (int i = open.size() - 1; i >= 0; i--) {
      open.get(i).close();
    }
    open.clear();
  }

  <T extends AutoCloseable> T closing(T resource) {
    open.add(resource);
    return resource;
  }

  String topic(String name, int partitions) throws Exception {
    String topic = name + "-" + TOPICS.incrementAndGet();
    kafka.createTopic(topic, partitions);
    return topic;
  }

  JdbcLoopStore store(String name) {
    return JdbcLoopStore.open(closing(database(name)), COMPANY);
  }

  static void stockAndCustomer(Bizloop loop, String onHand) {
    loop.inventory().registerWarehouse(new RegisterWarehouse.Command(MAIN, "Main store", DAY)).orElseThrow();
    loop.inventory().registerProduct(RegisterProduct.Command.of(CHAIR, "Oak chair", DAY)).orElseThrow();
    loop.inventory().registerSupplier(new RegisterSupplier.Command(ACME, "Acme Woodworks", DAY)).orElseThrow();
    loop.inventory().receivePurchase(ReceivePurchase.Command.from(ACME, MAIN, DAY).line(CHAIR, onHand, "50.00")).orElseThrow();
    loop.crm().registerCustomer(RegisterCustomer.Command.of(ROMA, "Roma Café", DAY)).orElseThrow();
  }

  static void orderToCash(Bizloop loop, String order) {
    SalesOrderId id = SalesOrderId.of(order);
    loop.crm().placeSalesOrder(PlaceSalesOrder.Command.of(id, ROMA, DAY).line(CHAIR, "3", "90.00")).orElseThrow();
    loop.crm().confirmOrder(new ConfirmOrder.Command(id, DAY)).orElseThrow();
    loop.inventory().shipOrder(ShipOrder.Command.all(id, DAY)).orElseThrow();
    loop.accounting().receivePayment(ReceivePayment.Command.of(ROMA, "324.00", DAY)).orElseThrow();
  }

  static String header(ConsumerRecord<String, String> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  static List<String> ids(List<ConsumerRecord<String, String>> records) {
    return records.stream().map(r -> header(r, OutboxRelay.EVENT_ID)).toList();
  }

  /** The records whose event id was not seen before, as a consumer deduplicating by id keeps them. */
  static List<ConsumerRecord<String, String>> deduplicated(List<ConsumerRecord<String, String>> records) {
    Set<String> seen = new HashSet<>();
    return records.stream().filter(r -> seen.add(header(r, OutboxRelay.EVENT_ID))).toList();
  }

  OutboxRelay.Builder relay(JdbcLoopStore store, String topic) {
    return OutboxRelay.to(kafka.bootstrap(), store.outbox()).topic(topic).batchSize(50);
  }

  @Test
  void orderToCashArrivesOnKafkaInOrderPerSourceWithUniqueIdsAndHeaders() throws Exception {
    // given
    String topic = topic("events", 3);
    JdbcLoopStore store = store("o2c");
    Bizloop loop = store.bizloop();
    stockAndCustomer(loop, "20");
    orderToCash(loop, "SO-1");
    orderToCash(loop, "SO-2");
    List<JdbcOutbox.Message> outbox = store.outbox().unrelayed(10_000);

    // when
    long sent;
    try (OutboxRelay relay = relay(store, topic).build()) {
      sent = relay.drain();
    }
    List<ConsumerRecord<String, String>> records = kafka.readAll(topic, outbox.size(), Duration.ofSeconds(20));

    // then
    assertThat(sent).isEqualTo(outbox.size());
    assertThat(store.outbox().unrelayedCount()).isZero();
    assertThat(records).hasSize(outbox.size());
    assertThat(ids(records)).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(outbox.stream().map(JdbcOutbox.Message::eventId).toList());
    assertThat(outbox.stream().map(JdbcOutbox.Message::type).distinct().toList())
        .containsSubsequence("CustomerRegistered", "SalesOrderConfirmed", "GoodsShipped", "RevenueRecognised", "PaymentReceived");
    Map<String, List<String>> publishedPerKey = new LinkedHashMap<>();
    outbox.forEach(m -> publishedPerKey.computeIfAbsent(m.source(), k -> new ArrayList<>()).add(m.eventId()));
    Map<String, List<String>> readPerKey = new LinkedHashMap<>();
    records.forEach(r -> readPerKey.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(header(r, OutboxRelay.EVENT_ID)));
    assertThat(readPerKey).isEqualTo(publishedPerKey);
    for (ConsumerRecord<String, String> record : records) {
      JdbcOutbox.Message message = outbox.stream().filter(m -> m.eventId().equals(header(record, OutboxRelay.EVENT_ID)))
          .findFirst().orElseThrow();
      assertThat(record.key()).isEqualTo(message.source());
      assertThat(header(record, OutboxRelay.EVENT_TYPE)).isEqualTo(message.type());
      assertThat(header(record, OutboxRelay.SCHEMA_VERSION)).isEqualTo("1");
      assertThat(record.value()).isEqualTo(message.payload()).contains("\"eventId\"");
    }
  }

  @Test
  void anOrderPlacedDeliveredTwiceIsConfirmedAndReservedOnce() throws Exception {
    // given
    String inbound = topic("inbound", 1);
    String dead = topic("dead", 1);
    JdbcLoopStore store = store("placed");
    Bizloop loop = store.bizloop();
    stockAndCustomer(loop, "20");
    String placed = """
        {"type": "order-placed", "version": 1, "externalId": "shop-77", "order": "WEB-77", "customer": "ROMA",
         "date": "2026-11-02", "lines": [{"sku": "CHAIR", "quantity": "4", "unitPrice": "90.00"}]}""";
    kafka.send(inbound, "shop-77", placed);
    kafka.send(inbound, "shop-77", placed);

    // when
    List<InboundConsumer.Result> results = consume(loop, inbound, dead, 2);

    // then
    assertThat(results).containsExactly(InboundConsumer.Result.APPLIED, InboundConsumer.Result.DUPLICATE);
    assertThat(loop.crm().order(SalesOrderId.of("WEB-77")).orElseThrow().status()).isEqualTo(SalesOrderStatus.CONFIRMED);
    StockRow chair = loop.inventory().stock().stream().filter(r -> r.sku().equals(CHAIR)).findFirst().orElseThrow();
    assertThat(chair.reserved().value()).isEqualByComparingTo("4");
    assertThat(chair.onHand().value()).isEqualByComparingTo("20");
    assertThat(store.outbox().unrelayed(1000).stream().filter(m -> m.type().equals("SalesOrderConfirmed"))).hasSize(1);
  }

  @Test
  void aPaymentCapturedTwiceIsReceivedOnce() throws Exception {
    // given
    String inbound = topic("inbound", 1);
    String dead = topic("dead", 1);
    JdbcLoopStore store = store("paid");
    Bizloop loop = store.bizloop();
    stockAndCustomer(loop, "1");
    String captured = """
        {"type": "payment-captured", "externalId": "psp-1", "customer": "ROMA", "amount": "125.50", "date": "2026-11-02"}""";
    kafka.send(inbound, "psp-1", captured);
    kafka.send(inbound, "psp-1", captured);

    // when
    List<InboundConsumer.Result> results = consume(loop, inbound, dead, 2);

    // then
    assertThat(results).containsExactly(InboundConsumer.Result.APPLIED, InboundConsumer.Result.DUPLICATE);
    assertThat(store.outbox().unrelayed(1000).stream().filter(m -> m.type().equals("PaymentReceived"))).hasSize(1);
  }

  @Test
  void aPoisonMessageIsDeadLetteredWithItsReasonAndTheNextOneIsStillApplied() throws Exception {
    // given
    String inbound = topic("inbound", 1);
    String dead = topic("dead", 1);
    JdbcLoopStore store = store("poison");
    Bizloop loop = store.bizloop();
    stockAndCustomer(loop, "5");
    kafka.send(inbound, "x", "{not json");
    kafka.send(inbound, "y", """
        {"type": "payment-captured", "externalId": "psp-2", "customer": "NOBODY", "amount": "10.00", "date": "2026-11-02"}""");
    kafka.send(inbound, "z", """
        {"type": "refund-issued", "externalId": "psp-3"}""");
    kafka.send(inbound, "w", """
        {"type": "payment-captured", "externalId": "psp-4", "customer": "ROMA", "amount": "10.00", "date": "2026-11-02"}""");

    // when
    List<InboundConsumer.Result> results = consume(loop, inbound, dead, 4);
    List<ConsumerRecord<String, String>> letters = kafka.readAll(dead, 3, Duration.ofSeconds(20));

    // then
    assertThat(results).containsExactly(InboundConsumer.Result.DEAD_LETTERED, InboundConsumer.Result.DEAD_LETTERED,
        InboundConsumer.Result.DEAD_LETTERED, InboundConsumer.Result.APPLIED);
    assertThat(letters).hasSize(3);
    assertThat(letters.get(0).value()).isEqualTo("{not json");
    assertThat(header(letters.get(0), InboundConsumer.REASON)).startsWith("MALFORMED: malformed JSON");
    assertThat(header(letters.get(0), InboundConsumer.ORIGIN)).isEqualTo(inbound + "/0/0");
    assertThat(header(letters.get(1), InboundConsumer.REASON)).startsWith("UNKNOWN_REFERENCE");
    assertThat(header(letters.get(2), InboundConsumer.REASON)).contains("unknown type \"refund-issued\"");
    assertThat(store.outbox().unrelayed(1000).stream().filter(m -> m.type().equals("PaymentReceived"))).hasSize(1);
  }

  @Test
  void aMessageMetByADatabaseFailureIsNeitherDeadLetteredNorSkippedButTriedAgain() throws Exception {
    // given
    String inbound = topic("inbound", 1);
    String dead = topic("dead", 1);
    FlakyDataSource database = new FlakyDataSource(closing(database("flaky")));
    JdbcLoopStore store = JdbcLoopStore.open(database, COMPANY);
    Bizloop loop = store.bizloop();
    stockAndCustomer(loop, "1");
    kafka.send(inbound, "psp-5", """
        {"type": "payment-captured", "externalId": "psp-5", "customer": "ROMA", "amount": "40.00", "date": "2026-11-02"}""");
    List<InboundConsumer.Result> results = new ArrayList<>();
    try (InboundConsumer consumer = InboundConsumer.from(kafka.bootstrap(), loop).topic(inbound).deadLetterTopic(dead)
        .groupId("g-" + inbound).build()) {
      // when: the database is down when the message comes
      database.down = true;
      RuntimeException failed = null;
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (failed == null && System.nanoTime() < deadline) {
        try {
          results.addAll(consumer.pollOnce(Duration.ofMillis(200)));
        } catch (RuntimeException e) {
          failed = e;
        }
      }
      assertThat(failed).isNotNull();
      assertThat(results).isEmpty();
      // and is back for the next poll
      database.down = false;
      deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (results.isEmpty() && System.nanoTime() < deadline) {
        results.addAll(consumer.pollOnce(Duration.ofMillis(200)));
      }
    }

    // then
    assertThat(results).containsExactly(InboundConsumer.Result.APPLIED);
    assertThat(store.outbox().unrelayed(1000).stream().filter(m -> m.type().equals("PaymentReceived"))).hasSize(1);
    assertThat(kafka.readAll(dead, 0, Duration.ofMillis(500))).isEmpty();
  }

  @Test
  void aRelayDyingBetweenPublishingAndMarkingRepublishesTheSameIds() throws Exception {
    // given
    String topic = topic("events", 1);
    JdbcLoopStore store = store("dies");
    Bizloop loop = store.bizloop();
    stockAndCustomer(loop, "20");
    orderToCash(loop, "SO-1");
    long events = store.outbox().unrelayedCount();

    // when
    try (OutboxRelay dying = relay(store, topic).batchSize(1000).afterSend(() -> {
      throw new IllegalStateException("killed before marking");
    }).build()) {
      assertThatThrownBy(dying::relayOnce).hasMessage("killed before marking");
    }
    assertThat(store.outbox().unrelayedCount()).isEqualTo(events);
    long second;
    try (OutboxRelay relay = relay(store, topic).build()) {
      second = relay.drain();
    }
    List<ConsumerRecord<String, String>> records = kafka.readAll(topic, (int) (2 * events), Duration.ofSeconds(20));

    // then
    assertThat(second).isEqualTo(events);
    assertThat(records).hasSize((int) (2 * events));
    List<ConsumerRecord<String, String>> once = deduplicated(records);
    assertThat(once).hasSize((int) events);
    assertThat(ids(once)).containsExactlyInAnyOrderElementsOf(allIds(store));
    assertThat(ids(records.subList(0, (int) events))).isEqualTo(ids(records.subList((int) events, records.size())))
        .as("a single partition's redelivery repeats the same ids in the same order");
  }

  @Test
  void twoRelaysOnOneDatabasePublishEachEventExactlyOnce() throws Exception {
    // given
    String topic = topic("events", 3);
    HikariDataSource database = closing(database("two"));
    JdbcLoopStore first = JdbcLoopStore.open(database, COMPANY);
    JdbcLoopStore second = JdbcLoopStore.open(closing(TestDatabases.pool(database.getJdbcUrl(), 5)), COMPANY); // as another JVM would
    Bizloop loop = first.bizloop();
    stockAndCustomer(loop, "1000");
    Runnable slowly = () -> sleep(20); // a turn lasts long enough for the other relay to find the lease taken
    OutboxRelay one = closing(relay(first, topic).holder("one").batchSize(7).afterSend(slowly).build());
    OutboxRelay two = closing(relay(second, topic).holder("two").batchSize(7).afterSend(slowly).build());
    ExecutorService threads = Executors.newFixedThreadPool(3);
    AtomicInteger turnsSkipped = new AtomicInteger();
    try {
      // when: orders are written while both relays turn as fast as they can
      Future<?> writer = threads.submit(() -> {
        for (int i = 1; i <= 15; i++) {
          orderToCash(loop, "SO-" + i);
        }
      });
      List<Future<Long>> relays = new ArrayList<>();
      for (OutboxRelay relay : List.of(one, two)) {
        relays.add(threads.submit(() -> {
          long sent = 0;
          while (!writer.isDone() || first.outbox().unrelayedCount() > 0) {
            OptionalInt turn = relay.relayOnce();
            if (turn.isEmpty()) {
              turnsSkipped.incrementAndGet();
            } else {
              sent += turn.getAsInt();
            }
            if (turn.orElse(0) == 0) {
              sleep(5); // as a relay's pause between turns
            }
          }
          return sent;
        }));
      }
      writer.get(45, TimeUnit.SECONDS);
      long sent = relays.get(0).get(45, TimeUnit.SECONDS) + relays.get(1).get(45, TimeUnit.SECONDS);
      long total = first.outbox().size();
      List<ConsumerRecord<String, String>> records = kafka.readAll(topic, (int) total, Duration.ofSeconds(20));

      // then
      assertThat(sent).isEqualTo(total);
      assertThat(turnsSkipped.get()).as("turns that found the lease taken").isPositive();
      assertThat(records).hasSize((int) total);
      assertThat(ids(records)).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(allIds(first));
    } finally {
      threads.shutdownNow();
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Every event id of the outbox, relayed or not, in publication order. */
  static List<String> allIds(JdbcLoopStore store) throws java.sql.SQLException {
    List<String> ids = new ArrayList<>();
    try (java.sql.Connection c = store.dataSource().getConnection();
        java.sql.ResultSet rs = c.createStatement().executeQuery(
            "SELECT event_id FROM bizloop_outbox WHERE payload IS NOT NULL ORDER BY seq")) {
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
    }
    return ids;
  }

  List<InboundConsumer.Result> consume(Bizloop loop, String inbound, String dead, int expected) {
    List<InboundConsumer.Result> results = new ArrayList<>();
    try (InboundConsumer consumer = InboundConsumer.from(kafka.bootstrap(), loop).topic(inbound).deadLetterTopic(dead)
        .groupId("g-" + inbound).build()) {
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (results.size() < expected && System.nanoTime() < deadline) {
        results.addAll(consumer.pollOnce(Duration.ofMillis(200)));
      }
    }
    return results;
  }
}
