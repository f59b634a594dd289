package io.bizloop.kafka;

import io.bizloop.jdbc.TestDatabases;
import com.zaxxer.hikari.HikariDataSource;
import io.bizloop.jdbc.JdbcLoopStore;
import io.bizloop.loop.Bizloop;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Events per second from the outbox to the in-process broker, on H2 and (with BIZLOOP_PG_URL) on
 * PostgreSQL. Not part of the build (the name does not end in Test); run it with
 * {@code mvn -pl kafka test -Dtest=RelayBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbizloop.kafka.bench=20000}.
 * The outbox is filled with copies of the events of real order-to-cash flows (same types, sizes
 * and sources, new event ids), so that only the relay is measured.
 */
@EnabledIfSystemProperty(named = "bizloop.kafka.bench", matches = "\\d+")
class RelayBenchmark {

  @Test
  void relayThroughput(@TempDir Path dir) throws Exception {
    int events = Integer.getInteger("bizloop.kafka.bench");
    int batch = Integer.getInteger("bizloop.kafka.batch", 500);
    try (InProcessKafka kafka = InProcessKafka.start()) {
      kafka.createTopic("bench-h2", 3);
      try (HikariDataSource h2 = TestDatabases.h2(dir, "bench")) {
        run("H2 file", h2, kafka, "bench-h2", events, batch);
      }
      if (TestDatabases.postgresUrl().isPresent()) {
        kafka.createTopic("bench-pg", 3);
        try (HikariDataSource pg = TestDatabases.postgres("bench", 10)) {
          run("PostgreSQL", pg, kafka, "bench-pg", events, batch);
        }
      }
    }
  }

  private static void run(String name, HikariDataSource database, InProcessKafka kafka, String topic, int events, int batch)
      throws Exception {
    JdbcLoopStore store = JdbcLoopStore.open(database, KafkaAdapterContract.COMPANY);
    Bizloop loop = store.bizloop();
    KafkaAdapterContract.stockAndCustomer(loop, "1000");
    for (int i = 1; i <= 5; i++) {
      KafkaAdapterContract.orderToCash(loop, "SO-" + i);
    }
    fill(database, events);
    try (OutboxRelay relay = OutboxRelay.to(kafka.bootstrap(), store.outbox()).topic(topic).batchSize(batch).build()) {
      relay.relayOnce(); // warm: metadata, connection, first batch
      long waiting = store.outbox().unrelayedCount();
      long start = System.nanoTime();
      long sent = relay.drain();
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("RELAY %s: %d events in %.2f s = %.0f events/s (batch %d, 3 partitions, acks=all, idempotent)%n",
          name, sent, seconds, sent / seconds, batch);
      if (sent != waiting) {
        throw new AssertionError("sent " + sent + " of " + waiting);
      }
    }
  }

  /** Copies the stored events until the outbox holds {@code events} more. */
  private static void fill(HikariDataSource database, int events) throws Exception {
    record Row(String type, LocalDate date, String source, String payload) {}
    List<Row> rows = new ArrayList<>();
    try (Connection c = database.getConnection();
        ResultSet rs = c.createStatement().executeQuery(
            "SELECT event_type, business_date, source, payload FROM bizloop_outbox WHERE payload IS NOT NULL ORDER BY seq")) {
      while (rs.next()) {
        rows.add(new Row(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4)));
      }
    }
    try (Connection c = database.getConnection();
        PreparedStatement insert = c.prepareStatement(
            "INSERT INTO bizloop_outbox (event_id, event_type, business_date, source, payload) VALUES (?, ?, ?, ?, ?)")) {
      c.setAutoCommit(false);
      for (int i = 0; i < events; i++) {
        Row row = rows.get(i % rows.size());
        insert.setString(1, "bench:" + i);
        insert.setString(2, row.type());
        insert.setObject(3, row.date());
        insert.setString(4, row.source() + "#" + (i / rows.size()));
        insert.setString(5, row.payload());
        insert.addBatch();
        if (i % 1000 == 999) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
      c.commit();
    }
  }
}
