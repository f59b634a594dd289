package io.bizloop.examples.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bizloop.examples.replay.NotAScenario;
import io.bizloop.examples.replay.Replayer;
import io.bizloop.examples.replay.Scenario;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzz targets (Jazzer). A plain {@code mvn test} replays the committed inputs under
 * {@code src/test/resources/io/bizloop/examples/fuzz/ReplayFuzzTestInputs/} (regression mode);
 * {@code JAZZER_FUZZ=1 mvn -pl examples test -Dtest='ReplayFuzzTest#method'} fuzzes one target for
 * its {@code maxDuration} (CI runs each for a bounded time). A crash found becomes a regression
 * input by copying it into that folder.
 */
class ReplayFuzzTest {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Any bytes as a scenario file: exit 0 (read) or 2 (one line on stderr), never another outcome. */
  @FuzzTest(maxDuration = "60s")
  void anyBytesAreReplayedOrRefusedWithOneLine(byte[] bytes) throws IOException {
    Path file = Files.createTempFile("fuzz-", ".json");
    try {
      Files.write(file, bytes);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();

      int status = new Replayer().run(file, new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8));

      assertThat(status).isIn(0, Replayer.CANNOT_READ);
      if (status == Replayer.CANNOT_READ) {
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).hasSize(1);
        assertThat(out.size()).isZero();
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /**
   * Random step sequences through the whole loop, with hostile values mixed in (long and odd
   * ids, huge, tiny and exponent numbers, zero-amount lines): no step throws, and every
   * cross-context invariant holds after each step.
   */
  @FuzzTest(maxDuration = "60s")
  void randomStepSequencesKeepTheLoopConsistent(FuzzedDataProvider data) throws NotAScenario {
    ObjectNode root = NODES.objectNode();
    ObjectNode company = root.putObject("company");
    company.put("revenueRecognition", data.pickValue(List.of("ORDER_CONFIRMATION", "SHIPMENT", "INVOICE")));
    company.put("costing", data.pickValue(List.of("MOVING_AVERAGE", "FIFO")));
    company.put("pricesIncludeVat", data.consumeBoolean());
    company.put("currency", data.pickValue(List.of("CNY", "JPY", "EUR", "KWD")));
    ArrayNode steps = root.putArray("steps");
    setup(steps);
    int count = data.consumeInt(1, 40);
    for (int i = 0; i < count && data.remainingBytes() > 0; i++) {
      steps.add(step(data));
    }
    Scenario scenario = Scenario.parse(root.toString());
    List<String> broken = new ArrayList<>();

    scenario.replay((bizloop, number) -> bizloop.invariantViolations()
        .forEach(v -> broken.add("after step " + number + ": " + v)));

    assertThat(broken).as("invariants of %s", root).isEmpty();
  }

  private static void setup(ArrayNode steps) {
    steps.addObject().put("do", "warehouse").put("id", "W-1").put("name", "one");
    steps.addObject().put("do", "warehouse").put("id", "W/2 倉").put("name", "two");
    steps.addObject().put("do", "product").put("sku", "P-1").put("name", "bolt");
    steps.addObject().put("do", "product").put("sku", "P/S1").put("name", "nut").put("costing", "FIFO")
        .put("reorderPoint", "5").put("maxStock", "50");
    steps.addObject().put("do", "supplier").put("id", "S-1").put("name", "supplier");
    steps.addObject().put("do", "customer").put("id", "C-1").put("name", "customer");
    steps.addObject().put("do", "agent").put("id", "A-1").putArray("skills").add("pumps");
  }

  private static final List<String> IDS =
      List.of("W-1", "W/2 倉", "P-1", "P/S1", "S-1", "C-1", "SO-1", "SO-1/S1", "SO/ship/1", "PO-1", "L-1", "OP-1", "T-1", "A-1");
  private static final List<String> NUMBERS =
      List.of("1", "2", "0.5", "1.2345", "0.0001", "0.07", "3", "10", "99.99", "1000000000", "1000000000.0001",
          "1e3", "1E-4", "1e-999999999", "1e999999999", "-1", "0", "9.99", "123456.789", "999999999999.99",
          "9223372036854775807", "0.000001");
  private static final List<String> KINDS =
      List.of("warehouse", "product", "customer", "supplier", "agent", "journal", "closePeriod", "purchaseOrder",
          "receivePurchase", "paySupplier", "transfer", "countStock", "salesOrder", "confirmOrder", "ship", "invoice",
          "receivePayment", "cancelOrder", "returnGoods", "lead", "qualifyLead", "disqualifyLead", "convertLead",
          "opportunity", "advanceOpportunity", "winOpportunity", "loseOpportunity", "activity", "ticket",
          "resolveTicket", "setCreditLimit", "setPaymentTerms", "nonsense");
  private static final List<String> FIELDS =
      List.of("id", "name", "sku", "customer", "supplier", "warehouse", "order", "lead", "opportunity", "ticket",
          "from", "to", "qty", "counted", "amount", "unitCost", "unitPrice", "limit", "days", "stage", "reason",
          "period", "memo", "subject", "skill", "type", "note", "uom", "vatRate", "discount", "company",
          "reorderPoint", "maxStock", "costing", "on", "key");

  private static ObjectNode step(FuzzedDataProvider data) {
    ObjectNode step = NODES.objectNode();
    step.put("do", data.pickValue(KINDS));
    int fields = data.consumeInt(0, 6);
    for (int i = 0; i < fields; i++) {
      String field = data.pickValue(FIELDS);
      step.put(field, value(data, field));
    }
    if (data.consumeBoolean()) {
      ArrayNode lines = step.putArray("lines");
      int n = data.consumeInt(1, 3);
      for (int i = 0; i < n; i++) {
        ObjectNode line = lines.addObject();
        line.put("sku", data.pickValue(List.of("P-1", "P/S1", "P-9")));
        line.put("qty", data.pickValue(NUMBERS));
        line.put(data.pickValue(List.of("unitCost", "unitPrice")), data.pickValue(NUMBERS));
        if (data.consumeBoolean()) {
          line.put(data.pickValue(List.of("account", "debit", "credit", "discount")), data.pickValue(NUMBERS));
        }
      }
    }
    return step;
  }

  private static String value(FuzzedDataProvider data, String field) {
    return switch (data.consumeInt(0, 3)) {
      case 0 -> data.pickValue(NUMBERS);
      case 1 -> data.consumeString(80);
      case 2 -> field.equals("on") ? data.pickValue(List.of("2026-11-02", "2026-10-31", "2027-01-01", "bad"))
          : field.equals("period") ? data.pickValue(List.of("2026-10", "2026-11", "13-2026"))
          : field.equals("stage") ? data.pickValue(List.of("PROPOSAL", "WON", "NEGOTIATION"))
          : data.pickValue(NUMBERS);
      default -> data.pickValue(IDS);
    };
  }
}
