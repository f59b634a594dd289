package io.bizloop.crm.application;

import io.bizloop.core.CustomerId;
import io.bizloop.core.Money;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.bus.SynchronousEventBus;
import io.bizloop.core.event.GoodsReturned;
import io.bizloop.core.event.GoodsShipped;
import io.bizloop.core.event.PaymentReceived;
import io.bizloop.core.memory.InMemoryUnitOfWork;
import io.bizloop.core.port.CommandValidator;
import io.bizloop.core.port.UnitOfWork;
import io.bizloop.crm.domain.CrmSettings;
import io.bizloop.crm.domain.Customer;
import io.bizloop.crm.domain.Funnel;
import io.bizloop.crm.domain.Lead;
import io.bizloop.crm.domain.Opportunity;
import io.bizloop.crm.domain.OrderLine;
import io.bizloop.crm.domain.Pipeline;
import io.bizloop.crm.domain.SalesOrder;
import io.bizloop.crm.domain.SalesOrderStatus;
import io.bizloop.crm.domain.ServiceTicket;
import io.bizloop.crm.domain.Valuation;
import io.bizloop.crm.memory.InMemoryAgents;
import io.bizloop.crm.memory.InMemoryCustomers;
import io.bizloop.crm.memory.InMemoryLeads;
import io.bizloop.crm.memory.InMemoryOpportunities;
import io.bizloop.crm.memory.InMemorySalesOrders;
import io.bizloop.crm.memory.InMemoryTickets;
import io.bizloop.crm.port.Agents;
import io.bizloop.crm.port.Catalog;
import io.bizloop.crm.port.Customers;
import io.bizloop.crm.port.Leads;
import io.bizloop.crm.port.Opportunities;
import io.bizloop.crm.port.Receivables;
import io.bizloop.crm.port.SalesOrders;
import io.bizloop.crm.port.StockAvailability;
import io.bizloop.crm.port.Tickets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The front office: customers, leads, opportunities and the funnel, sales orders, service tickets
 * and customer value. One accessor per use case ({@code crm.placeSalesOrder().handle(cmd)}) and the
 * queries. Subscribes, as consumer {@code "crm"}, to GoodsShipped (order progress, revenue at
 * shipment, cost of goods), GoodsReturned (returned cost) and PaymentReceived (payments).
 */
public final class Crm {

  /** The consumer name of crm's event policies on the bus. */
  public static final String CONSUMER = "crm";

  private final CrmContext ctx;
  private final RegisterCustomer registerCustomer;
  private final ReassignOwner reassignOwner;
  private final UpdateProfile updateProfile;
  private final RecordActivity recordActivity;
  private final CaptureLead captureLead;
  private final QualifyLead qualifyLead;
  private final DisqualifyLead disqualifyLead;
  private final ConvertLead convertLead;
  private final OpenOpportunity openOpportunity;
  private final AdvanceOpportunity advanceOpportunity;
  private final WinOpportunity winOpportunity;
  private final LoseOpportunity loseOpportunity;
  private final OverrideProbability overrideProbability;
  private final PlaceSalesOrder placeSalesOrder;
  private final ConfirmOrder confirmOrder;
  private final CancelOrder cancelOrder;
  private final InvoiceOrder invoiceOrder;
  private final ReturnGoods returnGoods;
  private final RegisterAgent registerAgent;
  private final OpenTicket openTicket;
  private final AddProgressNote addProgressNote;
  private final ResolveTicket resolveTicket;

  private Crm(CrmContext ctx) {
    this.ctx = ctx;
    registerCustomer = new RegisterCustomer(ctx);
    reassignOwner = new ReassignOwner(ctx);
    updateProfile = new UpdateProfile(ctx);
    recordActivity = new RecordActivity(ctx);
    captureLead = new CaptureLead(ctx);
    qualifyLead = new QualifyLead(ctx);
    disqualifyLead = new DisqualifyLead(ctx);
    convertLead = new ConvertLead(ctx);
    openOpportunity = new OpenOpportunity(ctx);
    advanceOpportunity = new AdvanceOpportunity(ctx);
    winOpportunity = new WinOpportunity(ctx);
    loseOpportunity = new LoseOpportunity(ctx);
    overrideProbability = new OverrideProbability(ctx);
    placeSalesOrder = new PlaceSalesOrder(ctx);
    confirmOrder = new ConfirmOrder(ctx);
    cancelOrder = new CancelOrder(ctx);
    invoiceOrder = new InvoiceOrder(ctx);
    returnGoods = new ReturnGoods(ctx);
    registerAgent = new RegisterAgent(ctx);
    openTicket = new OpenTicket(ctx);
    addProgressNote = new AddProgressNote(ctx);
    resolveTicket = new ResolveTicket(ctx);
  }

  /** Wires crm over the host's ports with the standard pipeline and no service cost per ticket. */
  public static Crm install(
      SynchronousEventBus bus, UnitOfWork unitOfWork, CommandValidator validator, CrmSettings settings,
      Catalog catalog, StockAvailability availability, Receivables receivables, Customers customers, Leads leads,
      Opportunities opportunities, SalesOrders orders, Tickets tickets, Agents agents) {
    return install(
        bus, unitOfWork, validator, settings, catalog, availability, receivables, customers, leads, opportunities,
        orders, tickets, agents, Pipeline.standard(), Money.zero(settings.currency()));
  }

  /**
   * Wires crm over the host's ports with a configured pipeline and the service cost per ticket
   * used by the lifetime value; subscribes its policies on {@code bus} as consumer {@value #CONSUMER}.
   */
  public static Crm install(
      SynchronousEventBus bus, UnitOfWork unitOfWork, CommandValidator validator, CrmSettings settings,
      Catalog catalog, StockAvailability availability, Receivables receivables, Customers customers, Leads leads,
      Opportunities opportunities, SalesOrders orders, Tickets tickets, Agents agents, Pipeline pipeline,
      Money serviceCostPerTicket) {
    CrmContext ctx =
        new CrmContext(
            bus, unitOfWork, validator, settings, pipeline, serviceCostPerTicket, catalog, availability, receivables,
            customers, leads, opportunities, orders, tickets, agents);
    RecordShipment shipment = new RecordShipment(ctx);
    RecordReturnedGoods returned = new RecordReturnedGoods(ctx);
    RecordPayment payment = new RecordPayment(ctx);
    bus.subscribe(CONSUMER, GoodsShipped.class, shipment::on);
    bus.subscribe(CONSUMER, GoodsReturned.class, returned::on);
    bus.subscribe(CONSUMER, PaymentReceived.class, payment::on);
    return new Crm(ctx);
  }

  /** Wires crm with in-memory repositories bound to {@code unitOfWork}. */
  public static Crm inMemory(
      SynchronousEventBus bus, InMemoryUnitOfWork unitOfWork, CommandValidator validator, CrmSettings settings,
      Catalog catalog, StockAvailability availability, Receivables receivables) {
    return install(
        bus, unitOfWork, validator, settings, catalog, availability, receivables, new InMemoryCustomers(unitOfWork),
        new InMemoryLeads(unitOfWork), new InMemoryOpportunities(unitOfWork), new InMemorySalesOrders(unitOfWork),
        new InMemoryTickets(unitOfWork), new InMemoryAgents(unitOfWork));
  }

  // --- use cases -----------------------------------------------------------------------------

  public RegisterCustomer registerCustomer() {
    return registerCustomer;
  }

  public ReassignOwner reassignOwner() {
    return reassignOwner;
  }

  public UpdateProfile updateProfile() {
    return updateProfile;
  }

  public RecordActivity recordActivity() {
    return recordActivity;
  }

  public CaptureLead captureLead() {
    return captureLead;
  }

  public QualifyLead qualifyLead() {
    return qualifyLead;
  }

  public DisqualifyLead disqualifyLead() {
    return disqualifyLead;
  }

  public ConvertLead convertLead() {
    return convertLead;
  }

  public OpenOpportunity openOpportunity() {
    return openOpportunity;
  }

  public AdvanceOpportunity advanceOpportunity() {
    return advanceOpportunity;
  }

  public WinOpportunity winOpportunity() {
    return winOpportunity;
  }

  public LoseOpportunity loseOpportunity() {
    return loseOpportunity;
  }

  public OverrideProbability overrideProbability() {
    return overrideProbability;
  }

  public PlaceSalesOrder placeSalesOrder() {
    return placeSalesOrder;
  }

  public ConfirmOrder confirmOrder() {
    return confirmOrder;
  }

  public CancelOrder cancelOrder() {
    return cancelOrder;
  }

  public InvoiceOrder invoiceOrder() {
    return invoiceOrder;
  }

  public ReturnGoods returnGoods() {
    return returnGoods;
  }

  public RegisterAgent registerAgent() {
    return registerAgent;
  }

  public OpenTicket openTicket() {
    return openTicket;
  }

  public AddProgressNote addProgressNote() {
    return addProgressNote;
  }

  public ResolveTicket resolveTicket() {
    return resolveTicket;
  }

  // --- queries -------------------------------------------------------------------------------

  public boolean hasCustomer(CustomerId customer) {
    return ctx.customers().exists(customer);
  }

  /** All customers, in registration order. */
  public List<CustomerView> customers() {
    return ctx.customers().all().stream()
        .map(c -> new CustomerView(c.id(), c.name(), c.industry().orElse(null), c.size().orElse(null), c.tags(),
            c.owner().orElse(null), c.activities()))
        .toList();
  }

  public Optional<SalesOrderView> order(SalesOrderId id) {
    return ctx.orders().find(id).map(this::view);
  }

  /** All sales orders, in placement order. */
  public List<SalesOrderView> orders() {
    return ctx.orders().all().stream().map(this::view).toList();
  }

  /** What could be promised for each line of an order now. */
  public Optional<List<Availability>> availability(SalesOrderId id) {
    return ctx.orders().find(id).map(o -> ConfirmOrder.availability(ctx, o));
  }

  private SalesOrderView view(SalesOrder order) {
    List<SalesOrderView.Line> lines = new ArrayList<>();
    for (OrderLine line : order.lines()) {
      var amounts = line.amountsOr(ctx.settings().pricesIncludeVat());
      lines.add(
          new SalesOrderView.Line(
              line.sku(), line.ordered(), line.shipped(), line.returned(), line.invoiced(), amounts.net(),
              amounts.vat()));
    }
    return new SalesOrderView(order.id(), order.customer(), order.warehouse().orElse(null), order.status(), lines);
  }

  /** All leads, in capture order. */
  public List<LeadView> leads() {
    return ctx.leads().all().stream().map(Crm::view).toList();
  }

  private static LeadView view(Lead lead) {
    return new LeadView(
        lead.id(), lead.status(), lead.customer().orElse(null), lead.opportunity().orElse(null), lead.name(),
        lead.source().orElse(null));
  }

  /** All opportunities, in opening order. */
  public List<OpportunityView> opportunities() {
    return ctx.opportunities().all().stream()
        .map(
            o -> new OpportunityView(
                o.id(), o.customer(), o.stage(), o.status(), o.amount(), o.probability(ctx.pipeline()),
                o.weighted(ctx.pipeline())))
        .toList();
  }

  /** The funnel (see {@link Funnel} for every figure's rule). */
  public Funnel funnel() {
    return Funnel.of(ctx.pipeline(), ctx.opportunities().all(), ctx.settings().currency());
  }

  /** All tickets, in opening order. */
  public List<TicketView> tickets() {
    return ctx.tickets().all().stream()
        .map(
            t -> new TicketView(
                t.id(), t.assignee().orElse(null), t.status(), t.customer(), t.skill().orElse(null), t.priority(),
                t.dueOn()))
        .toList();
  }

  /**
   * Every customer's value, in registration order, valued as of the latest business date crm has
   * seen (see {@link Valuation} for the lifetime value and RFM rules).
   */
  public List<CustomerValue> customerValues() {
    List<Customer> customers = ctx.customers().all();
    List<SalesOrder> orders = ctx.orders().all();
    List<ServiceTicket> tickets = ctx.tickets().all();
    LocalDate asOf = null;
    for (SalesOrder order : orders) {
      asOf = later(asOf, order.lastActivityOn());
    }
    for (Customer customer : customers) {
      asOf = later(asOf, customer.lastPaymentOn().orElse(null));
      asOf = later(asOf, customer.registeredOn());
    }
    Money zero = Money.zero(ctx.settings().currency());
    Map<CustomerId, Money> revenue = new HashMap<>();
    Map<CustomerId, Money> cogs = new HashMap<>();
    Map<CustomerId, Integer> purchases = new HashMap<>();
    Map<CustomerId, LocalDate> first = new HashMap<>();
    Map<CustomerId, LocalDate> last = new HashMap<>();
    for (SalesOrder order : orders) {
      CustomerId id = order.customer();
      revenue.merge(id, order.netRevenue(), Money::plus);
      cogs.merge(id, order.netCost(), Money::plus);
      if (order.status() != SalesOrderStatus.CANCELLED && order.confirmedOn().isPresent()) {
        LocalDate on = order.confirmedOn().get();
        purchases.merge(id, 1, Integer::sum);
        first.merge(id, on, (a, b) -> a.isBefore(b) ? a : b);
        last.merge(id, on, (a, b) -> a.isAfter(b) ? a : b);
      }
    }
    Map<CustomerId, Integer> ticketCount = new HashMap<>();
    tickets.forEach(t -> ticketCount.merge(t.customer(), 1, Integer::sum));
    Money totalRevenue = zero;
    int withRevenue = 0;
    for (Money r : revenue.values()) {
      if (r.isPositive()) {
        totalRevenue = totalRevenue.plus(r);
        withRevenue++;
      }
    }
    Money average = withRevenue == 0 ? null : totalRevenue.share(java.math.BigDecimal.ONE, java.math.BigDecimal.valueOf(withRevenue));
    List<CustomerValue> values = new ArrayList<>();
    for (Customer customer : customers) {
      CustomerId id = customer.id();
      Money rev = revenue.getOrDefault(id, zero);
      Money cost = cogs.getOrDefault(id, zero);
      Money margin = rev.minus(cost);
      int bought = purchases.getOrDefault(id, 0);
      LocalDate lastPurchase = later(last.get(id), customer.lastPaymentOn().orElse(null));
      values.add(
          new CustomerValue(
              id, rev, cost, margin, ctx.receivables().openReceivable(id),
              Valuation.lifetimeValue(
                  rev, margin, first.get(id), asOf, bought, ticketCount.getOrDefault(id, 0),
                  ctx.serviceCostPerTicket()),
              Valuation.segment(lastPurchase, asOf, bought, rev, average)));
    }
    return values;
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
  }
}
