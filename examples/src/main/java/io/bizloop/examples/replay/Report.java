package io.bizloop.examples.replay;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.bizloop.accounting.application.Accounting;
import io.bizloop.accounting.domain.AgingReport;
import io.bizloop.accounting.domain.AgingRow;
import io.bizloop.accounting.domain.JournalLine;
import io.bizloop.core.CustomerId;
import io.bizloop.core.Money;
import io.bizloop.core.Quantity;
import io.bizloop.crm.application.Crm;
import io.bizloop.crm.application.CustomerValue;
import io.bizloop.crm.application.LeadView;
import io.bizloop.crm.application.SalesOrderView;
import io.bizloop.crm.application.TicketView;
import io.bizloop.crm.domain.CreditExposure;
import io.bizloop.crm.domain.Funnel;
import io.bizloop.inventory.application.Inventory;
import io.bizloop.inventory.application.OrderFulfilment;
import io.bizloop.loop.Bizloop;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The replay report of scenario-format.md, built from the library's queries only: money as
 * decimal strings with the currency's digits, quantities as plain decimal strings.
 *
 * <p>{@link #write} streams it (the journal one entry at a time), so a year of business is
 * never held twice; {@link #of} builds the same report as a tree, for tests.
 *
 * @param json the report
 */
public record Report(ObjectNode json) {

  /** Reads the buffered report back as written (an int stays an int node, a long a long node). */
  private static final com.fasterxml.jackson.databind.ObjectMapper TREES = new com.fasterxml.jackson.databind.ObjectMapper();

  /** The report of a finished (or running) replay, as a tree. */
  public static Report of(Bizloop bizloop, ScenarioRunner runner) {
    TokenBuffer buffer = new TokenBuffer(Scenario.JSON, false);
    try {
      write(bizloop, runner, buffer);
      return new Report(TREES.readTree(buffer.asParser()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the report as indented JSON and a line break to {@code out} (not closed). */
  public static void print(Bizloop bizloop, ScenarioRunner runner, OutputStream out) {
    try {
      // handed on in large blocks: a year's report is large, and System.out
      // (a print stream that flushes on every write) would otherwise take it 8 kB at a time
      OutputStream blocks = new BufferedOutputStream(out, 1 << 16);
      JsonGenerator json = Scenario.JSON.writerWithDefaultPrettyPrinter().createGenerator(blocks);
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      write(bizloop, runner, json);
      json.writeRaw(System.lineSeparator());
      json.close();
      blocks.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the report to {@code json} as one object. */
  static void write(Bizloop bizloop, ScenarioRunner runner, JsonGenerator json) throws IOException {
    // the front office's views and the aging only read the finished books (the loop is safe for
    // readers on other threads): computed on a second core while the books are written
    CompletableFuture<FrontOffice> front = CompletableFuture.supplyAsync(() -> FrontOffice.of(bizloop.crm()));
    CompletableFuture<AgingReport> aged = CompletableFuture.supplyAsync(() -> bizloop.accounting().aging(runner.date()));
    json.writeStartObject();
    books(json, bizloop.accounting());
    stock(json, bizloop.inventory());
    orders(json, bizloop.crm(), bizloop.inventory());
    frontOffice(json, joined(front));
    aging(json, joined(aged));
    json.writeArrayFieldStart("rejections");
    for (ScenarioRunner.RejectedStep rejected : runner.rejections()) {
      json.writeStartObject();
      json.writeNumberField("step", rejected.step());
      json.writeStringField("do", rejected.kind());
      json.writeStringField("code", rejected.rejection().code().name());
      json.writeStringField("message", rejected.rejection().message());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeNumberField("ignoredDuplicates", runner.ignoredDuplicates());
    json.writeEndObject();
    json.flush();
  }

  /** A step of the report that writes JSON (an {@link IOException} travels out unchecked). */
  private interface Writes<T> {
    void write(T value) throws IOException;
  }

  private static <T> void array(JsonGenerator json, String name, Iterable<T> rows, Writes<T> row) throws IOException {
    json.writeArrayFieldStart(name);
    for (T value : rows) {
      json.writeStartObject();
      row.write(value);
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void books(JsonGenerator json, Accounting accounting) throws IOException {
    array(json, "trialBalance", accounting.trialBalance(), row -> {
      json.writeStringField("account", row.account().value());
      json.writeStringField("name", row.name());
      json.writeStringField("balance", money(row.balance()));
    });
    json.writeObjectFieldStart("totals");
    json.writeStringField("debit", money(accounting.totals().debit()));
    json.writeStringField("credit", money(accounting.totals().credit()));
    json.writeEndObject();
    json.writeArrayFieldStart("journal");
    try {
      accounting.journal(entry -> {
        try {
          json.writeStartObject();
          json.writeNumberField("number", entry.number());
          json.writeStringField("date", entry.date().toString());
          json.writeStringField("source", entry.source());
          if (entry.memo() != null) {
            json.writeStringField("memo", entry.memo());
          }
          if (entry.reversalOf() != null) {
            json.writeNumberField("reverses", entry.reversalOf());
          }
          json.writeArrayFieldStart("lines");
          for (JournalLine line : entry.lines()) {
            json.writeStartObject();
            json.writeStringField("account", line.account().value());
            json.writeStringField("debit", money(line.debit()));
            json.writeStringField("credit", money(line.credit()));
            json.writeEndObject();
          }
          json.writeEndArray();
          json.writeEndObject();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    json.writeEndArray();
    array(json, "receivables", accounting.receivables(), row -> {
      json.writeStringField("customer", row.customer().value());
      json.writeStringField("open", money(row.open()));
      json.writeStringField("advance", money(row.advance()));
    });
    array(json, "payables", accounting.payables(), row -> {
      json.writeStringField("supplier", row.supplier().value());
      json.writeStringField("open", money(row.open()));
      json.writeStringField("prepayment", money(row.prepayment()));
    });
  }

  private static void stock(JsonGenerator json, Inventory inventory) throws IOException {
    array(json, "stock", inventory.stock(), row -> {
      json.writeStringField("warehouse", row.warehouse().value());
      json.writeStringField("sku", row.sku().value());
      json.writeStringField("onHand", quantity(row.onHand()));
      json.writeStringField("reserved", quantity(row.reserved()));
      json.writeStringField("available", quantity(row.available()));
      json.writeStringField("backordered", quantity(row.backordered()));
      json.writeStringField("incoming", quantity(row.incoming()));
      json.writeStringField("value", money(row.value()));
    });
    array(json, "purchaseSuggestions", inventory.purchaseSuggestions(), s -> {
      json.writeStringField("sku", s.sku().value());
      json.writeStringField("warehouse", s.warehouse().value());
      json.writeStringField("quantity", quantity(s.quantity()));
    });
  }

  private static void orders(JsonGenerator json, Crm crm, Inventory inventory) throws IOException {
    array(json, "orders", crm.orders(), order -> {
      Optional<OrderFulfilment> fulfilment = inventory.order(order.id());
      json.writeStringField("id", order.id().value());
      json.writeStringField("customer", order.customer().value());
      json.writeStringField("status", order.status().name());
      array(json, "lines", order.lines(), line -> {
        Optional<OrderFulfilment.Line> stock =
            fulfilment.flatMap(f -> f.lines().stream().filter(l -> l.sku().equals(line.sku())).findFirst());
        json.writeStringField("sku", line.sku().value());
        json.writeStringField("ordered", quantity(line.ordered()));
        json.writeStringField("reserved", stock.map(s -> quantity(s.reserved())).orElse("0"));
        json.writeStringField("shipped", quantity(line.shipped()));
        json.writeStringField("backordered", stock.map(s -> quantity(s.backordered())).orElse("0"));
        json.writeStringField("returned", quantity(line.returned()));
        json.writeStringField("invoiced", quantity(line.invoiced()));
        json.writeStringField("net", money(line.net()));
        json.writeStringField("vat", money(line.vat()));
      });
    });
  }

  /** What the front-office part of the report shows, read in one go. */
  private record FrontOffice(
      List<LeadView> leads, Funnel funnel, Map<CustomerId, CreditExposure> exposures,
      List<CustomerValue> customers, List<TicketView> tickets) {

    static FrontOffice of(Crm crm) {
      Map<CustomerId, CreditExposure> exposures = new HashMap<>();
      crm.creditExposures().forEach(e -> exposures.put(e.customer(), e));
      return new FrontOffice(crm.leads(), crm.funnel(), exposures, crm.customerValues(), crm.tickets());
    }
  }

  /** The value of a background part of the report; its failure is thrown here as it was raised. */
  private static <T> T joined(CompletableFuture<T> part) {
    try {
      return part.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  private static void frontOffice(JsonGenerator json, FrontOffice front) throws IOException {
    array(json, "leads", front.leads(), lead -> {
      json.writeStringField("id", lead.id().value());
      json.writeStringField("status", lead.status().name());
      json.writeStringField("customer", lead.customer() == null ? null : lead.customer().value());
      json.writeStringField("opportunity", lead.opportunity() == null ? null : lead.opportunity().value());
    });
    json.writeFieldName("funnel");
    funnel(json, front.funnel());
    Map<CustomerId, CreditExposure> exposures = front.exposures();
    array(json, "customers", front.customers(), value -> {
      json.writeStringField("id", value.id().value());
      json.writeStringField("revenue", money(value.revenue()));
      json.writeStringField("cogs", money(value.cogs()));
      json.writeStringField("grossMargin", money(value.grossMargin()));
      json.writeStringField("receivable", money(value.receivable()));
      json.writeStringField("lifetimeValue", value.lifetimeValue() == null ? null : money(value.lifetimeValue()));
      json.writeStringField("segment", value.segment());
      CreditExposure exposure = exposures.get(value.id());
      json.writeStringField("creditLimit", exposure == null ? null : exposure.limit().map(Report::money).orElse(null));
      if (exposure != null) {
        json.writeStringField("exposure", money(exposure.exposure()));
      }
    });
    array(json, "tickets", front.tickets(), ticket -> {
      json.writeStringField("id", ticket.id().value());
      json.writeStringField("assignee", ticket.assignee() == null ? null : ticket.assignee().value());
      json.writeStringField("status", ticket.status().name());
    });
  }

  /** The aging of open items by days overdue as of the business date of the last step. */
  private static void aging(JsonGenerator json, AgingReport report) throws IOException {
    json.writeObjectFieldStart("aging");
    json.writeStringField("asOf", report.asOf().toString());
    agingRows(json, "receivables", "customer", report.receivables());
    agingRows(json, "payables", "supplier", report.payables());
    json.writeEndObject();
  }

  private static void agingRows(JsonGenerator json, String name, String key, List<AgingRow> aged) throws IOException {
    array(json, name, aged, row -> {
      json.writeStringField(key, row.party().id());
      json.writeStringField("current", money(row.current()));
      json.writeStringField("overdue1to30", money(row.overdue1to30()));
      json.writeStringField("overdue31to60", money(row.overdue31to60()));
      json.writeStringField("overdue61to90", money(row.overdue61to90()));
      json.writeStringField("overdueOver90", money(row.overdueOver90()));
      json.writeStringField("total", money(row.total()));
    });
  }

  private static void funnel(JsonGenerator json, Funnel funnel) throws IOException {
    json.writeStartObject();
    array(json, "stages", funnel.stages(), stage -> {
      json.writeStringField("stage", stage.stage());
      json.writeNumberField("count", stage.count());
      json.writeStringField("amount", money(stage.amount()));
      json.writeStringField("weighted", money(stage.weighted()));
    });
    json.writeObjectFieldStart("won");
    json.writeNumberField("count", funnel.won().count());
    json.writeStringField("amount", money(funnel.won().amount()));
    json.writeEndObject();
    json.writeObjectFieldStart("lost");
    json.writeNumberField("count", funnel.lost().count());
    json.writeStringField("amount", money(funnel.lost().amount()));
    json.writeEndObject();
    json.writeStringField("weightedPipeline", money(funnel.weightedPipeline()));
    json.writeStringField("winRate", funnel.winRate() == null ? null : funnel.winRate().toPlainString());
    if (funnel.bottleneck() != null) {
      json.writeStringField("bottleneck", funnel.bottleneck());
    }
    json.writeEndObject();
  }

  static String money(Money money) {
    return money.toPlainString();
  }

  static String quantity(Quantity quantity) {
    return quantity.toPlainString();
  }
}
