package io.bizloop.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
import io.bizloop.jdbc.JdbcOutbox;
import io.bizloop.jdbc.JdbcLoopStore;
import io.bizloop.examples.replay.Scenario;
import io.bizloop.examples.replay.ScenarioFiles;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sample scenarios replayed over a database give the same report as in memory (the whole
 * report, and the expected subset by the rules of ReportCheck), with the loop invariants holding
 * after every step; a replay into a database that already holds books continues them.
 */
abstract class ScenarioContract {

  private final List<HikariDataSource> pools = new ArrayList<>();

  /** A new, empty database. */
  abstract HikariDataSource newDatabase(String name);

  HikariDataSource database(String name) {
    HikariDataSource pool = newDatabase(name);
    pools.add(pool);
    return pool;
  }

  @AfterEach
  void closePools() {
    pools.forEach(HikariDataSource::close);
  }

  static Stream<String> scenarios() throws IOException {
    return ScenarioFiles.names();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void replayOverTheDatabaseGivesTheSameReportAsInMemory(String name) throws Exception {
    // given
    Scenario scenario = ScenarioFiles.scenario(name);
    JsonNode expected = ScenarioFiles.expected(name);
    HikariDataSource db = database(name.replace(".json", ""));
    List<String> broken = new ArrayList<>();

    // when
    JsonNode inMemory = scenario.replay().report().json();
    JsonNode overDatabase = scenario.replay(
        company -> JdbcLoopStore.open(db, company).bizloop(),
        (bizloop, step) -> bizloop.invariantViolations().forEach(v -> broken.add("after step " + step + ": " + v)))
        .report().json();

    // then
    assertThat(broken).as("cross-module invariants").isEmpty();
    assertThat(differences(overDatabase, expected)).as("differences from the expected report").isEmpty();
    assertThat(overDatabase).as("the whole report, as in memory").isEqualTo(inMemory);
  }

  @Test
  void replayIntoAnExistingDatabaseContinuesItsBooks() throws Exception {
    // given
    Scenario first = ScenarioFiles.scenario("01-order-to-cash.json");
    HikariDataSource db = database("continued");
    JsonNode before = first.replay(company -> JdbcLoopStore.open(db, company).bizloop()).report().json();
    Scenario more = Scenario.parse("""
        {"company": {"name": "same books", "currency": "CNY", "startDate": "2026-11-20"},
         "steps": [
           {"do": "journal", "memo": "more capital",
            "lines": [{"account": "1002", "debit": 500}, {"account": "3001", "credit": 500}]}
         ]}
        """);

    // when: a new wiring over the same database, as another run of the replay would
    JsonNode after = more.replay(company -> JdbcLoopStore.open(db, company).bizloop()).report().json();

    // then
    int entriesBefore = before.get("journal").size();
    assertThat(after.get("journal")).hasSize(entriesBefore + 1);
    assertThat(after.get("journal").get(entriesBefore).get("number").asLong()).isEqualTo(entriesBefore + 1L);
    assertThat(balance(after, "1002")).isEqualTo(balance(before, "1002").add(new java.math.BigDecimal("500")));
    assertThat(after.get("stock")).isEqualTo(before.get("stock"));
    assertThat(after.get("orders")).isEqualTo(before.get("orders"));
    assertThat(after.get("totals").get("debit")).isEqualTo(after.get("totals").get("credit"));
  }

  @Test
  void replayingTheSameKeyedScenarioTwiceIntoOneDatabaseRunsEachKeyedStepOnce() throws Exception {
    // given: a payment and a journal entry, each with a key, one step without a key
    Scenario scenario = Scenario.parse("""
        {"company": {"name": "keys", "currency": "CNY", "startDate": "2026-11-02"},
         "steps": [
           {"do": "customer", "id": "C-1", "name": "Keyed Ltd", "key": "k-customer"},
           {"do": "journal", "memo": "capital", "key": "k-capital",
            "lines": [{"account": "1002", "debit": 1000}, {"account": "3001", "credit": 1000}]},
           {"do": "receivePayment", "customer": "C-1", "amount": "100.00", "key": "k-pay"},
           {"do": "receivePayment", "customer": "C-1", "amount": "100.00", "key": "k-pay"},
           {"do": "journal", "memo": "refused: unbalanced", "key": "k-bad",
            "lines": [{"account": "1002", "debit": 1}, {"account": "3001", "credit": 2}]},
           {"do": "journal", "memo": "no key",
            "lines": [{"account": "1002", "debit": 5}, {"account": "3001", "credit": 5}]}
         ]}
        """);
    HikariDataSource db = database("keys");

    // when: the same file replayed twice into one database, by two wirings, as two runs would
    JsonNode first = scenario.replay(company -> JdbcLoopStore.open(db, company).bizloop()).report().json();
    JsonNode second = scenario.replay(company -> JdbcLoopStore.open(db, company).bizloop()).report().json();

    // then: the first run ignores the repeated key once; the second ignores every keyed step, even the refused one
    assertThat(first.get("ignoredDuplicates").asInt()).isEqualTo(1);
    assertThat(first.get("rejections")).hasSize(1);
    assertThat(balance(first, "1002")).isEqualByComparingTo("1105.00");
    assertThat(second.get("ignoredDuplicates").asInt()).isEqualTo(5);
    assertThat(second.get("rejections")).isEmpty();
    assertThat(balance(second, "1002")).as("only the step without a key ran again").isEqualByComparingTo("1110.00");
    assertThat(second.get("journal")).hasSize(first.get("journal").size() + 1);
  }

  @Test
  void theOutboxListsEveryEventOnceInPublicationOrderACauseBeforeItsEffects() throws Exception {
    // given
    Scenario scenario = ScenarioFiles.scenario("01-order-to-cash.json");
    HikariDataSource db = database("outbox");
    List<JdbcLoopStore> stores = new ArrayList<>();

    // when
    scenario.replay(company -> {
      JdbcLoopStore store = JdbcLoopStore.open(db, company);
      stores.add(store);
      return store.bizloop();
    });

    // then: crm recognises revenue while the shipment is being delivered
    List<String> types = stores.get(0).outbox().unrelayed(1000).stream().map(JdbcOutbox.Message::type).toList();
    assertThat(types).hasSize((int) stores.get(0).outbox().size());
    assertThat(types).contains("SalesOrderConfirmed", "GoodsShipped", "RevenueRecognised");
    assertThat(types.indexOf("GoodsShipped")).isLessThan(types.indexOf("RevenueRecognised"));
    assertThat(types.indexOf("SalesOrderConfirmed")).isLessThan(types.indexOf("GoodsShipped"));
  }

  private static java.math.BigDecimal balance(JsonNode report, String account) {
    for (JsonNode row : report.get("trialBalance")) {
      if (row.get("account").asText().equals(account)) {
        return new java.math.BigDecimal(row.get("balance").asText());
      }
    }
    return java.math.BigDecimal.ZERO;
  }

  /** The replay tests' own comparison (package-private there), so both suites judge alike. */
  @SuppressWarnings("unchecked")
  private static List<String> differences(JsonNode report, JsonNode expected) throws Exception {
    Class<?> check = Class.forName("io.bizloop.examples.replay.ReportCheck");
    Method differences = check.getDeclaredMethod("differences", JsonNode.class, JsonNode.class);
    differences.setAccessible(true);
    return (List<String>) differences.invoke(null, report, expected);
  }
}
