package io.bizloop.examples.loop;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bizloop.core.Period;
import io.bizloop.core.testing.ModelBased;
import io.bizloop.loop.Bizloop;
import io.bizloop.examples.replay.Report;
import io.bizloop.examples.replay.Scenario;
import io.bizloop.examples.replay.ScenarioRunner;
import io.bizloop.examples.replay.ScenarioSteps;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;

/**
 * Model-based property of the whole loop, black-box through the scenario replay: QuickTheories
 * generates sequences of up to 40 scenario steps over a small fixed universe (2 warehouses, 3
 * products of which one FIFO and one with a min/max policy, 2 customers, 1 supplier), with
 * dates that mostly move forward and sometimes go back, idempotency keys, and deliberately bad
 * steps. Each sequence is replayed under one company setting (all 12 combinations of revenue
 * recognition × costing × pricesIncludeVat run, 25 sequences each by default: 300 replays;
 * {@code -Dbizloop.loop.examples=N} sets the count), and after
 * every step:
 *
 * <ul>
 *   <li>{@link Bizloop#invariantViolations} is empty (books agree with sub-ledgers and stock);
 *   <li>no exception escapes the step;
 *   <li>a rejected step (and a step ignored for its key) changed nothing: the report before and
 *       after it are equal, its rejections list and ignoredDuplicates count aside;
 *   <li>posted journal entries never change, and nothing new is posted into a period that was
 *       closed before the step;
 *   <li>report-level consistency: every journal entry balances with ≥ 2 non-zero lines, the
 *       trial balance totals agree, available = onHand − reserved, an open order line has
 *       ordered = reserved + backordered + shipped, a cancelled or draft one has nothing
 *       reserved or backordered, order status follows the shipped quantities, returned ≤
 *       shipped, backorders per sku agree between orders and stock, Σ customer revenue = −5001
 *       and Σ customer COGS = 5401;
 *   <li>invariant 17 with the real books: a confirmation is accepted only while the customer's
 *       exposure before it plus the order's gross is within its credit limit, and refused with
 *       CREDIT_LIMIT only when it is not (steps also set credit limits and payment terms, put
 *       discounts on sales lines and order purchases from the suggestions);
 *   <li>purchase suggestions are exactly what design.md's formula gives for each stock row;
 *       no customer (supplier) has open items beside an advance (prepayment), nothing is
 *       negative, and each customer's receivable equals its open items.
 * </ul>
 *
 * <p>Steps refer to documents through a tiny model ({@code $SO:k}, {@code $NEW-SO}, {@code
 * $SKU:k} placeholders resolved while the scenario is written), so most of them hit orders and
 * skus that exist whatever the minimiser drops; {@code -Dbizloop.loop.stats=true} prints the
 * outcome of every step kind per combination.
 *
 * <p>A failure is reported with the step list minimised by {@link ModelBased} (core's test-jar),
 * together with the complete scenario JSON of the minimal sequence, ready to save as a file and
 * replay. Seeds are fixed per combination; {@code -Dbizloop.loop.seed=N} varies them (seed 7 and
 * 14 find the suggestion bug of scenario 29-count-backorder-suggestion).
 */
class LoopProperties {

  /**
   * Sequences per company combination: {@code -Dbizloop.loop.examples=N} or the environment
   * variable {@code BIZLOOP_LOOP_EXAMPLES} (default 25, so 300 replays and about 8 000 steps;
   * {@code .ci/run} sets 340, about 10^5 steps).
   */
  private static final int EXAMPLES_PER_COMBINATION =
      Integer.getInteger("bizloop.loop.examples", Integer.parseInt(System.getenv().getOrDefault("BIZLOOP_LOOP_EXAMPLES", "25")));

  /** Steps replayed by every combination of this run, printed at the end. */
  private static final java.util.concurrent.atomic.AtomicLong STEPS_RUN = new java.util.concurrent.atomic.AtomicLong();

  @org.junit.jupiter.api.AfterAll
  static void printHowManyStepsRan() {
    System.out.println("LoopProperties: " + STEPS_RUN.get() + " steps replayed (" + EXAMPLES_PER_COMBINATION
        + " sequences per combination, -Dbizloop.loop.examples to change)");
  }
  private static final int MAX_STEPS = 40;
  private static final LocalDate START = LocalDate.of(2026, 11, 1);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static final List<String> WAREHOUSES = List.of("W-1", "W-2");
  private static final List<String> SKUS = List.of("P-A", "P-F", "P-M");
  private static final List<String> CUSTOMERS = List.of("C-1", "C-2");
  private static final List<String> UNIT_COSTS = List.of("1.11", "3.33", "2.5", "0.07", "4.44", "10.01");
  private static final List<String> PRICES = List.of("9.99", "10.01", "3.33", "0.05", "7.77", "6.66");
  private static final List<String> QUANTITIES = List.of("1", "2", "3", "4", "5", "6", "0.5", "1.25", "2.3333");

  /** One generated step: its JSON without {@code on}, and how far it moves the business date. */
  record Step(ObjectNode body, int shiftDays, String badDate) {
    @Override
    public String toString() {
      String on = badDate != null ? " on=" + badDate : shiftDays == 0 ? "" : " (date " + (shiftDays > 0 ? "+" : "") + shiftDays + "d)";
      return body + on;
    }
  }

  static Stream<Arguments> combinations() {
    List<Arguments> all = new ArrayList<>();
    for (String recognition : List.of("ORDER_CONFIRMATION", "SHIPMENT", "INVOICE")) {
      for (String costing : List.of("MOVING_AVERAGE", "FIFO")) {
        for (boolean inclusive : List.of(false, true)) {
          all.add(Arguments.of(recognition, costing, inclusive));
        }
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} × {1} × pricesIncludeVat={2}")
  @MethodSource("combinations")
  void everyStepKeepsTheLoopConsistentAndARejectedStepChangesNothing(
      String recognition, String costing, boolean pricesIncludeVat) {
    // given
    ObjectNode company = NODES.objectNode();
    company.put("currency", "CNY");
    company.put("startDate", START.toString());
    company.put("vatRate", "0.13");
    company.put("pricesIncludeVat", pricesIncludeVat);
    company.put("revenueRecognition", recognition);
    company.put("costing", costing);
    long seed = Long.getLong("bizloop.loop.seed", 20261101L) * 31 + (recognition + costing + pricesIncludeVat).hashCode();

    STATS.clear();

    // when // then
    ModelBased.check(
        qt().withFixedSeed(seed).withExamples(EXAMPLES_PER_COMBINATION).withShrinkCycles(20),
        lists().of(steps()).ofSizeBetween(1, MAX_STEPS),
        list -> firstViolation(company, list));
    if (Boolean.getBoolean("bizloop.loop.stats")) {
      System.out.println(recognition + " " + costing + " " + pricesIncludeVat + ": " + new TreeMap<>(STATS));
    }
  }

  /** Outcomes per step kind, printed with -Dbizloop.loop.stats=true to see what the generator reaches. */
  private static final Map<String, Integer> STATS = new ConcurrentHashMap<>();

  // ---------------------------------------------------------------- generation

  /** A step, built from one generated long (the minimiser shortens the list; that is what matters). */
  static Gen<Step> steps() {
    return longs().all().map(seed -> step(new Random(seed)));
  }

  private static Step step(Random random) {
    ObjectNode body = body(random);
    if (random.nextInt(12) == 0) {
      body.put("key", "K-" + (1 + random.nextInt(3)));
    }
    if (random.nextInt(40) == 0) {
      return new Step(body, 0, pick(random, List.of("05/11/2026", "2026-13-01", "tomorrow")));
    }
    int roll = random.nextInt(100);
    int shift = roll < 72 ? 0 : roll < 94 ? 1 + random.nextInt(12) : -1 - random.nextInt(25);
    return new Step(body, shift, null);
  }

  private static ObjectNode body(Random r) {
    int roll = r.nextInt(100);
    if (roll < 6) {
      return purchaseOrder(r);
    } else if (roll < 14) {
      ObjectNode s = step("receivePurchase");
      s.put("order", r.nextInt(15) == 0 ? "PO-" + (1 + r.nextInt(9)) : "$PO:" + r.nextInt(1000));
      if (r.nextBoolean()) {
        ArrayNode lines = s.putArray("lines");
        line(lines, skuOfDocument(r), pick(r, List.of("1", "2", "0.5", "3")), null, null);
      }
      return s;
    } else if (roll < 26) {
      ObjectNode s = step("receivePurchase");
      s.put("supplier", "S-1");
      s.put("warehouse", pick(r, WAREHOUSES));
      ArrayNode lines = s.putArray("lines");
      for (String sku : someSkus(r, 2)) {
        line(lines, sku, pick(r, List.of("2", "3", "5", "7", "10", "2.5")), "unitCost", pick(r, UNIT_COSTS));
      }
      return s;
    } else if (roll < 36) {
      ObjectNode s = step("salesOrder");
      s.put("id", order(r));
      s.put("customer", pick(r, CUSTOMERS));
      int where = r.nextInt(3);
      if (where > 0) {
        s.put("warehouse", WAREHOUSES.get(where - 1));
      }
      ArrayNode lines = s.putArray("lines");
      for (String sku : someSkus(r, 3)) {
        line(lines, sku, pick(r, QUANTITIES), "unitPrice", pick(r, PRICES));
        if (r.nextInt(4) == 0) {
          ((ObjectNode) lines.get(lines.size() - 1)).put("discount", pick(r, List.of("10", "2.5", "33.33", "0", "99.99")));
        }
      }
      return s;
    } else if (roll < 46) {
      return orderStep("confirmOrder", r);
    } else if (roll < 58) {
      ObjectNode s = orderStep("ship", r);
      if (r.nextBoolean()) {
        ArrayNode lines = s.putArray("lines");
        line(lines, skuOfDocument(r), pick(r, List.of("1", "2", "0.5", "1.25")), null, null);
      }
      return s;
    } else if (roll < 63) {
      return orderStep("invoice", r);
    } else if (roll < 66) {
      return orderStep("cancelOrder", r);
    } else if (roll < 73) {
      ObjectNode s = orderStep("returnGoods", r);
      if (r.nextInt(3) == 0) {
        s.put("warehouse", pick(r, WAREHOUSES));
      }
      ArrayNode lines = s.putArray("lines");
      line(lines, skuOfDocument(r), pick(r, List.of("1", "2", "0.5", "3")), null, null);
      return s;
    } else if (roll < 77) {
      ObjectNode s = step("transfer");
      s.put("sku", pick(r, SKUS));
      int from = r.nextInt(2);
      s.put("from", WAREHOUSES.get(from));
      s.put("to", WAREHOUSES.get(1 - from));
      s.put("qty", pick(r, List.of("1", "2", "0.5", "3")));
      return s;
    } else if (roll < 80) {
      ObjectNode s = step("countStock");
      s.put("warehouse", pick(r, WAREHOUSES));
      s.put("sku", pick(r, SKUS));
      s.put("counted", pick(r, List.of("0", "1", "2", "3", "5", "8", "2.5")));
      return s;
    } else if (roll < 84) {
      ObjectNode s = step("receivePayment");
      s.put("customer", pick(r, CUSTOMERS));
      s.put("amount", pick(r, List.of("5.00", "33.33", "100", "0.01", "12.34")));
      return s;
    } else if (roll < 86) {
      ObjectNode s = step("paySupplier");
      s.put("supplier", "S-1");
      s.put("amount", pick(r, List.of("5.00", "33.33", "100", "0.01")));
      return s;
    } else if (roll < 88) {
      String amount = pick(r, List.of("10.00", "0.01", "250.50"));
      List<String> accounts = pick(r, List.of(List.of("5602", "1002"), List.of("5601", "1002"), List.of("1002", "3001")));
      return journal(accounts.get(0), "debit", amount, accounts.get(1), "credit", amount);
    } else if (roll < 91) {
      ObjectNode s = step("closePeriod");
      s.put("period", pick(r, List.of("2026-10", "2026-11", "2026-11", "2026-12", "2027-01")));
      return s;
    } else if (roll < 94) {
      ObjectNode s = step("setCreditLimit");
      s.put("customer", pick(r, CUSTOMERS));
      String limit = pick(r, List.of("0", "25.00", "80.00", "500.00", "none"));
      if (!limit.equals("none")) {
        s.put("limit", limit);
      }
      return s;
    } else if (roll < 95) {
      ObjectNode s = step("setPaymentTerms");
      if (r.nextBoolean()) {
        s.put("customer", pick(r, CUSTOMERS));
      } else {
        s.put("supplier", "S-1");
      }
      s.put("days", pick(r, List.of(0, 10, 30, 45, 90)));
      return s;
    } else if (roll < 96) {
      ObjectNode s = step("purchaseOrder");
      s.put("id", "$NEW-PO");
      s.put("supplier", "S-1");
      s.put("warehouse", pick(r, WAREHOUSES));
      s.put("fromSuggestions", true);
      ObjectNode l = s.putArray("lines").addObject();
      l.put("sku", pick(r, SKUS));
      l.put("unitCost", pick(r, UNIT_COSTS));
      return s;
    } else {
      return badStep(r);
    }
  }

  /** A sku of the document the step refers to (resolved by the model), now and then any sku. */
  private static String skuOfDocument(Random r) {
    return r.nextInt(8) == 0 ? pick(r, SKUS) : "$SKU:" + r.nextInt(1000);
  }

  /** Steps that break a rule on purpose; each must be rejected and change nothing. */
  private static ObjectNode badStep(Random r) {
    switch (r.nextInt(16)) {
      case 0:
        return step("teleport");
      case 1: {
        ObjectNode s = NODES.objectNode();
        s.put("order", "SO-1");
        return s;
      }
      case 2: {
        ObjectNode s = step("salesOrder");
        s.put("id", order(r));
        s.put("customer", "C-1");
        line(s.putArray("lines"), "P-A", "-2", "unitPrice", "9.99");
        return s;
      }
      case 3: {
        ObjectNode s = step("receivePurchase");
        s.put("supplier", "S-1");
        s.put("warehouse", "W-1");
        ArrayNode lines = s.putArray("lines");
        line(lines, "P-A", "1", "unitCost", "1.00");
        line(lines, "P-A", "2", "unitCost", "1.00");
        return s;
      }
      case 4:
        return journal("1122", "debit", "10.00", "1002", "credit", "10.00");
      case 5: {
        ObjectNode s = step("journal");
        ArrayNode lines = s.putArray("lines");
        ObjectNode l = lines.addObject();
        l.put("account", "1002");
        l.put("debit", "5.00");
        return s;
      }
      case 6: {
        ObjectNode s = step("receivePayment");
        s.put("customer", "C-1");
        s.put("amount", "10.005");
        return s;
      }
      case 7: {
        ObjectNode s = orderStep("ship", r);
        line(s.putArray("lines"), "P-X", "1", null, null);
        return s;
      }
      case 8: {
        ObjectNode s = step("receivePurchase");
        s.put("order", "PO-9");
        return s;
      }
      case 9: {
        ObjectNode s = step("salesOrder");
        s.put("id", order(r));
        s.put("customer", "C-9");
        line(s.putArray("lines"), "P-A", "1", "unitPrice", "9.99");
        return s;
      }
      case 10: {
        ObjectNode s = step("product");
        s.put("sku", "P-Z");
        s.put("name", "Bad policy");
        s.put("reorderPoint", 10);
        s.put("maxStock", 5);
        return s;
      }
      case 11: {
        ObjectNode s = step("transfer");
        s.put("sku", "P-A");
        s.put("from", "W-1");
        s.put("to", "W-2");
        s.put("qty", "1.00001");
        return s;
      }
      case 12: {
        ObjectNode s = step("receivePurchase");
        s.put("supplier", "S-1");
        s.put("warehouse", "W-2");
        line(s.putArray("lines"), "P-F", "2", "unitCost", "0");
        return s;
      }
      case 13:
        return journal("9999", "debit", "1.00", "1002", "credit", "1.00");
      case 14: {
        ObjectNode s = step("countStock");
        s.put("warehouse", "W-1");
        s.put("sku", "P-A");
        s.put("counted", "-1");
        return s;
      }
      default: {
        ObjectNode s = step("paySupplier");
        s.put("supplier", "S-1");
        s.put("amount", "0");
        return s;
      }
    }
  }

  private static ObjectNode purchaseOrder(Random r) {
    ObjectNode s = step("purchaseOrder");
    s.put("id", r.nextInt(12) == 0 ? "PO-" + (1 + r.nextInt(2)) : "$NEW-PO");
    s.put("supplier", "S-1");
    s.put("warehouse", pick(r, WAREHOUSES));
    ArrayNode lines = s.putArray("lines");
    for (String sku : someSkus(r, 2)) {
      line(lines, sku, pick(r, List.of("2", "4", "6", "8", "1.5")), "unitCost", pick(r, UNIT_COSTS));
    }
    return s;
  }

  private static ObjectNode orderStep(String kind, Random r) {
    ObjectNode s = step(kind);
    s.put("order", r.nextInt(15) == 0 ? "SO-" + (1 + r.nextInt(9)) : "$SO:" + r.nextInt(1000));
    return s;
  }

  /** A new sales order's id: a fresh one, now and then one that may exist already. */
  private static String order(Random r) {
    return r.nextInt(12) == 0 ? "SO-" + (1 + r.nextInt(3)) : "$NEW-SO";
  }

  private static ObjectNode journal(String debitAccount, String debitSide, String debit, String creditAccount, String creditSide, String credit) {
    ObjectNode s = step("journal");
    s.put("memo", "manual");
    ArrayNode lines = s.putArray("lines");
    ObjectNode d = lines.addObject();
    d.put("account", debitAccount);
    d.put(debitSide, debit);
    ObjectNode c = lines.addObject();
    c.put("account", creditAccount);
    c.put(creditSide, credit);
    return s;
  }

  private static ObjectNode step(String kind) {
    ObjectNode s = NODES.objectNode();
    s.put("do", kind);
    return s;
  }

  private static void line(ArrayNode lines, String sku, String qty, String moneyField, String money) {
    ObjectNode l = lines.addObject();
    l.put("sku", sku);
    l.put("qty", qty);
    if (moneyField != null) {
      l.put(moneyField, money);
    }
  }

  private static List<String> someSkus(Random r, int max) {
    List<String> all = new ArrayList<>(SKUS);
    java.util.Collections.shuffle(all, r);
    return all.subList(0, 1 + r.nextInt(max));
  }

  private static <T> T pick(Random r, List<T> list) {
    return list.get(r.nextInt(list.size()));
  }

  // ---------------------------------------------------------------- the scenario

  /** The fixed universe every generated sequence starts from. */
  private static List<ObjectNode> setup() {
    List<ObjectNode> setup = new ArrayList<>();
    for (String w : WAREHOUSES) {
      ObjectNode s = step("warehouse");
      s.put("id", w);
      s.put("name", "Warehouse " + w);
      setup.add(s);
    }
    ObjectNode plain = step("product");
    plain.put("sku", "P-A");
    plain.put("name", "Plain");
    setup.add(plain);
    ObjectNode fifo = step("product");
    fifo.put("sku", "P-F");
    fifo.put("name", "Fifo");
    fifo.put("costing", "FIFO");
    setup.add(fifo);
    ObjectNode minMax = step("product");
    minMax.put("sku", "P-M");
    minMax.put("name", "MinMax");
    minMax.put("reorderPoint", 5);
    minMax.put("maxStock", 20);
    minMax.put("vatRate", "0.09");
    setup.add(minMax);
    for (String c : CUSTOMERS) {
      ObjectNode s = step("customer");
      s.put("id", c);
      s.put("name", "Customer " + c);
      setup.add(s);
    }
    ObjectNode supplier = step("supplier");
    supplier.put("id", "S-1");
    supplier.put("name", "Supplier");
    setup.add(supplier);
    ObjectNode opening = journal("1002", "debit", "1000.00", "3001", "credit", "1000.00");
    opening.put("memo", "opening capital");
    setup.add(opening);
    return setup;
  }

  static String scenarioJson(ObjectNode company, List<Step> steps) {
    ObjectNode root = NODES.objectNode();
    root.set("company", company);
    ArrayNode all = root.putArray("steps");
    setup().forEach(all::add);
    LocalDate date = START;
    Map<String, List<String>> made = new HashMap<>();
    made.put("SO", new ArrayList<>());
    made.put("PO", new ArrayList<>());
    Map<String, List<String>> skusOf = new HashMap<>();
    for (Step step : steps) {
      ObjectNode s = step.body().deepCopy();
      resolve(s, "id", made);
      resolve(s, "order", made);
      String document = s.path(s.has("order") ? "order" : "id").asText();
      List<String> documentSkus = new ArrayList<>();
      for (JsonNode line : s.path("lines")) {
        String sku = line.path("sku").asText();
        if (sku.startsWith("$SKU:")) {
          List<String> candidates = skusOf.getOrDefault(document, SKUS);
          sku = candidates.get(Integer.parseInt(sku.substring(5)) % candidates.size());
          ((ObjectNode) line).put("sku", sku);
        }
        documentSkus.add(sku);
      }
      if ((s.path("do").asText().equals("salesOrder") || s.path("do").asText().equals("purchaseOrder"))
          && !skusOf.containsKey(document)) {
        skusOf.put(document, documentSkus);
      }
      if (step.badDate() != null) {
        s.put("on", step.badDate());
      } else if (step.shiftDays() != 0) {
        date = date.plusDays(step.shiftDays());
        s.put("on", date.toString());
      }
      all.add(s);
    }
    return root.toString();
  }

  /**
   * The tiny model: {@code $NEW-SO} becomes the next unused sales order id, {@code $SO:k} one of
   * the sales orders placed so far (the k-th modulo their number), likewise for purchase orders,
   * so that most steps refer to documents that exist whatever the minimiser drops.
   */
  private static void resolve(ObjectNode step, String field, Map<String, List<String>> made) {
    JsonNode value = step.get(field);
    if (value == null || !value.isTextual() || !value.asText().startsWith("$")) {
      if (value != null && field.equals("id")) {
        String kind = step.path("do").asText();
        String id = value.asText();
        List<String> known = kind.equals("salesOrder") ? made.get("SO") : kind.equals("purchaseOrder") ? made.get("PO") : null;
        if (known != null && !known.contains(id)) {
          known.add(id);
        }
      }
      return;
    }
    String text = value.asText();
    if (text.startsWith("$NEW-")) {
      String prefix = text.substring(5);
      List<String> known = made.get(prefix);
      int n = known.size() + 1;
      while (known.contains(prefix + "-" + n)) {
        n++;
      }
      known.add(prefix + "-" + n);
      step.put(field, prefix + "-" + n);
    } else {
      String prefix = text.substring(1, 3);
      List<String> known = made.get(prefix);
      int k = Integer.parseInt(text.substring(4));
      // half the time the newest document, else any
      String id = known.isEmpty() ? prefix + "-1" : k % 2 == 0 ? known.get(known.size() - 1) : known.get(k / 2 % known.size());
      step.put(field, id);
    }
  }

  // ---------------------------------------------------------------- the checks

  /** The first violated property when {@code steps} replay under {@code company}; null when all hold. */
  static String firstViolation(ObjectNode company, List<Step> steps) {
    String json = scenarioJson(company, steps);
    int setupSize = setup().size();
    Scenario scenario;
    try {
      scenario = Scenario.parse(json);
    } catch (Exception e) {
      return "the generated scenario does not parse: " + e + "\n" + pretty(json);
    }
    List<JsonNode> snapshots = new ArrayList<>();
    snapshots.add(null);
    List<Set<String>> closedBefore = new ArrayList<>();
    closedBefore.add(Set.of());
    List<String> broken = new ArrayList<>();
    AtomicInteger done = new AtomicInteger();
    Scenario.Replay replay;
    try {
      replay = scenario.replay((bizloop, number) -> {
        done.set(number);
        STEPS_RUN.incrementAndGet();
        if (!broken.isEmpty()) {
          return;
        }
        bizloop.invariantViolations().forEach(v -> broken.add("after step " + number + ": " + v));
        JsonNode snapshot = snapshot(bizloop);
        snapshots.add(snapshot);
        closedBefore.add(closedPeriods(bizloop));
        JsonNode before = snapshots.get(number - 1);
        if (before != null) {
          newEntriesInClosedPeriods(before, snapshot, closedBefore.get(number - 1))
              .forEach(v -> broken.add("after step " + number + ": " + v));
        }
        consistency(snapshot).forEach(v -> broken.add("after step " + number + ": " + v));
      });
    } catch (RuntimeException | AssertionError e) {
      return "step " + (done.get() + 1) + " threw " + e + stackTop(e) + "\n" + pretty(json);
    }
    if (broken.isEmpty()) {
      Set<Integer> unchanged = new TreeSet<>();
      for (ScenarioRunner.RejectedStep rejected : replay.runner().rejections()) {
        if (rejected.step() <= setupSize) {
          return "setup step " + rejected.step() + " was rejected: " + rejected.rejection() + "\n" + pretty(json);
        }
        unchanged.add(rejected.step());
      }
      unchanged.addAll(ignoredForTheirKey(steps, setupSize));
      JsonNode stepList = scenario.steps();
      for (int n = setupSize + 1; n <= stepList.size(); n++) {
        int number = n;
        String outcome = replay.runner().rejections().stream().filter(r -> r.step() == number)
            .map(r -> r.rejection().code().name()).findFirst().orElse("ok");
        STATS.merge(stepList.get(n - 1).path("do").asText("?") + ":" + outcome, 1, Integer::sum);
      }
      creditLimitViolations(stepList, setupSize, snapshots, replay.runner(), unchanged).forEach(broken::add);
      for (int number : unchanged) {
        if (number >= snapshots.size()) {
          continue;
        }
        List<String> diff = new ArrayList<>();
        diff("", snapshots.get(number - 1), snapshots.get(number), diff);
        if (!diff.isEmpty()) {
          String why = replay.runner().rejections().stream()
              .filter(r -> r.step() == number).map(r -> r.rejection().code() + " " + r.rejection().message())
              .findFirst().orElse("ignored for its key");
          broken.add("step " + number + " was refused (" + why + ") but changed the report: "
              + String.join("; ", diff.subList(0, Math.min(6, diff.size()))));
          break;
        }
      }
    }
    if (broken.isEmpty()) {
      return null;
    }
    return broken.get(0) + "\n" + pretty(json);
  }

  /**
   * Invariant 17 at the level of the loop, with the real books: a confirmation was accepted only
   * while the customer's exposure before it plus the order's gross stayed within its limit, and
   * refused with CREDIT_LIMIT only when it did not.
   */
  private static List<String> creditLimitViolations(
      JsonNode stepList, int setupSize, List<JsonNode> snapshots, ScenarioRunner runner, Set<Integer> unchanged) {
    List<String> broken = new ArrayList<>();
    for (int n = setupSize + 1; n < snapshots.size() && n <= stepList.size(); n++) {
      JsonNode step = stepList.get(n - 1);
      if (!"confirmOrder".equals(step.path("do").asText())) {
        continue;
      }
      int number = n;
      String code = runner.rejections().stream().filter(x -> x.step() == number)
          .map(x -> x.rejection().code().name()).findFirst().orElse(null);
      if (code == null && unchanged.contains(n)) {
        continue;
      }
      JsonNode before = snapshots.get(n - 1);
      JsonNode order = byId(snapshots.get(n).path("orders"), "id", step.path("order").asText());
      if (before == null || order == null) {
        continue;
      }
      JsonNode customer = byId(before.path("customers"), "id", order.path("customer").asText());
      JsonNode limit = customer == null ? null : customer.get("creditLimit");
      if (limit == null || limit.isNull()) {
        if ("CREDIT_LIMIT".equals(code)) {
          broken.add("step " + n + ": CREDIT_LIMIT for a customer without a limit");
        }
        continue;
      }
      BigDecimal gross = BigDecimal.ZERO;
      for (JsonNode line : order.path("lines")) {
        gross = gross.add(new BigDecimal(line.path("net").asText("0"))).add(new BigDecimal(line.path("vat").asText("0")));
      }
      BigDecimal exposure = new BigDecimal(customer.path("exposure").asText("0"));
      boolean within = exposure.add(gross).compareTo(new BigDecimal(limit.asText())) <= 0;
      if (code == null && !within) {
        broken.add("step " + n + ": invariant 17: order " + order.path("id").asText() + " confirmed with exposure "
            + exposure + " + gross " + gross + " over the limit " + limit.asText());
      } else if ("CREDIT_LIMIT".equals(code) && within) {
        broken.add("step " + n + ": CREDIT_LIMIT although exposure " + exposure + " + gross " + gross
            + " is within the limit " + limit.asText());
      }
    }
    return broken;
  }

  private static JsonNode byId(JsonNode rows, String field, String id) {
    for (JsonNode row : rows) {
      if (id.equals(row.path(field).asText())) {
        return row;
      }
    }
    return null;
  }

  private static List<Integer> ignoredForTheirKey(List<Step> steps, int setupSize) {
    List<Integer> ignored = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < steps.size(); i++) {
      JsonNode key = steps.get(i).body().get("key");
      if (key != null && !keys.add(key.asText())) {
        ignored.add(setupSize + i + 1);
      }
    }
    return ignored;
  }

  /** The report without the runner's record (rejections, ignored duplicates). */
  private static JsonNode snapshot(Bizloop bizloop) {
    ScenarioRunner noRecord = new ScenarioRunner(new ScenarioSteps() {
      @Override
      public Map<String, Step> steps() {
        return Map.of();
      }

      @Override
      public java.util.Optional<io.bizloop.core.Outcome<?>> once(String key, java.util.function.Supplier<io.bizloop.core.Outcome<?>> step) {
        throw new UnsupportedOperationException("a runner that runs nothing");
      }
    }, START);
    ObjectNode json = Report.of(bizloop, noRecord).json();
    json.remove("rejections");
    json.remove("ignoredDuplicates");
    return json;
  }

  private static Set<String> closedPeriods(Bizloop bizloop) {
    Set<String> closed = new HashSet<>();
    for (LocalDate month = LocalDate.of(2026, 6, 1); month.isBefore(LocalDate.of(2027, 8, 1)); month = month.plusMonths(1)) {
      Period period = Period.of(month);
      if (bizloop.accounting().isClosed(period)) {
        closed.add(period.toString());
      }
    }
    return closed;
  }

  /** Rule 2 and rule 4: posted entries never change, and no new entry is dated in a period closed before the step. */
  private static List<String> newEntriesInClosedPeriods(JsonNode before, JsonNode after, Set<String> closed) {
    // posted entries are immutable and the journal only grows: the new ones come after the old
    List<String> broken = new ArrayList<>();
    JsonNode journal = after.path("journal");
    JsonNode old = before.path("journal");
    if (journal.size() < old.size()) {
      broken.add("the journal lost entries: " + old.size() + " → " + journal.size());
      return broken;
    }
    for (int i = 0; i < old.size(); i++) {
      if (!old.get(i).equals(journal.get(i))) {
        broken.add("posted entry changed: " + old.get(i) + " → " + journal.get(i));
      }
    }
    for (int i = old.size(); i < journal.size(); i++) {
      JsonNode entry = journal.get(i);
      String period = entry.path("date").asText().substring(0, 7);
      if (closed.contains(period)) {
        broken.add("entry " + entry + " posted into closed period " + period);
      }
    }
    return broken;
  }

  /** Consistency of one report, from the rules of design.md and scenario-format.md. */
  static List<String> consistency(JsonNode report) {
    List<String> broken = new ArrayList<>();
    for (JsonNode entry : report.path("journal")) {
      BigDecimal debit = BigDecimal.ZERO;
      BigDecimal credit = BigDecimal.ZERO;
      for (JsonNode line : entry.path("lines")) {
        BigDecimal d = new BigDecimal(line.path("debit").asText());
        BigDecimal c = new BigDecimal(line.path("credit").asText());
        if (d.signum() == 0 && c.signum() == 0) {
          broken.add("journal entry with a zero line: " + entry);
        }
        debit = debit.add(d);
        credit = credit.add(c);
      }
      if (debit.compareTo(credit) != 0 || entry.path("lines").size() < 2) {
        broken.add("unbalanced or one-line journal entry: " + entry);
      }
    }
    if (new BigDecimal(report.path("totals").path("debit").asText())
        .compareTo(new BigDecimal(report.path("totals").path("credit").asText())) != 0) {
      broken.add("totals differ: " + report.path("totals"));
    }
    Map<String, BigDecimal> backorderedInStock = new HashMap<>();
    for (JsonNode row : report.path("stock")) {
      BigDecimal onHand = decimal(row, "onHand");
      BigDecimal reserved = decimal(row, "reserved");
      if (decimal(row, "available").compareTo(onHand.subtract(reserved)) != 0) {
        broken.add("stock row with available ≠ onHand − reserved: " + row);
      }
      if (onHand.signum() < 0 || decimal(row, "backordered").signum() < 0 || decimal(row, "incoming").signum() < 0) {
        broken.add("stock row with a negative quantity: " + row);
      }
      backorderedInStock.merge(row.path("sku").asText(), decimal(row, "backordered"), BigDecimal::add);
    }
    Map<String, BigDecimal> backorderedForOrders = new HashMap<>();
    for (JsonNode order : report.path("orders")) {
      String status = order.path("status").asText();
      boolean allShipped = true;
      boolean anyShipped = false;
      for (JsonNode line : order.path("lines")) {
        BigDecimal ordered = decimal(line, "ordered");
        BigDecimal reserved = decimal(line, "reserved");
        BigDecimal shipped = decimal(line, "shipped");
        BigDecimal backordered = decimal(line, "backordered");
        BigDecimal returned = decimal(line, "returned");
        allShipped &= shipped.compareTo(ordered) == 0;
        anyShipped |= shipped.signum() > 0;
        backorderedForOrders.merge(line.path("sku").asText(), backordered, BigDecimal::add);
        String where = "order " + order.path("id").asText() + " (" + status + ") line " + line;
        if (status.equals("DRAFT") || status.equals("CANCELLED")) {
          if (reserved.signum() != 0 || backordered.signum() != 0 || shipped.signum() != 0) {
            broken.add(where + ": a draft or cancelled line holds stock");
          }
        } else if (reserved.add(backordered).add(shipped).compareTo(ordered) != 0) {
          broken.add(where + ": ordered ≠ reserved + backordered + shipped");
        }
        if (returned.compareTo(shipped) > 0 || returned.signum() < 0) {
          broken.add(where + ": returned outside [0, shipped]");
        }
      }
      boolean statusFits = switch (status) {
        case "SHIPPED" -> allShipped;
        case "PARTIALLY_SHIPPED" -> anyShipped && !allShipped;
        case "CONFIRMED", "DRAFT", "CANCELLED" -> !anyShipped;
        default -> false;
      };
      if (!statusFits) {
        broken.add("order " + order.path("id").asText() + " has status " + status + " but lines " + order.path("lines"));
      }
    }
    suggestions(report, broken);
    accountsOfParties(report, broken);
    Set<String> skus = new TreeSet<>(backorderedInStock.keySet());
    skus.addAll(backorderedForOrders.keySet());
    for (String sku : skus) {
      BigDecimal inStock = backorderedInStock.getOrDefault(sku, BigDecimal.ZERO);
      BigDecimal forOrders = backorderedForOrders.getOrDefault(sku, BigDecimal.ZERO);
      if (inStock.compareTo(forOrders) != 0) {
        broken.add("sku " + sku + ": backordered " + inStock.toPlainString() + " in stock but "
            + forOrders.toPlainString() + " on order lines");
      }
    }
    BigDecimal revenue = BigDecimal.ZERO;
    BigDecimal cogs = BigDecimal.ZERO;
    for (JsonNode customer : report.path("customers")) {
      revenue = revenue.add(decimal(customer, "revenue"));
      cogs = cogs.add(decimal(customer, "cogs"));
    }
    BigDecimal revenueAccount = BigDecimal.ZERO;
    BigDecimal cogsAccount = BigDecimal.ZERO;
    for (JsonNode row : report.path("trialBalance")) {
      if (row.path("account").asText().equals("5001")) {
        revenueAccount = decimal(row, "balance").negate();
      } else if (row.path("account").asText().equals("5401")) {
        cogsAccount = decimal(row, "balance");
      }
    }
    if (revenue.compareTo(revenueAccount) != 0) {
      broken.add("Σ customer revenue " + revenue.toPlainString() + " ≠ −5001 " + revenueAccount.toPlainString());
    }
    if (cogs.compareTo(cogsAccount) != 0) {
      broken.add("Σ customer cogs " + cogs.toPlainString() + " ≠ 5401 " + cogsAccount.toPlainString());
    }
    return broken;
  }

  /**
   * Purchase suggestions follow design.md: projected = onHand − reserved − backordered + incoming;
   * P-M (reorder point 5, max 20) in a warehouse where it has a stock item: projected < 5 ⇒
   * 20 − projected; the others: backordered > incoming ⇒ backordered − incoming.
   */
  private static void suggestions(JsonNode report, List<String> broken) {
    Map<String, BigDecimal> suggested = new HashMap<>();
    for (JsonNode s : report.path("purchaseSuggestions")) {
      suggested.put(s.path("sku").asText() + "@" + s.path("warehouse").asText(), decimal(s, "quantity"));
    }
    Set<String> explained = new HashSet<>();
    for (JsonNode row : report.path("stock")) {
      String sku = row.path("sku").asText();
      String key = sku + "@" + row.path("warehouse").asText();
      BigDecimal onHand = decimal(row, "onHand");
      BigDecimal backordered = decimal(row, "backordered");
      BigDecimal incoming = decimal(row, "incoming");
      BigDecimal projected = onHand.subtract(decimal(row, "reserved")).subtract(backordered).add(incoming);
      BigDecimal want;
      if (sku.equals("P-M")) {
        boolean surelyAnItem = onHand.signum() != 0 || backordered.signum() != 0 || decimal(row, "value").signum() != 0;
        if (!surelyAnItem && !suggested.containsKey(key)) {
          continue; // perhaps no stock item there: the policy does not apply
        }
        want = projected.compareTo(BigDecimal.valueOf(5)) < 0 ? BigDecimal.valueOf(20).subtract(projected) : null;
      } else {
        want = backordered.compareTo(incoming) > 0 ? backordered.subtract(incoming) : null;
      }
      BigDecimal got = suggested.get(key);
      explained.add(key);
      if (want == null ? got != null : got == null || got.compareTo(want) != 0) {
        broken.add("purchase suggestion for " + key + " is " + (got == null ? "none" : got.toPlainString())
            + " but the stock row " + row + " asks for " + (want == null ? "none" : want.toPlainString()));
      }
    }
    suggested.keySet().stream().filter(k -> !explained.contains(k)).findFirst()
        .ifPresent(k -> broken.add("purchase suggestion for " + k + " without a stock row"));
  }

  /**
   * Receivables and payables never go negative, and an advance (prepayment) is applied to new
   * items as they arise, so a party never has both open items and an advance; the customer
   * values show the same receivable.
   */
  private static void accountsOfParties(JsonNode report, List<String> broken) {
    Map<String, BigDecimal> open = new HashMap<>();
    for (JsonNode row : report.path("receivables")) {
      BigDecimal o = decimal(row, "open");
      BigDecimal a = decimal(row, "advance");
      if (o.signum() < 0 || a.signum() < 0 || (o.signum() > 0 && a.signum() > 0)) {
        broken.add("receivable row " + row + ": negative, or open items beside an advance");
      }
      open.put(row.path("customer").asText(), o);
    }
    for (JsonNode row : report.path("payables")) {
      BigDecimal o = decimal(row, "open");
      BigDecimal p = decimal(row, "prepayment");
      if (o.signum() < 0 || p.signum() < 0 || (o.signum() > 0 && p.signum() > 0)) {
        broken.add("payable row " + row + ": negative, or open items beside a prepayment");
      }
    }
    for (JsonNode customer : report.path("customers")) {
      BigDecimal receivable = decimal(customer, "receivable");
      BigDecimal o = open.getOrDefault(customer.path("id").asText(), BigDecimal.ZERO);
      if (receivable.compareTo(o) != 0) {
        broken.add("customer " + customer + " shows receivable " + receivable.toPlainString() + " but its open items are " + o.toPlainString());
      }
    }
  }

  private static BigDecimal decimal(JsonNode row, String field) {
    JsonNode value = row.get(field);
    return value == null || value.isNull() ? BigDecimal.ZERO : new BigDecimal(value.asText());
  }

  /** Paths where two reports differ (lists compared in order: the report's order is deterministic). */
  private static void diff(String path, JsonNode a, JsonNode b, List<String> out) {
    if (a == null || b == null) {
      if (a != b) {
        out.add(path + ": " + a + " → " + b);
      }
      return;
    }
    if (a.isObject() && b.isObject()) {
      Set<String> fields = new TreeSet<>();
      a.fieldNames().forEachRemaining(fields::add);
      b.fieldNames().forEachRemaining(fields::add);
      for (String f : fields) {
        diff(path + "." + f, a.get(f), b.get(f), out);
      }
    } else if (a.isArray() && b.isArray()) {
      if (a.size() != b.size()) {
        out.add(path + ": " + a.size() + " → " + b.size() + " entries" + addedEntries(a, b));
        return;
      }
      Iterator<JsonNode> ia = a.elements();
      Iterator<JsonNode> ib = b.elements();
      int i = 0;
      while (ia.hasNext()) {
        diff(path + "[" + i++ + "]", ia.next(), ib.next(), out);
      }
    } else if (!a.equals(b)) {
      out.add(path + ": " + a + " → " + b);
    }
  }

  private static String addedEntries(JsonNode a, JsonNode b) {
    Set<String> before = new HashSet<>();
    a.forEach(e -> before.add(e.toString()));
    List<String> added = new ArrayList<>();
    b.forEach(e -> {
      if (!before.contains(e.toString())) {
        added.add(e.toString());
      }
    });
    return added.isEmpty() ? "" : " (new: " + String.join(", ", added.subList(0, Math.min(2, added.size()))) + ")";
  }

  private static String stackTop(Throwable e) {
    StackTraceElement[] trace = e.getStackTrace();
    StringBuilder top = new StringBuilder();
    for (int i = 0; i < Math.min(6, trace.length); i++) {
      top.append("\n    at ").append(trace[i]);
    }
    return top.toString();
  }

  /** The scenario, one step per line, to save as a file and replay. */
  private static String pretty(String json) {
    try {
      JsonNode root = JSON.readTree(json);
      StringBuilder text = new StringBuilder("scenario:\n{\"company\": ").append(root.get("company")).append(",\n \"steps\": [\n");
      Iterator<JsonNode> steps = root.get("steps").elements();
      while (steps.hasNext()) {
        text.append("  ").append(steps.next()).append(steps.hasNext() ? "," : "").append('\n');
      }
      return text.append(" ]}").toString();
    } catch (Exception e) {
      return json;
    }
  }
}
