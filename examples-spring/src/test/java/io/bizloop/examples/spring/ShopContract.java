package io.bizloop.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bizloop.core.CustomerId;
import io.bizloop.core.RejectionCode;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.Sku;
import io.bizloop.crm.application.PlaceSalesOrder;
import io.bizloop.loop.Bizloop;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The shop over HTTP on 127.0.0.1, against whatever database the subclass gives it. The tests of
 * one class share one database, so each uses ids of its own and the flow checks how the trial
 * balance changed.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
abstract class ShopContract {

  private static final String DAY = "2026-11-02";

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final ObjectMapper json = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired Bizloop loop;

  @Test
  void anOrderGoesFromSetUpToTheBooks() throws Exception {
    Map<String, BigDecimal> before = trialBalance();
    setUp("FLOW", "CHAIR", "ROMA");
    created(post("/purchases", """
        {"supplier": "ACME-FLOW", "warehouse": "FLOW", "date": "%s",
         "lines": [{"sku": "CHAIR", "quantity": 20, "unitCost": "50.00"}]}""".formatted(DAY)));

    assertThat(created(post("/orders", """
        {"id": "SO-FLOW", "customer": "ROMA", "date": "%s", "note": "call before delivery",
         "lines": [{"sku": "CHAIR", "quantity": 12, "unitPrice": 90.00}]}""".formatted(DAY))))
        .isEqualTo("SO-FLOW");
    JsonNode confirmed = ok(post("/orders/SO-FLOW/confirm", "{\"date\": \"%s\"}".formatted(DAY)));
    assertThat(confirmed.get(0).get("sku").asText()).isEqualTo("CHAIR");
    assertThat(confirmed.get(0).get("ordered").asText()).isEqualTo("12");
    assertThat(confirmed.get(0).get("fully").asBoolean()).isTrue();
    assertThat(stock("FLOW", "CHAIR")).containsEntry("onHand", "20").containsEntry("reserved", "12")
        .containsEntry("available", "8").containsEntry("value", "1000.00");

    assertThat(created(post("/orders/SO-FLOW/ship", "{\"date\": \"%s\"}".formatted(DAY)))).isEqualTo("SO-FLOW/S1");
    created(post("/payments", """
        {"customer": "ROMA", "amount": "1000.00", "date": "%s"}""".formatted(DAY)));

    assertThat(stock("FLOW", "CHAIR")).containsEntry("onHand", "8").containsEntry("reserved", "0")
        .containsEntry("available", "8").containsEntry("value", "400.00");
    // 12 × 90.00 = 1 080.00 revenue + 20 % VAT = 1 296.00 receivable, 1 000.00 of it paid;
    // 20 × 50.00 = 1 000.00 received (+ 200.00 input VAT, payable 1 200.00), 12 × 50.00 = 600.00 sold
    assertThat(change(before, trialBalance())).containsExactlyInAnyOrderEntriesOf(Map.of(
        "1010", new BigDecimal("1000.00"),
        "1100", new BigDecimal("296.00"),
        "1200", new BigDecimal("400.00"),
        "1300", new BigDecimal("200.00"),
        "2000", new BigDecimal("-1200.00"),
        "2100", new BigDecimal("-216.00"),
        "4000", new BigDecimal("-1080.00"),
        "5000", new BigDecimal("600.00")));
    assertThat(jdbc.queryForObject("SELECT note FROM shop_order_note WHERE order_id = ?", String.class, "SO-FLOW"))
        .isEqualTo("call before delivery");
  }

  @Test
  void aRefusedCommandAnswers422WithItsCode() throws Exception {
    setUp("REFUSE", "DESK", "NOVA");
    created(post("/orders", """
        {"id": "SO-REFUSE", "customer": "NOVA", "lines": [{"sku": "DESK", "quantity": 2, "unitPrice": "300.00"}]}"""));

    assertProblem(post("/orders/SO-REFUSE/ship", ""), 422, "UNKNOWN_REFERENCE");
    JsonNode confirmed = ok(post("/orders/SO-REFUSE/confirm", ""));   // nothing in stock: all backordered
    assertThat(confirmed.get(0).get("fully").asBoolean()).isFalse();
    assertProblem(post("/orders/SO-REFUSE/ship", ""), 422, "INSUFFICIENT_STOCK");
    assertProblem(post("/warehouses", "{\"id\": \"REFUSE\", \"name\": \"Again\"}"), 422, "DUPLICATE_ID");
    assertThat(jdbc.queryForObject(
        "SELECT COUNT(*) FROM bizloop_sales_order WHERE id = ?", Integer.class, "SO-REFUSE")).isEqualTo(1);
  }

  @Test
  void badJsonOrAMissingFieldAnswers400() throws Exception {
    assertProblem(post("/orders", "{\"id\": \"SO-BAD\", \"lines\": ["), 400, "BAD_REQUEST");
    assertProblem(post("/orders", "not json at all"), 400, "BAD_REQUEST");
    assertProblem(post("/orders", ""), 400, "BAD_REQUEST");
    assertProblem(post("/orders", """
        {"id": "SO-BAD", "customer": "X", "lines": [{"sku": "S", "quantity": "lots", "unitPrice": 1}]}"""),
        400, "BAD_REQUEST");
    assertProblem(post("/payments", "{\"customer\": \"X\"}"), 400, "BAD_REQUEST", "amount is missing");
    assertProblem(post("/orders/SO-BAD/confirm", "{\"date\": \"2026-13-01\"}"), 400, "BAD_REQUEST", "2026-13-01");
    assertProblem(post("/warehouses", "{\"name\": \"No id\"}"), 400, "BAD_REQUEST");
    assertProblem(
        post("/orders", "{\"id\": \"SO-BAD\", \"customer\": \"X\"}"), 400, "BAD_REQUEST", "lines are missing");
  }

  @Test
  void theOrderAndTheShopsNoteCommitOrRollBackTogether() throws Exception {
    setUp("TX", "LAMP", "LUMA");
    String order = """
        {"id": "%s", "customer": "%s", "note": "%s", "failAfter": %s,
         "lines": [{"sku": "LAMP", "quantity": 1, "unitPrice": "40.00"}]}""";

    // the shop fails after bizloop's order and the shop's note were both written
    assertProblem(post("/orders", order.formatted("SO-TX-1", "LUMA", "fragile", true)), 500, "HOST_FAILURE");
    assertRows("SO-TX-1", 0);
    // the note does not fit its column: the database refuses it after bizloop wrote the order
    assertProblem(
        post("/orders", order.formatted("SO-TX-2", "LUMA", "x".repeat(501), false)), 422, "CONSTRAINT_VIOLATED");
    assertRows("SO-TX-2", 0);
    // bizloop refuses the order: the service throws, so nothing of the shop's stays either
    assertProblem(post("/orders", order.formatted("SO-TX-3", "NOBODY", "lost", false)), 422, "UNKNOWN_REFERENCE");
    assertRows("SO-TX-3", 0);

    // the same ids again, this time committed: nothing of the failed attempts was left behind
    assertThat(created(post("/orders", order.formatted("SO-TX-1", "LUMA", "fragile", false))))
        .isEqualTo("SO-TX-1");
    assertRows("SO-TX-1", 1);
    created(post("/orders", order.formatted("SO-TX-2", "LUMA", "x".repeat(500), false)));
    assertRows("SO-TX-2", 1);
  }

  @Test
  void bizloopRunsOnTheHostsTransaction() throws Exception {
    setUp("JOIN", "VASE", "JUNO");
    LocalDate day = LocalDate.parse(DAY);
    var order = PlaceSalesOrder.Command.of(SalesOrderId.of("SO-JOIN-1"), CustomerId.of("JUNO"), day)
        .line(Sku.of("VASE"), "1", "9.00");
    var refused = PlaceSalesOrder.Command.of(SalesOrderId.of("SO-JOIN-2"), CustomerId.of("NOBODY"), day)
        .line(Sku.of("VASE"), "1", "9.00");

    // bizloop's order is visible on the host's connection before the commit, and goes with its rollback
    transactions.executeWithoutResult(status -> {
      loop.crm().placeSalesOrder(order).orElseThrow();
      assertThat(count("bizloop_sales_order WHERE id = 'SO-JOIN-1'")).isEqualTo(1);
      status.setRollbackOnly();
    });
    assertRows("SO-JOIN-1", 0);

    // a refusal rolls back only bizloop's savepoint: a host that commits anyway keeps its own row
    transactions.executeWithoutResult(status -> {
      jdbc.update("INSERT INTO shop_order_note (order_id, note, created_at) VALUES ('SO-JOIN-2', 'kept', ?)",
          LocalDateTime.now());
      assertThat(loop.crm().placeSalesOrder(refused).rejection().code()).isEqualTo(RejectionCode.UNKNOWN_REFERENCE);
    });
    assertThat(count("shop_order_note WHERE order_id = 'SO-JOIN-2'")).isEqualTo(1);
    assertThat(count("bizloop_sales_order WHERE id = 'SO-JOIN-2'")).isZero();
  }

  @Test
  void theShopsAndBizloopsMigrationsLiveSideBySide() {
    // Flyway quotes its history tables' names: lower case in both H2 and PostgreSQL
    assertThat(jdbc.queryForList(
        "SELECT \"script\" FROM \"flyway_schema_history\" WHERE \"success\" = TRUE", String.class))
        .contains("V1__shop.sql")
        .noneMatch(script -> script.contains("bizloop"));
    assertThat(jdbc.queryForList(
        "SELECT \"version\" FROM \"bizloop_schema_history\" WHERE \"success\" = TRUE AND \"script\" LIKE 'V%'",
        String.class))
        .contains("1", "2");
  }

  // ---- helpers

  /** A warehouse, a product, a supplier ACME-{@code warehouse} and a customer, all ids the test's own. */
  private void setUp(String warehouse, String sku, String customer) throws Exception {
    created(post("/warehouses", """
        {"id": "%s", "name": "Store %s", "date": "%s"}""".formatted(warehouse, warehouse, DAY)));
    created(post("/products", """
        {"sku": "%s", "name": "Product %s", "reorderPoint": 5, "maxStock": 40, "date": "%s"}"""
        .formatted(sku, sku, DAY)));
    created(post("/suppliers", """
        {"id": "ACME-%s", "name": "Acme", "date": "%s"}""".formatted(warehouse, DAY)));
    created(post("/customers", """
        {"id": "%s", "name": "Customer %s", "date": "%s"}""".formatted(customer, customer, DAY)));
  }

  private int count(String tableAndCondition) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM " + tableAndCondition, Integer.class);
  }

  private void assertRows(String order, int expected) {
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM shop_order_note WHERE order_id = ?", Integer.class, order))
        .as("shop_order_note rows of %s", order).isEqualTo(expected);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM bizloop_sales_order WHERE id = ?", Integer.class, order))
        .as("bizloop_sales_order rows of %s", order).isEqualTo(expected);
  }

  private Map<String, BigDecimal> trialBalance() throws Exception {
    Map<String, BigDecimal> balances = new HashMap<>();
    ok(get("/trial-balance"))
        .forEach(row -> balances.put(row.get("account").asText(), new BigDecimal(row.get("balance").asText())));
    return balances;
  }

  private static Map<String, BigDecimal> change(Map<String, BigDecimal> before, Map<String, BigDecimal> after) {
    Map<String, BigDecimal> change = new HashMap<>();
    after.forEach((account, balance) ->
        change.put(account, balance.subtract(before.getOrDefault(account, BigDecimal.ZERO))));
    before.forEach((account, balance) -> change.putIfAbsent(account, balance.negate()));
    change.values().removeIf(amount -> amount.signum() == 0);
    return change;
  }

  private Map<String, String> stock(String warehouse, String sku) throws Exception {
    List<Map<String, String>> rows = new ArrayList<>();
    for (JsonNode row : ok(get("/stock"))) {
      if (row.get("warehouse").asText().equals(warehouse) && row.get("sku").asText().equals(sku)) {
        Map<String, String> fields = new HashMap<>();
        row.properties().forEach(f -> fields.put(f.getKey(), f.getValue().asText()));
        rows.add(fields);
      }
    }
    assertThat(rows).hasSize(1);
    return rows.get(0);
  }

  private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private JsonNode ok(HttpResponse<String> response) throws IOException {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  private String created(HttpResponse<String> response) throws IOException {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return json.readTree(response.body()).get("id").asText();
  }

  private void assertProblem(HttpResponse<String> response, int status, String code, String... messageParts)
      throws IOException {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    JsonNode problem = json.readTree(response.body());
    assertThat(problem.get("code").asText()).as(response.body()).isEqualTo(code);
    assertThat(problem.get("message").asText()).isNotBlank();
    for (String part : messageParts) {
      assertThat(problem.get("message").asText()).contains(part);
    }
  }
}
