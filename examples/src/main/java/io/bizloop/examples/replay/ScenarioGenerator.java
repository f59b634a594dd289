package io.bizloop.examples.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes a large, valid scenario (scenario-format.md) for benchmarks and soak tests,
 * deterministically from a seed: the same {@code orders} and {@code seed} always give the same
 * text.
 *
 * <p>The company runs a year-like stream of business: warehouses, products, suppliers,
 * customers and agents; opening capital; sales orders (1–3 lines) named to one warehouse,
 * confirmed, shipped a few orders later, invoiced and paid a few orders after that (some
 * partly, some twice under the same idempotency key); purchase orders and receipts (some
 * partial) raised just before stock would run short, so confirmations reserve in full; supplier
 * payments; some cancellations (drafts and confirmed orders), returns, transfers, daily expenses,
 * month-end period closes, opportunities won with their order or lost, leads qualified and
 * converted or disqualified, activities and service tickets resolved later. The generator keeps
 * its own model of available stock so that every step it writes is meant to be accepted.
 */
public final class ScenarioGenerator {

  /** Default number of sales orders. */
  public static final int DEFAULT_ORDERS = 1000;

  /** Default seed. */
  public static final long DEFAULT_SEED = 42L;

  private static final BigDecimal VAT = new BigDecimal("0.13");
  private static final String[] WAREHOUSES = {"Shanghai", "Hangzhou", "Ningbo"};
  private static final String[] SKILLS = {"installation", "repair", "billing"};
  private static final String[] ACTIVITY_TYPES = {"call", "visit", "email", "meeting"};
  private static final int SHIP_LAG = 3;
  private static final int PAY_LAG = 5;
  private static final int TICKET_LAG = 10;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final int orders;
  private final long seed;

  /**
   * @param orders how many sales orders, at least 1
   * @param seed the seed of the pseudo-random choices
   */
  public ScenarioGenerator(int orders, long seed) {
    if (orders < 1) {
      throw new IllegalArgumentException("orders must be at least 1, not " + orders);
    }
    this.orders = orders;
    this.seed = seed;
  }

  /** The scenario as a string (fine for small ones; use {@link #writeTo} for large ones). */
  public String generate() {
    StringWriter text = new StringWriter();
    try {
      writeTo(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  /** Writes the scenario to {@code out}, one step per line; does not close it. */
  public void writeTo(Writer out) throws IOException {
    new Run(out).write();
    out.flush();
  }

  // ---- one generation

  private record Product(String sku, String supplier, BigDecimal cost, BigDecimal price) {}

  private record Line(int product, int qty, BigDecimal unitPrice) {}

  private record Order(String id, String customer, int warehouse, List<Line> lines, boolean cancelLater) {
    BigDecimal gross() {
      BigDecimal gross = BigDecimal.ZERO;
      for (Line l : lines) {
        BigDecimal net = l.unitPrice().multiply(BigDecimal.valueOf(l.qty())).setScale(2, RoundingMode.HALF_UP);
        gross = gross.add(net).add(net.multiply(VAT).setScale(2, RoundingMode.HALF_UP));
      }
      return gross;
    }

    BigDecimal net() {
      BigDecimal net = BigDecimal.ZERO;
      for (Line l : lines) {
        net = net.add(l.unitPrice().multiply(BigDecimal.valueOf(l.qty())).setScale(2, RoundingMode.HALF_UP));
      }
      return net;
    }
  }

  private final class Run {
    private final Writer out;
    private final SplittableRandom random = new SplittableRandom(seed);
    private final List<Product> products = new ArrayList<>();
    private final int customers;
    private final int suppliers;
    private final int[][] available;
    private final BigDecimal[] payable;
    private final Deque<Order> toShip = new ArrayDeque<>();
    private final Deque<Order> toPay = new ArrayDeque<>();
    private final Deque<String> toResolve = new ArrayDeque<>();
    private boolean firstStep = true;
    private LocalDate date = Company.defaults().startDate();
    private LocalDate written;
    private int purchaseOrders;

    Run(Writer out) {
      this.out = Objects.requireNonNull(out, "out");
      int productCount = clamp(orders / 100, 5, 400);
      this.customers = clamp(orders / 10, 5, 10_000);
      this.suppliers = clamp(productCount / 20, 2, 20);
      this.available = new int[WAREHOUSES.length][productCount];
      this.payable = new BigDecimal[suppliers];
      java.util.Arrays.fill(payable, BigDecimal.ZERO);
      for (int p = 1; p <= productCount; p++) {
        BigDecimal cost = BigDecimal.valueOf(500 + random.nextInt(9500), 2);
        BigDecimal markup = BigDecimal.valueOf(120 + random.nextInt(60), 2);
        BigDecimal price = cost.multiply(markup).setScale(2, RoundingMode.HALF_UP);
        products.add(new Product("P-" + p, "S-" + (1 + (p - 1) % suppliers), cost, price));
      }
    }

    void write() throws IOException {
      out.write("{\n \"company\": {\"currency\": \"CNY\", \"startDate\": \"" + date
          + "\", \"vatRate\": \"0.13\", \"pricesIncludeVat\": false, \"revenueRecognition\": \"SHIPMENT\","
          + " \"costing\": \"MOVING_AVERAGE\"},\n \"steps\": [\n");
      masterData();
      int perDay = Math.max(1, (orders + 299) / 300);
      for (int i = 1; i <= orders; i++) {
        if (i > 1 && (i - 1) % perDay == 0) {
          nextDay();
        }
        order(i);
        if (toShip.size() > SHIP_LAG) {
          shipOrCancel(toShip.removeFirst());
        }
        if (toPay.size() > PAY_LAG) {
          settle(toPay.removeFirst());
        }
        if (toResolve.size() > TICKET_LAG) {
          resolve(toResolve.removeFirst());
        }
        if (i % 50 == 0) {
          paySuppliers();
        }
      }
      nextDay();
      while (!toShip.isEmpty()) {
        shipOrCancel(toShip.removeFirst());
      }
      while (!toPay.isEmpty()) {
        settle(toPay.removeFirst());
      }
      while (!toResolve.isEmpty()) {
        resolve(toResolve.removeFirst());
      }
      paySuppliers();
      out.write("\n ]\n}\n");
    }

    private void masterData() throws IOException {
      for (int w = 0; w < WAREHOUSES.length; w++) {
        step("warehouse").put("id", warehouse(w)).put("name", WAREHOUSES[w]);
        emit();
      }
      for (int s = 1; s <= suppliers; s++) {
        step("supplier").put("id", "S-" + s).put("name", "Supplier " + s);
        emit();
      }
      for (int p = 0; p < products.size(); p++) {
        ObjectNode product = step("product").put("sku", products.get(p).sku()).put("name", "Product " + (p + 1));
        if (p % 5 == 4) {
          product.put("costing", "FIFO");
        }
        emit();
      }
      for (int c = 1; c <= customers; c++) {
        step("customer").put("id", "C-" + c).put("name", "Customer " + c)
            .put("industry", c % 2 == 0 ? "manufacturing" : "retail");
        emit();
      }
      String[][] skills = {{"installation", "repair"}, {"repair"}, {"billing"}, {"installation", "billing"}};
      for (int a = 0; a < skills.length; a++) {
        ObjectNode agent = step("agent").put("id", "A-" + (a + 1)).put("name", "Agent " + (a + 1));
        ArrayNode list = agent.putArray("skills");
        for (String skill : skills[a]) {
          list.add(skill);
        }
        emit();
      }
      journal("opening capital", "1002", "3001", new BigDecimal("100000000.00"));
    }

    private void nextDay() throws IOException {
      LocalDate next = date.plusDays(1);
      if (!YearMonth.from(next).equals(YearMonth.from(date))) {
        date = next;
        step("closePeriod").put("period", YearMonth.from(next.minusMonths(1)).toString());
        emit();
      } else {
        date = next;
      }
      journal("office expenses", "5602", "1002", BigDecimal.valueOf(1000 + random.nextInt(50_000), 2));
    }

    private void order(int i) throws IOException {
      String id = "SO-" + i;
      String customer = "C-" + (1 + random.nextInt(customers));
      int warehouse = random.nextInt(WAREHOUSES.length);
      int lineCount = 1 + random.nextInt(3);
      Set<Integer> chosen = new LinkedHashSet<>();
      while (chosen.size() < Math.min(lineCount, products.size())) {
        chosen.add(random.nextInt(products.size()));
      }
      List<Line> lines = new ArrayList<>();
      for (int p : chosen) {
        BigDecimal price = products.get(p).price();
        if (random.nextInt(10) == 0) {
          price = price.multiply(new BigDecimal("0.95")).setScale(2, RoundingMode.HALF_UP);
        }
        lines.add(new Line(p, 1 + random.nextInt(10), price));
      }
      double fate = random.nextDouble();
      boolean draftCancel = fate < 0.02;
      boolean cancelLater = !draftCancel && fate < 0.05;
      Order order = new Order(id, customer, warehouse, lines, cancelLater);

      String opportunity = null;
      if (!draftCancel && !cancelLater && random.nextInt(20) == 0) {
        opportunity = "OP-" + i;
        step("opportunity").put("id", opportunity).put("customer", customer)
            .put("amount", order.net().toPlainString()).put("name", "Deal " + i).put("stage", "PROPOSAL");
        emit();
        step("advanceOpportunity").put("opportunity", opportunity).put("stage", "NEGOTIATION");
        emit();
      }
      if (random.nextInt(50) == 0) {
        String lost = "OP-X" + i;
        step("opportunity").put("id", lost).put("customer", customer)
            .put("amount", BigDecimal.valueOf(10_000 + random.nextInt(1_000_000), 2).toPlainString());
        emit();
        step("loseOpportunity").put("opportunity", lost).put("reason", "price");
        emit();
      }
      if (random.nextInt(100) == 0) {
        lead(i);
      }
      if (random.nextInt(33) == 0) {
        step("activity").put("customer", customer)
            .put("type", ACTIVITY_TYPES[random.nextInt(ACTIVITY_TYPES.length)]).put("note", "about order " + id);
        emit();
      }
      if (!draftCancel) {
        for (Line line : lines) {
          restock(warehouse, line.product(), line.qty());
        }
      }
      ObjectNode placed = step("salesOrder").put("id", id).put("customer", customer).put("warehouse", warehouse(warehouse));
      ArrayNode array = placed.putArray("lines");
      for (Line line : lines) {
        array.addObject().put("sku", products.get(line.product()).sku()).put("qty", line.qty())
            .put("unitPrice", line.unitPrice().toPlainString());
      }
      emit();
      if (draftCancel) {
        step("cancelOrder").put("order", id);
        emit();
        return;
      }
      step("confirmOrder").put("order", id);
      emit();
      for (Line line : lines) {
        available[warehouse][line.product()] -= line.qty();
      }
      if (opportunity != null) {
        step("winOpportunity").put("opportunity", opportunity).put("order", id);
        emit();
      }
      toShip.addLast(order);
      if (random.nextInt(200) == 0) {
        transfer();
      }
    }

    /** Buys what the order needs, and a lot more, when the warehouse would run short. */
    private void restock(int warehouse, int product, int qty) throws IOException {
      if (available[warehouse][product] >= qty) {
        return;
      }
      Product p = products.get(product);
      int lot = 100 + 10 * random.nextInt(40);
      BigDecimal unitCost = p.cost().multiply(BigDecimal.valueOf(95 + random.nextInt(11), 2)).setScale(2, RoundingMode.HALF_UP);
      BigDecimal net = unitCost.multiply(BigDecimal.valueOf(lot)).setScale(2, RoundingMode.HALF_UP);
      BigDecimal gross = net.add(net.multiply(VAT).setScale(2, RoundingMode.HALF_UP));
      int supplier = Integer.parseInt(p.supplier().substring(2)) - 1;
      if (random.nextInt(10) == 0) {
        // a receipt without an order
        ObjectNode receipt = step("receivePurchase").put("supplier", p.supplier()).put("warehouse", warehouse(warehouse));
        receipt.putArray("lines").addObject().put("sku", p.sku()).put("qty", lot).put("unitCost", unitCost.toPlainString());
        emit();
      } else {
        String po = "PO-" + (++purchaseOrders);
        ObjectNode order = step("purchaseOrder").put("id", po).put("supplier", p.supplier()).put("warehouse", warehouse(warehouse));
        order.putArray("lines").addObject().put("sku", p.sku()).put("qty", lot).put("unitCost", unitCost.toPlainString());
        emit();
        if (random.nextInt(4) == 0) {
          // partly first, then the rest: two receipts, each valued round(q × unitCost)
          int first = lot / 2;
          ObjectNode part = step("receivePurchase").put("order", po);
          part.putArray("lines").addObject().put("sku", p.sku()).put("qty", first);
          emit();
          BigDecimal firstNet = unitCost.multiply(BigDecimal.valueOf(first)).setScale(2, RoundingMode.HALF_UP);
          BigDecimal restNet = unitCost.multiply(BigDecimal.valueOf(lot - first)).setScale(2, RoundingMode.HALF_UP);
          gross = firstNet.add(firstNet.multiply(VAT).setScale(2, RoundingMode.HALF_UP))
              .add(restNet).add(restNet.multiply(VAT).setScale(2, RoundingMode.HALF_UP));
        }
        step("receivePurchase").put("order", po);
        emit();
      }
      available[warehouse][product] += lot;
      payable[supplier] = payable[supplier].add(gross);
    }

    private void shipOrCancel(Order order) throws IOException {
      if (order.cancelLater()) {
        step("cancelOrder").put("order", order.id());
        emit();
        for (Line line : order.lines()) {
          available[order.warehouse()][line.product()] += line.qty();
        }
        return;
      }
      step("ship").put("order", order.id());
      emit();
      step("invoice").put("order", order.id());
      emit();
      if (random.nextInt(50) == 0) {
        String ticket = "T-" + order.id().substring(3);
        step("ticket").put("id", ticket).put("customer", order.customer()).put("subject", "question about " + order.id())
            .put("skill", SKILLS[random.nextInt(SKILLS.length)]).put("order", order.id());
        emit();
        toResolve.addLast(ticket);
      }
      toPay.addLast(order);
    }

    private void settle(Order order) throws IOException {
      if (random.nextInt(50) == 0) {
        Line line = order.lines().get(0);
        ObjectNode back = step("returnGoods").put("order", order.id());
        back.putArray("lines").addObject().put("sku", products.get(line.product()).sku()).put("qty", 1);
        emit();
        available[order.warehouse()][line.product()] += 1;
      }
      BigDecimal amount = order.gross();
      if (random.nextInt(10) == 0) {
        amount = amount.divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN);
      }
      if (amount.signum() <= 0) {
        return;
      }
      String key = "PAY-" + order.id();
      step("receivePayment").put("key", key).put("customer", order.customer()).put("amount", amount.toPlainString());
      emit();
      if (random.nextInt(100) == 0) {
        // the bank file delivered twice: ignored by its key
        step("receivePayment").put("key", key).put("customer", order.customer()).put("amount", amount.toPlainString());
        emit();
      }
    }

    private void resolve(String ticket) throws IOException {
      step("resolveTicket").put("ticket", ticket);
      emit();
    }

    private void paySuppliers() throws IOException {
      for (int s = 0; s < suppliers; s++) {
        if (payable[s].signum() > 0) {
          step("paySupplier").put("supplier", "S-" + (s + 1)).put("amount", payable[s].toPlainString());
          emit();
          payable[s] = BigDecimal.ZERO;
        }
      }
    }

    private void lead(int i) throws IOException {
      String lead = "L-" + i;
      step("lead").put("id", lead).put("name", "Contact " + i).put("company", "Prospect " + i).put("source", "website");
      emit();
      if (random.nextInt(10) < 7) {
        step("qualifyLead").put("lead", lead);
        emit();
        ObjectNode convert = step("convertLead").put("lead", lead).put("customer", "C-L" + i);
        convert.putObject("opportunity").put("id", "OP-L" + i)
            .put("amount", BigDecimal.valueOf(10_000 + random.nextInt(500_000), 2).toPlainString());
        emit();
      } else {
        step("disqualifyLead").put("lead", lead).put("reason", "no budget");
        emit();
      }
    }

    private void transfer() throws IOException {
      int from = random.nextInt(WAREHOUSES.length);
      int to = (from + 1 + random.nextInt(WAREHOUSES.length - 1)) % WAREHOUSES.length;
      int product = random.nextInt(products.size());
      if (available[from][product] < 5) {
        return;
      }
      step("transfer").put("sku", products.get(product).sku()).put("from", warehouse(from)).put("to", warehouse(to))
          .put("qty", 5);
      emit();
      available[from][product] -= 5;
      available[to][product] += 5;
    }

    private void journal(String memo, String debit, String credit, BigDecimal amount) throws IOException {
      ObjectNode entry = step("journal").put("memo", memo);
      ArrayNode lines = entry.putArray("lines");
      lines.addObject().put("account", debit).put("debit", amount.toPlainString());
      lines.addObject().put("account", credit).put("credit", amount.toPlainString());
      emit();
    }

    // ---- writing

    private ObjectNode current;

    private ObjectNode step(String kind) {
      current = NODES.objectNode();
      current.put("do", kind);
      if (!date.equals(written)) {
        current.put("on", date.toString());
        written = date;
      }
      return current;
    }

    private void emit() throws IOException {
      if (!firstStep) {
        out.write(",\n");
      }
      firstStep = false;
      out.write("  ");
      try {
        out.write(Scenario.JSON.writeValueAsString(current));
      } catch (JsonProcessingException e) {
        throw new IOException(e);
      }
    }
  }

  private static String warehouse(int index) {
    return "WH-" + (index + 1);
  }

  private static int clamp(int value, int min, int max) {
    return Math.max(min, Math.min(max, value));
  }
}
