package io.bizloop.examples.replay;

import io.bizloop.accounting.application.Accounting;
import io.bizloop.accounting.application.ClosePeriod;
import io.bizloop.accounting.application.PaySupplier;
import io.bizloop.accounting.application.PostJournalEntry;
import io.bizloop.accounting.application.ReceivePayment;
import io.bizloop.accounting.application.SetPaymentTerms;
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
import io.bizloop.crm.application.SetCreditLimit;
import io.bizloop.crm.application.WinOpportunity;
import io.bizloop.crm.domain.SalesOrderStatus;
import io.bizloop.loop.Bizloop;
import io.bizloop.core.Rejection;
import io.bizloop.inventory.application.CountStock;
import io.bizloop.inventory.application.Inventory;
import io.bizloop.inventory.application.OrderSuggestedStock;
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
import java.util.function.Supplier;
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

  @Override
  public Optional<Outcome<?>> once(String key, Supplier<Outcome<?>> step) {
    return bizloop.<Object>once("scenario-step:" + key, () -> step.get().map(value -> (Object) value)).map(outcome -> outcome);
  }

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
    return bizloop.atomically(() -> step.run(fields, on).discardValue());
  }

  private void masterData() {
    steps.put("warehouse", (f, on) -> inventory.registerWarehouse(
        new RegisterWarehouse.Command(f.id("id", WarehouseId::new), f.text("name"), on)));
    steps.put("product", (f, on) -> {
      RegisterProduct.Command command = RegisterProduct.Command.of(f.id("sku", Sku::new), f.text("name"), on);
      command = with(command, f.optionalText("uom"), RegisterProduct.Command::unit);
      command = with(command, costing(f), RegisterProduct.Command::costing);
      command = with(command, vatRate(f), RegisterProduct.Command::vatRate);
      BigDecimal reorderPoint = f.optionalQuantity("reorderPoint");
      BigDecimal maxStock = f.optionalQuantity("maxStock");
      if ((reorderPoint == null) != (maxStock == null)) {
        throw InvalidStep.input("a min/max policy needs both reorderPoint and maxStock");
      }
      if (reorderPoint != null) {
        command = command.reorder(reorderPoint, maxStock);
      }
      return inventory.registerProduct(command);
    });
    steps.put("customer", (f, on) -> {
      RegisterCustomer.Command command = RegisterCustomer.Command.of(f.id("id", CustomerId::new), f.text("name"), on);
      command = with(command, f.optionalText("industry"), RegisterCustomer.Command::industry);
      command = with(command, f.optionalText("owner"), RegisterCustomer.Command::owner);
      command = with(command, creditLimit(f, "creditLimit"), RegisterCustomer.Command::creditLimit);
      command = with(command, f.optionalDays("paymentTermsDays"), RegisterCustomer.Command::paymentTerms);
      return crm.registerCustomer(command);
    });
    steps.put("supplier", (f, on) -> {
      RegisterSupplier.Command command = RegisterSupplier.Command.of(f.id("id", SupplierId::new), f.text("name"), on);
      command = with(command, f.optionalDays("paymentTermsDays"), RegisterSupplier.Command::paymentTerms);
      return inventory.registerSupplier(command);
    });
    steps.put("setCreditLimit", (f, on) -> {
      CustomerId customer = f.id("customer", CustomerId::new);
      BigDecimal limit = creditLimit(f, "limit");
      return crm.setCreditLimit(
          limit == null ? SetCreditLimit.Command.noLimit(customer, on) : SetCreditLimit.Command.of(customer, limit, on));
    });
    steps.put("setPaymentTerms", (f, on) -> {
      boolean forCustomer = f.has("customer");
      if (forCustomer == f.has("supplier")) {
        throw InvalidStep.input("setPaymentTerms names exactly one of customer and supplier");
      }
      int days = f.days("days");
      return accounting.setPaymentTerms(forCustomer
          ? SetPaymentTerms.Command.forCustomer(f.id("customer", CustomerId::new), days, on)
          : SetPaymentTerms.Command.forSupplier(f.id("supplier", SupplierId::new), days, on));
    });
    steps.put("agent", (f, on) -> {
      RegisterAgent.Command command = RegisterAgent.Command.of(f.id("id", AgentId::new), on)
          .skills(new LinkedHashSet<>(f.texts("skills")));
      return crm.registerAgent(with(command, f.optionalText("name"), RegisterAgent.Command::name));
    });
  }

  private void purchasing() {
    steps.put("purchaseOrder", (f, on) -> {
      if (Boolean.TRUE.equals(f.optionalBoolean("fromSuggestions"))) {
        return orderSuggestedStock(f, on);
      }
      PlacePurchaseOrder.Command command = PlacePurchaseOrder.Command.of(
          f.id("id", PurchaseOrderId::new), f.id("supplier", SupplierId::new), f.id("warehouse", WarehouseId::new), on);
      for (StepFields line : distinctLines(f)) {
        command = command.line(line.id("sku", Sku::new), line.quantity("qty"), line.decimal("unitCost"));
      }
      return inventory.placePurchaseOrder(command);
    });
    steps.put("receivePurchase", (f, on) -> {
      boolean againstOrder = f.has("order");
      List<StepFields> lines = againstOrder ? f.optionalObjects("lines") : f.objects("lines");
      lines = lines == null ? List.of() : lines;
      StepFields.requireDistinctSkus(lines);
      ReceivePurchase.Command command = againstOrder
          ? ReceivePurchase.Command.against(f.id("order", PurchaseOrderId::new), on)
          : ReceivePurchase.Command.from(f.id("supplier", SupplierId::new), f.id("warehouse", WarehouseId::new), on);
      for (StepFields line : lines) {
        BigDecimal unitCost = againstOrder ? line.optionalDecimal("unitCost") : line.decimal("unitCost");
        command = unitCost == null
            ? command.line(line.id("sku", Sku::new), line.quantity("qty"))
            : command.line(line.id("sku", Sku::new), line.quantity("qty"), unitCost);
      }
      return inventory.receivePurchase(command);
    });
    steps.put("transfer", (f, on) -> inventory.transferStock(new TransferStock.Command(
        f.id("sku", Sku::new), f.id("from", WarehouseId::new), f.id("to", WarehouseId::new), f.quantity("qty"), on)));
    steps.put("countStock", (f, on) -> inventory.countStock(new CountStock.Command(
        f.id("warehouse", WarehouseId::new), f.id("sku", Sku::new), f.quantity("counted"), on)));
  }

  private void sales() {
    steps.put("salesOrder", (f, on) -> {
      PlaceSalesOrder.Command command = PlaceSalesOrder.Command.of(
          f.id("id", SalesOrderId::new), f.id("customer", CustomerId::new), on);
      command = with(command, f.optionalId("warehouse", WarehouseId::new), PlaceSalesOrder.Command::warehouse);
      for (StepFields line : distinctLines(f)) {
        BigDecimal discount = line.optionalDecimal("discount");
        command = discount == null
            ? command.line(line.id("sku", Sku::new), line.quantity("qty"), line.decimal("unitPrice"))
            : command.line(line.id("sku", Sku::new), line.quantity("qty"), line.decimal("unitPrice"), discount);
      }
      return crm.placeSalesOrder(command);
    });
    steps.put("confirmOrder", (f, on) -> crm.confirmOrder(new ConfirmOrder.Command(f.id("order", SalesOrderId::new), on)));
    steps.put("ship", this::ship);
    steps.put("invoice", (f, on) -> crm.invoiceOrder(new InvoiceOrder.Command(f.id("order", SalesOrderId::new), on)));
    steps.put("cancelOrder", (f, on) -> crm.cancelOrder(new CancelOrder.Command(f.id("order", SalesOrderId::new), on)));
    steps.put("returnGoods", (f, on) -> {
      ReturnGoods.Command command = ReturnGoods.Command.of(f.id("order", SalesOrderId::new), on);
      command = with(command, f.optionalId("warehouse", WarehouseId::new), ReturnGoods.Command::warehouse);
      for (StepFields line : distinctLines(f)) {
        command = command.line(line.id("sku", Sku::new), line.quantity("qty"));
      }
      return crm.returnGoods(command);
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
    ShipOrder.Command command = ShipOrder.Command.all(id, on);
    for (StepFields line : lines) {
      command = command.line(line.id("sku", Sku::new), line.quantity("qty"));
    }
    Optional<Rejection> invalid = command.check();
    if (invalid.isPresent()) {
      return Outcome.rejected(invalid.get());
    }
    Optional<SalesOrderView> order = crm.order(id);
    if (order.isEmpty()) {
      return Outcome.rejected(RejectionCode.UNKNOWN_REFERENCE, "no sales order " + id);
    }
    for (ShipOrder.Line line : command.lines()) {
      if (order.get().lines().stream().noneMatch(l -> l.sku().equals(line.sku()))) {
        return Outcome.rejected(RejectionCode.UNKNOWN_REFERENCE, "sku " + line.sku() + " is not on order " + id);
      }
    }
    SalesOrderStatus status = order.get().status();
    if (status == SalesOrderStatus.DRAFT || status == SalesOrderStatus.CANCELLED || status == SalesOrderStatus.SHIPPED) {
      return Outcome.rejected(RejectionCode.INVALID_STATE, "order " + id + " is " + status + ", it cannot ship");
    }
    return inventory.shipOrder(command);
  }

  private void books() {
    steps.put("journal", (f, on) -> {
      PostJournalEntry.Command command = PostJournalEntry.Command.on(on);
      command = with(command, f.freeText("memo"), PostJournalEntry.Command::memo);
      for (StepFields line : f.objects("lines")) {
        command = command.line(new PostJournalEntry.Line(
            line.text("account"), line.optionalDecimal("debit"), line.optionalDecimal("credit")));
      }
      return accounting.postJournalEntry(command);
    });
    steps.put("closePeriod", (f, on) -> accounting.closePeriod(ClosePeriod.Command.of(f.id("period", Period::parse), on)));
    steps.put("receivePayment", (f, on) -> accounting.receivePayment(
        ReceivePayment.Command.of(f.id("customer", CustomerId::new), f.amount("amount", moneyDigits), on)));
    steps.put("paySupplier", (f, on) -> accounting.paySupplier(
        PaySupplier.Command.of(f.id("supplier", SupplierId::new), f.amount("amount", moneyDigits), on)));
  }

  private void frontOffice() {
    steps.put("lead", (f, on) -> {
      CaptureLead.Command command = CaptureLead.Command.of(f.id("id", LeadId::new), f.text("name"), on);
      command = with(command, f.optionalText("company"), CaptureLead.Command::company);
      command = with(command, f.optionalText("source"), CaptureLead.Command::source);
      command = with(command, f.optionalText("phone"), CaptureLead.Command::phone);
      command = with(command, f.optionalText("email"), CaptureLead.Command::email);
      return crm.captureLead(command);
    });
    steps.put("qualifyLead", (f, on) -> crm.qualifyLead(new QualifyLead.Command(f.id("lead", LeadId::new), on)));
    steps.put("disqualifyLead", (f, on) -> crm.disqualifyLead(
        with(DisqualifyLead.Command.of(f.id("lead", LeadId::new), on), f.freeText("reason"), DisqualifyLead.Command::reason)));
    steps.put("convertLead", (f, on) -> {
      StepFields opportunity = f.object("opportunity");
      ConvertLead.Command command = ConvertLead.Command.of(
          f.id("lead", LeadId::new), f.id("customer", CustomerId::new), opportunity.id("id", OpportunityId::new),
          opportunity.amount("amount", moneyDigits), on);
      return crm.convertLead(with(command, opportunity.optionalText("name"), ConvertLead.Command::opportunityName));
    });
    steps.put("opportunity", (f, on) -> {
      OpenOpportunity.Command command = OpenOpportunity.Command.of(
          f.id("id", OpportunityId::new), f.id("customer", CustomerId::new), f.amount("amount", moneyDigits), on);
      command = with(command, f.optionalText("name"), OpenOpportunity.Command::name);
      command = with(command, f.optionalText("stage"), OpenOpportunity.Command::stage);
      return crm.openOpportunity(command);
    });
    steps.put("advanceOpportunity", (f, on) -> crm.advanceOpportunity(
        new AdvanceOpportunity.Command(f.id("opportunity", OpportunityId::new), f.text("stage"), on)));
    steps.put("winOpportunity", (f, on) -> crm.winOpportunity(with(
        WinOpportunity.Command.of(f.id("opportunity", OpportunityId::new), on),
        f.optionalId("order", SalesOrderId::new), WinOpportunity.Command::order)));
    steps.put("loseOpportunity", (f, on) -> crm.loseOpportunity(
        new LoseOpportunity.Command(f.id("opportunity", OpportunityId::new), f.text("reason"), on)));
    steps.put("activity", (f, on) -> crm.recordActivity(new RecordActivity.Command(
        f.id("customer", CustomerId::new), f.text("type"), textOrEmpty(f.freeText("note")), on)));
    steps.put("ticket", (f, on) -> {
      OpenTicket.Command command = OpenTicket.Command.of(
          f.id("id", TicketId::new), f.id("customer", CustomerId::new), f.text("subject"), on);
      command = with(command, f.optionalText("skill"), OpenTicket.Command::skill);
      command = with(command, f.optionalId("order", SalesOrderId::new), OpenTicket.Command::order);
      return crm.openTicket(command);
    });
    steps.put("resolveTicket", (f, on) -> crm.resolveTicket(new ResolveTicket.Command(f.id("ticket", TicketId::new), on)));
  }

  /**
   * {@code purchaseOrder} with {@code "fromSuggestions": true}: lines of sku and unit cost; a
   * quantity on a line is invalid input.
   */
  private Outcome<?> orderSuggestedStock(StepFields f, LocalDate on) {
    OrderSuggestedStock.Command command = OrderSuggestedStock.Command.of(
        f.id("id", PurchaseOrderId::new), f.id("supplier", SupplierId::new), f.id("warehouse", WarehouseId::new), on);
    for (StepFields line : distinctLines(f)) {
      if (line.has("qty")) {
        throw InvalidStep.input("a line of a purchase order from suggestions takes no qty");
      }
      command = command.line(line.id("sku", Sku::new), line.decimal("unitCost"));
    }
    return inventory.orderSuggestedStock(command);
  }

  /** An optional credit limit: money ≥ 0 with at most the currency's decimals (absent or null: none). */
  private BigDecimal creditLimit(StepFields f, String field) {
    BigDecimal limit = f.optionalDecimal(field);
    if (limit != null) {
      f.requireMoneyScale(field, limit, moneyDigits);
    }
    return limit;
  }

  /** {@code command} with an optional part set when the step gives it. */
  private static <C, V> C with(C command, V value, java.util.function.BiFunction<C, V, C> setter) {
    return value == null ? command : setter.apply(command, value);
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

  private static String textOrEmpty(String text) {
    return text == null ? "" : text;
  }
}
