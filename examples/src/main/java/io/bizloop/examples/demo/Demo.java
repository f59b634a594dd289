package io.bizloop.examples.demo;

import io.bizloop.examples.TextTable;
import com.fasterxml.jackson.databind.JsonNode;
import io.bizloop.accounting.application.Accounting;
import io.bizloop.accounting.application.JournalEntryView;
import io.bizloop.accounting.domain.Account;
import io.bizloop.accounting.domain.JournalLine;
import io.bizloop.accounting.domain.AgingReport;
import io.bizloop.accounting.domain.AgingRow;
import io.bizloop.core.Money;
import io.bizloop.crm.application.Crm;
import io.bizloop.crm.domain.Funnel;
import io.bizloop.examples.HostValidator;
import io.bizloop.loop.Bizloop;
import io.bizloop.examples.jdbc.JdbcDatabase;
import io.bizloop.examples.replay.NotAScenario;
import io.bizloop.examples.replay.Scenario;
import io.bizloop.examples.replay.ScenarioRunner;
import io.bizloop.inventory.application.Inventory;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The guided demo of the closed loop: a small company's month (the scenario
 * {@code demo/month.json} on the classpath), narrated step by step, with the stock, the journal,
 * the trial balance, the funnel, customer value, credit exposure, aging and tickets printed as
 * tables along the way.
 */
public final class Demo {

  private static final List<String> ID_FIELDS =
      List.of("id", "sku", "order", "lead", "opportunity", "ticket", "customer", "supplier", "warehouse", "period",
          "amount", "counted", "memo");

  /** Exit status when the database named by {@code --db} cannot be opened. */
  public static final int CANNOT_OPEN = 2;

  /** Runs the demo in memory, writing to {@code out}; returns the exit status. */
  public int run(PrintStream out) {
    return run(null, out, System.err);
  }

  /**
   * Runs the demo over the database {@code db} names ({@code h2:PATH} or a JDBC URL; null: in
   * memory), writing to {@code out} and problems to {@code err}; returns the exit status.
   */
  public int run(String db, PrintStream out, PrintStream err) {
    Scenario scenario;
    try {
      scenario = Scenario.parse(month());
    } catch (NotAScenario e) {
      throw new IllegalStateException("the demo's own scenario is broken: " + e.getMessage(), e);
    }
    if (db == null) {
      return run(scenario, Bizloop.inMemory(scenario.company().settings(), HostValidator.create()), out);
    }
    JdbcDatabase bizloop;
    try {
      bizloop = JdbcDatabase.open(db, scenario.company().settings());
    } catch (RuntimeException e) {
      err.println("demo: cannot open database " + db + ": " + e.getMessage());
      return CANNOT_OPEN;
    }
    try (bizloop) {
      return run(scenario, bizloop.bizloop(), out);
    }
  }

  private int run(Scenario scenario, Bizloop bizloop, PrintStream out) {
    ScenarioRunner runner = scenario.runnerOver(bizloop);
    out.println("bizloop demo — one month of a small pump maker, front office to books");
    int number = 0;
    for (JsonNode step : scenario.steps()) {
      if (step.has("say")) {
        out.println();
        out.println("» " + step.get("say").asText());
        continue;
      }
      if (step.has("show")) {
        step.get("show").forEach(part -> show(part.asText(), bizloop, runner, out));
        continue;
      }
      number++;
      int rejectedBefore = runner.rejections().size();
      runner.run(number, step);
      String result = runner.rejections().size() == rejectedBefore
          ? "ok"
          : "refused: " + runner.rejections().get(rejectedBefore).rejection();
      out.printf("  %s  %-19s %-42s %s%n", runner.date(), step.path("do").asText(), summary(step), result);
    }
    out.println();
    out.println("The books, the stock and the sub-ledgers agree: " + agreement(bizloop));
    return 0;
  }

  private static String summary(JsonNode step) {
    StringBuilder text = new StringBuilder();
    for (String field : ID_FIELDS) {
      if (step.has(field) && step.get(field).isValueNode()) {
        text.append(text.length() == 0 ? "" : " ").append(step.get(field).asText());
      }
    }
    if (step.has("lines")) {
      step.get("lines").forEach(line -> {
        if (line.has("sku")) {
          text.append(" ").append(line.path("qty").asText(line.path("debit").asText(""))).append("×").append(line.get("sku").asText());
        }
      });
    }
    return text.toString();
  }

  private static String agreement(Bizloop bizloop) {
    List<String> violations = bizloop.invariantViolations();
    return violations.isEmpty() ? "yes (Σ stock value = 1405, open items = 1122 / 2202, trial balance balances)"
        : "NO: " + violations;
  }

  private static void show(String part, Bizloop bizloop, ScenarioRunner runner, PrintStream out) {
    Accounting books = bizloop.accounting();
    Inventory stock = bizloop.inventory();
    Crm crm = bizloop.crm();
    switch (part) {
      case "stock" -> {
        TextTable table = new TextTable("Stock", "warehouse", "sku", "on hand", "reserved", "available", "backordered",
            "incoming", "value");
        stock.stock().forEach(r -> table.row(r.warehouse(), r.sku(), r.onHand().toPlainString(),
            r.reserved().toPlainString(), r.available().toPlainString(), r.backordered().toPlainString(),
            r.incoming().toPlainString(), r.value().toPlainString()));
        table.print(out);
      }
      case "suggestions" -> {
        TextTable table = new TextTable("Purchase suggestions", "sku", "warehouse", "quantity");
        stock.purchaseSuggestions().forEach(s -> table.row(s.sku(), s.warehouse(), s.quantity().toPlainString()));
        table.print(out);
      }
      case "journal" -> {
        TextTable table = new TextTable("Journal", "no.", "date", "source", "account", "name", "debit", "credit");
        for (JournalEntryView entry : books.journal()) {
          for (JournalLine line : entry.lines()) {
            String name = books.settings().chart().find(line.account()).map(Account::name).orElse("?");
            table.row(entry.number(), entry.date(), entry.source(), line.account(), name, blankIfZero(line.debit()),
                blankIfZero(line.credit()));
          }
        }
        table.print(out);
      }
      case "trialBalance" -> {
        TextTable table = new TextTable("Trial balance (debit +, credit −)", "account", "name", "balance");
        books.trialBalance().forEach(r -> table.row(r.account(), r.name(), r.balance().toPlainString()));
        table.row("", "total debit / credit",
            books.totals().debit().toPlainString() + " / " + books.totals().credit().toPlainString());
        table.print(out);
      }
      case "receivables" -> {
        TextTable table = new TextTable("Receivables", "customer", "open", "advance");
        books.receivables().forEach(r -> table.row(r.customer(), r.open().toPlainString(), r.advance().toPlainString()));
        table.print(out);
      }
      case "payables" -> {
        TextTable table = new TextTable("Payables", "supplier", "open", "prepayment");
        books.payables().forEach(r -> table.row(r.supplier(), r.open().toPlainString(), r.prepayment().toPlainString()));
        table.print(out);
      }
      case "credit" -> {
        TextTable table = new TextTable("Credit (信用额度): exposure = open − advance + confirmed, not yet recognised",
            "customer", "limit", "exposure", "headroom");
        crm.creditExposures().forEach(e -> table.row(e.customer(), e.limit().map(Money::toPlainString).orElse("none"),
            e.exposure().toPlainString(), e.headroom().map(Money::toPlainString).orElse("")));
        table.print(out);
      }
      case "aging" -> {
        AgingReport aging = books.aging(runner.date());
        TextTable table = new TextTable("Aging by days overdue as of " + aging.asOf() + " (账龄)", "party", "current",
            "1–30", "31–60", "61–90", "over 90", "total");
        for (AgingRow row : concat(aging.receivables(), aging.payables())) {
          table.row(row.party(), row.current().toPlainString(), row.overdue1to30().toPlainString(),
              row.overdue31to60().toPlainString(), row.overdue61to90().toPlainString(),
              row.overdueOver90().toPlainString(), row.total().toPlainString());
        }
        table.print(out);
      }
      case "funnel" -> {
        Funnel funnel = crm.funnel();
        TextTable table = new TextTable("Sales funnel", "stage", "count", "amount", "weighted");
        funnel.stages().forEach(s -> table.row(s.stage(), s.count(), s.amount().toPlainString(), s.weighted().toPlainString()));
        table.row("WON", funnel.won().count(), funnel.won().amount().toPlainString(), "");
        table.row("LOST", funnel.lost().count(), funnel.lost().amount().toPlainString(), "");
        table.row("weighted pipeline", "", "", funnel.weightedPipeline().toPlainString());
        table.print(out);
        out.println("  win rate: " + (funnel.winRate() == null ? "n/a" : funnel.winRate().toPlainString())
            + (funnel.bottleneck() == null ? "" : ", slowest stage: " + funnel.bottleneck()));
      }
      case "customers" -> {
        TextTable table = new TextTable("Customer value (from the books)", "customer", "revenue", "cogs", "margin",
            "receivable", "lifetime value", "segment");
        crm.customerValues().forEach(v -> table.row(v.id(), v.revenue().toPlainString(), v.cogs().toPlainString(),
            v.grossMargin().toPlainString(), v.receivable().toPlainString(),
            v.lifetimeValue() == null ? null : v.lifetimeValue().toPlainString(), v.segment()));
        table.print(out);
      }
      case "tickets" -> {
        TextTable table = new TextTable("Service tickets", "ticket", "customer", "skill", "assignee", "status", "due");
        crm.tickets().forEach(t -> table.row(t.id(), t.customer(), t.skill(), t.assignee(), t.status(), t.dueOn()));
        table.print(out);
      }
      case "rejections" -> {
        TextTable table = new TextTable("Refused steps", "step", "do", "code", "message");
        runner.rejections().forEach(r -> table.row(r.step(), r.kind(), r.rejection().code(), r.rejection().message()));
        table.print(out);
      }
      default -> throw new IllegalStateException("the demo cannot show '" + part + "'");
    }
  }

  private static List<AgingRow> concat(List<AgingRow> first, List<AgingRow> second) {
    List<AgingRow> all = new java.util.ArrayList<>(first);
    all.addAll(second);
    return all;
  }

  private static String blankIfZero(Money money) {
    return money.isZero() ? "" : money.toPlainString();
  }

  private static String month() {
    try (InputStream in = Demo.class.getResourceAsStream("month.json")) {
      if (in == null) {
        throw new IllegalStateException("demo/month.json is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
