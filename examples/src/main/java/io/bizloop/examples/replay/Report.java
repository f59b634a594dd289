package io.bizloop.examples.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bizloop.accounting.application.Accounting;
import io.bizloop.accounting.application.JournalEntryView;
import io.bizloop.accounting.domain.JournalLine;
import io.bizloop.accounting.domain.AgingReport;
import io.bizloop.accounting.domain.AgingRow;
import io.bizloop.core.CustomerId;
import io.bizloop.core.Money;
import io.bizloop.crm.domain.CreditExposure;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import io.bizloop.core.Quantity;
import io.bizloop.crm.application.Crm;
import io.bizloop.crm.application.SalesOrderView;
import io.bizloop.crm.domain.Funnel;
import io.bizloop.loop.Bizloop;
import io.bizloop.inventory.application.Inventory;
import io.bizloop.inventory.application.OrderFulfilment;
import java.util.Optional;

/**
 * The replay report of scenario-format.md, built from the library's queries only: money as
 * decimal strings with the currency's digits, quantities as plain decimal strings.
 *
 * @param json the report
 */
public record Report(ObjectNode json) {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** The report of a finished (or running) replay. */
  public static Report of(Bizloop bizloop, ScenarioRunner runner) {
    ObjectNode root = NODES.objectNode();
    books(root, bizloop.accounting());
    stock(root, bizloop.inventory());
    orders(root, bizloop.crm(), bizloop.inventory());
    frontOffice(root, bizloop.crm());
    aging(root, bizloop.accounting().aging(runner.date()));
    ArrayNode rejections = root.putArray("rejections");
    for (ScenarioRunner.RejectedStep rejected : runner.rejections()) {
      ObjectNode row = rejections.addObject();
      row.put("step", rejected.step());
      row.put("do", rejected.kind());
      row.put("code", rejected.rejection().code().name());
      row.put("message", rejected.rejection().message());
    }
    root.put("ignoredDuplicates", runner.ignoredDuplicates());
    return new Report(root);
  }

  private static void books(ObjectNode root, Accounting accounting) {
    ArrayNode trialBalance = root.putArray("trialBalance");
    accounting.trialBalance().forEach(row -> {
      ObjectNode node = trialBalance.addObject();
      node.put("account", row.account().value());
      node.put("name", row.name());
      node.put("balance", money(row.balance()));
    });
    ObjectNode totals = root.putObject("totals");
    totals.put("debit", money(accounting.totals().debit()));
    totals.put("credit", money(accounting.totals().credit()));
    ArrayNode journal = root.putArray("journal");
    for (JournalEntryView entry : accounting.journal()) {
      ObjectNode node = journal.addObject();
      node.put("number", entry.number());
      node.put("date", entry.date().toString());
      node.put("source", entry.source());
      if (entry.memo() != null) {
        node.put("memo", entry.memo());
      }
      if (entry.reversalOf() != null) {
        node.put("reverses", entry.reversalOf());
      }
      ArrayNode lines = node.putArray("lines");
      for (JournalLine line : entry.lines()) {
        ObjectNode l = lines.addObject();
        l.put("account", line.account().value());
        l.put("debit", money(line.debit()));
        l.put("credit", money(line.credit()));
      }
    }
    ArrayNode receivables = root.putArray("receivables");
    accounting.receivables().forEach(row -> {
      ObjectNode node = receivables.addObject();
      node.put("customer", row.customer().value());
      node.put("open", money(row.open()));
      node.put("advance", money(row.advance()));
    });
    ArrayNode payables = root.putArray("payables");
    accounting.payables().forEach(row -> {
      ObjectNode node = payables.addObject();
      node.put("supplier", row.supplier().value());
      node.put("open", money(row.open()));
      node.put("prepayment", money(row.prepayment()));
    });
  }

  private static void stock(ObjectNode root, Inventory inventory) {
    ArrayNode stock = root.putArray("stock");
    inventory.stock().forEach(row -> {
      ObjectNode node = stock.addObject();
      node.put("warehouse", row.warehouse().value());
      node.put("sku", row.sku().value());
      node.put("onHand", quantity(row.onHand()));
      node.put("reserved", quantity(row.reserved()));
      node.put("available", quantity(row.available()));
      node.put("backordered", quantity(row.backordered()));
      node.put("incoming", quantity(row.incoming()));
      node.put("value", money(row.value()));
    });
    ArrayNode suggestions = root.putArray("purchaseSuggestions");
    inventory.purchaseSuggestions().forEach(s -> {
      ObjectNode node = suggestions.addObject();
      node.put("sku", s.sku().value());
      node.put("warehouse", s.warehouse().value());
      node.put("quantity", quantity(s.quantity()));
    });
  }

  private static void orders(ObjectNode root, Crm crm, Inventory inventory) {
    ArrayNode orders = root.putArray("orders");
    for (SalesOrderView order : crm.orders()) {
      Optional<OrderFulfilment> fulfilment = inventory.order(order.id());
      ObjectNode node = orders.addObject();
      node.put("id", order.id().value());
      node.put("customer", order.customer().value());
      node.put("status", order.status().name());
      ArrayNode lines = node.putArray("lines");
      for (SalesOrderView.Line line : order.lines()) {
        Optional<OrderFulfilment.Line> stock =
            fulfilment.flatMap(f -> f.lines().stream().filter(l -> l.sku().equals(line.sku())).findFirst());
        ObjectNode l = lines.addObject();
        l.put("sku", line.sku().value());
        l.put("ordered", quantity(line.ordered()));
        l.put("reserved", stock.map(s -> quantity(s.reserved())).orElse("0"));
        l.put("shipped", quantity(line.shipped()));
        l.put("backordered", stock.map(s -> quantity(s.backordered())).orElse("0"));
        l.put("returned", quantity(line.returned()));
        l.put("invoiced", quantity(line.invoiced()));
        l.put("net", money(line.net()));
        l.put("vat", money(line.vat()));
      }
    }
  }

  private static void frontOffice(ObjectNode root, Crm crm) {
    ArrayNode leads = root.putArray("leads");
    crm.leads().forEach(lead -> {
      ObjectNode node = leads.addObject();
      node.put("id", lead.id().value());
      node.put("status", lead.status().name());
      node.put("customer", lead.customer() == null ? null : lead.customer().value());
      node.put("opportunity", lead.opportunity() == null ? null : lead.opportunity().value());
    });
    root.set("funnel", funnel(crm.funnel()));
    ArrayNode customers = root.putArray("customers");
    Map<CustomerId, CreditExposure> exposures = new HashMap<>();
    crm.creditExposures().forEach(e -> exposures.put(e.customer(), e));
    crm.customerValues().forEach(value -> {
      ObjectNode node = customers.addObject();
      node.put("id", value.id().value());
      node.put("revenue", money(value.revenue()));
      node.put("cogs", money(value.cogs()));
      node.put("grossMargin", money(value.grossMargin()));
      node.put("receivable", money(value.receivable()));
      node.put("lifetimeValue", value.lifetimeValue() == null ? null : money(value.lifetimeValue()));
      node.put("segment", value.segment());
      CreditExposure exposure = exposures.get(value.id());
      node.put("creditLimit", exposure == null ? null : exposure.limit().map(Report::money).orElse(null));
      if (exposure != null) {
        node.put("exposure", money(exposure.exposure()));
      }
    });
    ArrayNode tickets = root.putArray("tickets");
    crm.tickets().forEach(ticket -> {
      ObjectNode node = tickets.addObject();
      node.put("id", ticket.id().value());
      node.put("assignee", ticket.assignee() == null ? null : ticket.assignee().value());
      node.put("status", ticket.status().name());
    });
  }

  /** The aging of open items by days overdue as of the business date of the last step. */
  private static void aging(ObjectNode root, AgingReport report) {
    ObjectNode aging = root.putObject("aging");
    aging.put("asOf", report.asOf().toString());
    agingRows(aging.putArray("receivables"), "customer", report.receivables());
    agingRows(aging.putArray("payables"), "supplier", report.payables());
  }

  private static void agingRows(ArrayNode rows, String key, List<AgingRow> aged) {
    for (AgingRow row : aged) {
      ObjectNode node = rows.addObject();
      node.put(key, row.party().id());
      node.put("current", money(row.current()));
      node.put("overdue1to30", money(row.overdue1to30()));
      node.put("overdue31to60", money(row.overdue31to60()));
      node.put("overdue61to90", money(row.overdue61to90()));
      node.put("overdueOver90", money(row.overdueOver90()));
      node.put("total", money(row.total()));
    }
  }

  private static JsonNode funnel(Funnel funnel) {
    ObjectNode node = NODES.objectNode();
    ArrayNode stages = node.putArray("stages");
    funnel.stages().forEach(stage -> {
      ObjectNode s = stages.addObject();
      s.put("stage", stage.stage());
      s.put("count", stage.count());
      s.put("amount", money(stage.amount()));
      s.put("weighted", money(stage.weighted()));
    });
    ObjectNode won = node.putObject("won");
    won.put("count", funnel.won().count());
    won.put("amount", money(funnel.won().amount()));
    ObjectNode lost = node.putObject("lost");
    lost.put("count", funnel.lost().count());
    lost.put("amount", money(funnel.lost().amount()));
    node.put("weightedPipeline", money(funnel.weightedPipeline()));
    node.put("winRate", funnel.winRate() == null ? null : funnel.winRate().toPlainString());
    if (funnel.bottleneck() != null) {
      node.put("bottleneck", funnel.bottleneck());
    }
    return node;
  }

  static String money(Money money) {
    return money.toPlainString();
  }

  static String quantity(Quantity quantity) {
    return quantity.toPlainString();
  }
}
