package io.bizloop.examples.replay;

import io.bizloop.accounting.application.Accounting;
import io.bizloop.accounting.application.ClosePeriod;
import io.bizloop.accounting.application.PaySupplier;
import io.bizloop.accounting.application.PostJournalEntry;
import io.bizloop.accounting.application.ReceivePayment;
import io.bizloop.core.AgentId;
import io.bizloop.core.CustomerId;
import io.bizloop.core.LeadId;
import io.bizloop.core.OpportunityId;
import io.bizloop.core.Outcome;
import io.bizloop.core.Period;
import io.bizloop.core.PurchaseOrderId;
import io.bizloop.core.Quantity;
import io.bizloop.core.RejectionCode;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.Sku;
import io.bizloop.core.SupplierId;
import io.bizloop.core.TicketId;
import io.bizloop.core.VatRate;
import io.bizloop.core.WarehouseId;
import io.bizloop.crm.application.AdvanceOpportunity;
import io.bizloop.crm.application.CancelOrder;
import io.bizloop.crm.application.CaptureLead;
import io.bizloop.crm.application.ConfirmOrder;
import io.bizloop.crm.application.ConvertLead;
import io.bizloop.crm.application.Crm;
import io.bizloop.crm.application.DisqualifyLead;
import io.bizloop.crm.application.InvoiceOrder;
import io.bizloop.crm.application.LoseOpportunity;
import io.bizloop.crm.application.OpenOpportunity;
import io.bizloop.crm.application.OpenTicket;
import io.bizloop.crm.application.PlaceSalesOrder;
import io.bizloop.crm.application.QualifyLead;
import io.bizloop.crm.application.RecordActivity;
import io.bizloop.crm.application.RegisterAgent;
import io.bizloop.crm.application.RegisterCustomer;
import io.bizloop.crm.application.ResolveTicket;
import io.bizloop.crm.application.ReturnGoods;
import io.bizloop.crm.application.SalesOrderView;
import io.bizloop.crm.application.WinOpportunity;
import io.bizloop.crm.domain.SalesOrderStatus;
import io.bizloop.examples.inmemory.Bizloop;
import io.bizloop.inventory.application.CountStock;
import io.bizloop.inventory.application.Inventory;
import io.bizloop.inventory.application.PlacePurchaseOrder;
import io.bizloop.inventory.application.ReceivePurchase;
import io.bizloop.inventory.application.RegisterProduct;
import io.bizloop.inventory.application.RegisterSupplier;
import io.bizloop.inventory.application.RegisterWarehouse;
import io.bizloop.inventory.application.ShipOrder;
import io.bizloop.inventory.application.TransferStock;
import io.bizloop.inventory.domain.CostingMethod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scenario steps of scenario-format.md, each read from its JSON fields and run as one
 * command of the library inside one unit of work (a refused step changes nothing).
 */
final class LibrarySteps implements ScenarioSteps {

  private final Bizloop bizloop;
  private final Accounting accounting;
  private final Inventory inventory;
  private final Crm crm;
  private final int moneyDigits;
  private final Map<String, Step> steps = new HashMap<>();

  LibrarySteps(Bizloop bizloop) {
    this.bizloop = bizloop;
    this.accounting = bizloop.accounting();
    this.inventory = bizloop.inventory();
    this.crm = bizloop.crm();
    this.moneyDigits = bizloop.settings().currency().getDefaultFractionDigits();
    masterData();
    purchasing();
    sales();
    books();
    frontOffice();
  }

  @Override
  public Map<String, Step> steps() {
    return steps;
  }

  @Override
  public Outcome<?> run(String kind, StepFields fields, LocalDate on) {
    Step step = steps.get(kind);
    if (step == null) {
      return Outcome.rejected(RejectionCode.UNKNOWN_STEP, "unknown step '" + kind + "'");
    }
    return bizloop.unitOfWork().execute(() -> step.run(fields, on).discardValue());
  }

  private void masterData() {
    steps.put("warehouse", (f, on) -> inventory.registerWarehouse().handle(
        new RegisterWarehouse.Command(f.id("id", WarehouseId::new), f.text("name"), on)));
    steps.put("product", (f, on) -> inventory.registerProduct().handle(new RegisterProduct.Command(
        f.id("sku", Sku::new), f.text("name"), f.optionalText("uom"), costing(f), vatRate(f),
        quantity(f, "reorderPoint"), quantity(f, "maxStock"), on)));
    steps.put("customer", (f, on) -> crm.registerCustomer().handle(new RegisterCustomer.Command(
        f.id("id", CustomerId::new), f.text("name"), f.optionalText("industry"), f.optionalText("owner"), on)));
    steps.put("supplier", (f, on) -> inventory.registerSupplier().handle(
        new RegisterSupplier.Command(f.id("id", SupplierId::new), f.text("name"), on)));
    steps.put("agent", (f, on) -> crm.registerAgent().handle(new RegisterAgent.Command(
        f.id("id", AgentId::new), f.optionalText("name"), new LinkedHashSet<>(f.texts("skills")), on)));
  }

  private void purchasing() {
    steps.put("purchaseOrder", (f, on) -> {
      List<StepFields> lines = distinctLines(f);
      return inventory.placePurchaseOrder().handle(new PlacePurchaseOrder.Command(
          f.id("id", PurchaseOrderId::new), f.id("supplier", SupplierId::new), f.id("warehouse", WarehouseId::new),
          lines.stream().map(l -> new PlacePurchaseOrder.Line(
              l.id("sku", Sku::new), l.quantity("qty"), l.decimal("unitCost"))).toList(),
          on));
    });
    steps.put("receivePurchase", (f, on) -> {
      boolean againstOrder = f.has("order");
      List<StepFields> lines = againstOrder ? f.optionalObjects("lines") : f.objects("lines");
      lines = lines == null ? List.of() : lines;
      StepFields.requireDistinctSkus(lines);
      return inventory.receivePurchase().handle(new ReceivePurchase.Command(
          f.optionalId("order", PurchaseOrderId::new),
          againstOrder ? null : f.id("supplier", SupplierId::new),
          againstOrder ? null : f.id("warehouse", WarehouseId::new),
          lines.stream().map(l -> new ReceivePurchase.ReceiptLine(
              l.id("sku", Sku::new), l.quantity("qty"),
              againstOrder ? l.optionalDecimal("unitCost") : l.decimal("unitCost"))).toList(),
          on));
    });
    steps.put("transfer", (f, on) -> inventory.transferStock().handle(new TransferStock.Command(
        f.id("sku", Sku::new), f.id("from", WarehouseId::new), f.id("to", WarehouseId::new), f.quantity("qty"), on)));
    steps.put("countStock", (f, on) -> inventory.countStock().handle(new CountStock.Command(
        f.id("warehouse", WarehouseId::new), f.id("sku", Sku::new), f.quantity("counted"), on)));
  }

  private void sales() {
    steps.put("salesOrder", (f, on) -> {
      List<StepFields> lines = distinctLines(f);
      return crm.placeSalesOrder().handle(new PlaceSalesOrder.Command(
          f.id("id", SalesOrderId::new), f.id("customer", CustomerId::new), f.optionalId("warehouse", WarehouseId::new),
          lines.stream().map(l -> new PlaceSalesOrder.Line(
              l.id("sku", Sku::new), l.quantity("qty"), l.decimal("unitPrice"))).toList(),
          on));
    });
    steps.put("confirmOrder", (f, on) -> crm.confirmOrder().handle(
        new ConfirmOrder.Command(f.id("order", SalesOrderId::new), on)));
    steps.put("ship", this::ship);
    steps.put("invoice", (f, on) -> crm.invoiceOrder().handle(
        new InvoiceOrder.Command(f.id("order", SalesOrderId::new), on)));
    steps.put("cancelOrder", (f, on) -> crm.cancelOrder().handle(
        new CancelOrder.Command(f.id("order", SalesOrderId::new), on)));
    steps.put("returnGoods", (f, on) -> {
      List<StepFields> lines = distinctLines(f);
      return crm.returnGoods().handle(new ReturnGoods.Command(
          f.id("order", SalesOrderId::new), f.optionalId("warehouse", WarehouseId::new),
          lines.stream().map(l -> new ReturnGoods.Line(l.id("sku", Sku::new), l.quantity("qty"))).toList(),
          on));
    });
  }

  /**
   * {@code ship}: the order's existence, its skus and its status are the sales side's to say
   * (a draft is unknown to the warehouse), the rest is the warehouse's.
   */
  private Outcome<?> ship(StepFields f, LocalDate on) {
    SalesOrderId id = f.id("order", SalesOrderId::new);
    List<StepFields> given = f.optionalObjects("lines");
    List<StepFields> lines = given == null ? List.of() : given;
    StepFields.requireDistinctSkus(lines);
    List<ShipOrder.Line> wanted = lines.stream()
        .map(l -> new ShipOrder.Line(l.id("sku", Sku::new), l.quantity("qty"))).toList();
    for (ShipOrder.Line line : wanted) {
      if (line.quantity().signum() <= 0) {
        return Outcome.rejected(RejectionCode.INVALID_INPUT, "qty of " + line.sku() + " must be positive");
      }
    }
    Optional<SalesOrderView> order = crm.order(id);
    if (order.isEmpty()) {
      return Outcome.rejected(RejectionCode.UNKNOWN_REFERENCE, "no sales order " + id);
    }
    for (ShipOrder.Line line : wanted) {
      if (order.get().lines().stream().noneMatch(l -> l.sku().equals(line.sku()))) {
        return Outcome.rejected(RejectionCode.UNKNOWN_REFERENCE, "sku " + line.sku() + " is not on order " + id);
      }
    }
    SalesOrderStatus status = order.get().status();
    if (status == SalesOrderStatus.DRAFT || status == SalesOrderStatus.CANCELLED || status == SalesOrderStatus.SHIPPED) {
      return Outcome.rejected(RejectionCode.INVALID_STATE, "order " + id + " is " + status + ", it cannot ship");
    }
    return inventory.shipOrder().handle(new ShipOrder.Command(id, wanted, on));
  }

  private void books() {
    steps.put("journal", (f, on) -> accounting.postJournalEntry().handle(new PostJournalEntry.Command(
        f.freeText("memo"),
        f.objects("lines").stream().map(l -> new PostJournalEntry.Line(
            l.text("account"), l.optionalDecimal("debit"), l.optionalDecimal("credit"))).toList(),
        on)));
    steps.put("closePeriod", (f, on) -> accounting.closePeriod().handle(
        new ClosePeriod.Command(f.id("period", Period::parse), on)));
    steps.put("receivePayment", (f, on) -> accounting.receivePayment().handle(new ReceivePayment.Command(
        f.id("customer", CustomerId::new), f.amount("amount", moneyDigits), on)));
    steps.put("paySupplier", (f, on) -> accounting.paySupplier().handle(new PaySupplier.Command(
        f.id("supplier", SupplierId::new), f.amount("amount", moneyDigits), on)));
  }

  private void frontOffice() {
    steps.put("lead", (f, on) -> crm.captureLead().handle(new CaptureLead.Command(
        f.id("id", LeadId::new), f.text("name"), f.optionalText("company"), f.optionalText("source"),
        f.optionalText("phone"), f.optionalText("email"), on)));
    steps.put("qualifyLead", (f, on) -> crm.qualifyLead().handle(
        new QualifyLead.Command(f.id("lead", LeadId::new), on)));
    steps.put("disqualifyLead", (f, on) -> crm.disqualifyLead().handle(
        new DisqualifyLead.Command(f.id("lead", LeadId::new), f.freeText("reason"), on)));
    steps.put("convertLead", (f, on) -> {
      StepFields opportunity = f.object("opportunity");
      return crm.convertLead().handle(new ConvertLead.Command(
          f.id("lead", LeadId::new), f.id("customer", CustomerId::new), opportunity.id("id", OpportunityId::new),
          opportunity.amount("amount", moneyDigits), opportunity.optionalText("name"), on));
    });
    steps.put("opportunity", (f, on) -> crm.openOpportunity().handle(new OpenOpportunity.Command(
        f.id("id", OpportunityId::new), f.id("customer", CustomerId::new), f.amount("amount", moneyDigits),
        f.optionalText("name"), f.optionalText("stage"), on)));
    steps.put("advanceOpportunity", (f, on) -> crm.advanceOpportunity().handle(
        new AdvanceOpportunity.Command(f.id("opportunity", OpportunityId::new), f.text("stage"), on)));
    steps.put("winOpportunity", (f, on) -> crm.winOpportunity().handle(new WinOpportunity.Command(
        f.id("opportunity", OpportunityId::new), f.optionalId("order", SalesOrderId::new), on)));
    steps.put("loseOpportunity", (f, on) -> crm.loseOpportunity().handle(
        new LoseOpportunity.Command(f.id("opportunity", OpportunityId::new), f.text("reason"), on)));
    steps.put("activity", (f, on) -> crm.recordActivity().handle(new RecordActivity.Command(
        f.id("customer", CustomerId::new), f.text("type"), textOrEmpty(f.freeText("note")), on)));
    steps.put("ticket", (f, on) -> crm.openTicket().handle(new OpenTicket.Command(
        f.id("id", TicketId::new), f.id("customer", CustomerId::new), f.text("subject"), f.optionalText("skill"),
        f.optionalId("order", SalesOrderId::new), null, on)));
    steps.put("resolveTicket", (f, on) -> crm.resolveTicket().handle(
        new ResolveTicket.Command(f.id("ticket", TicketId::new), on)));
  }

  private static List<StepFields> distinctLines(StepFields f) {
    List<StepFields> lines = f.objects("lines");
    StepFields.requireDistinctSkus(lines);
    return lines;
  }

  private static CostingMethod costing(StepFields f) {
    String text = f.optionalText("costing");
    if (text == null) {
      return null;
    }
    try {
      return CostingMethod.valueOf(text);
    } catch (IllegalArgumentException e) {
      throw InvalidStep.input("costing '" + text + "' is not MOVING_AVERAGE or FIFO");
    }
  }

  private static VatRate vatRate(StepFields f) {
    BigDecimal rate = f.optionalDecimal("vatRate");
    if (rate == null) {
      return null;
    }
    try {
      return new VatRate(rate);
    } catch (IllegalArgumentException e) {
      throw InvalidStep.input("vatRate: " + e.getMessage());
    }
  }

  private static Quantity quantity(StepFields f, String field) {
    BigDecimal value = f.optionalQuantity(field);
    return value == null ? null : Quantity.of(value, Quantity.EACH);
  }

  private static String textOrEmpty(String text) {
    return text == null ? "" : text;
  }
}
