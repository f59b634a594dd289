package io.bizloop.crm.application;

import io.bizloop.core.AgentId;
import io.bizloop.core.CustomerId;
import io.bizloop.core.InvoiceId;
import io.bizloop.core.OpportunityId;
import io.bizloop.core.Outcome;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.TicketId;
import io.bizloop.core.event.BusinessEvent;
import io.bizloop.core.event.GoodsReturned;
import io.bizloop.core.event.GoodsShipped;
import io.bizloop.core.event.PaymentReceived;
import io.bizloop.core.port.CommandRunner;
import io.bizloop.core.port.EventSubscriptions;
import io.bizloop.core.port.HostPorts;
import io.bizloop.crm.domain.AcceptedReturn;
import io.bizloop.crm.domain.CreditExposure;
import io.bizloop.crm.domain.CrmSettings;
import io.bizloop.crm.domain.Funnel;
import io.bizloop.crm.port.CrmPorts;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The front office, the crm module's entry: customers, leads, opportunities and the funnel, sales
 * orders, service tickets and customer value.
 *
 * <p>{@link #install} wires it over the host's ports. Each command method runs its use case
 * through the host's {@link CommandRunner} (validator, unit of work, retry of a CONFLICT), e.g.
 * {@code crm.placeSalesOrder(PlaceSalesOrder.Command.of(so, roma, day).line(chair, "35", "90.00"))};
 * the read methods are those of {@link CrmQueries} ({@link #queries()}). crm subscribes, as
 * consumer {@value #CONSUMER}, to GoodsShipped ({@link RecordShipment}), GoodsReturned
 * ({@link RecordReturnedGoods}) and PaymentReceived ({@link RecordPayment}).
 */
public final class Crm {

  /** The consumer name of crm's event policies. */
  public static final String CONSUMER = "crm";

  private final CommandRunner runner;
  private final io.bizloop.core.port.UnitOfWork unitOfWork;
  private final CrmQueries queries;
  private final RegisterCustomer registerCustomer;
  private final SetCreditLimit setCreditLimit;
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

  private Crm(HostPorts host, CrmSettings settings, CrmPorts p) {
    this.unitOfWork = host.unitOfWork();
    runner = host.runner();
    queries = CrmQueries.over(settings, p);
    registerCustomer = new RegisterCustomer(p.customers(), host.publisher(), settings);
    reassignOwner = new ReassignOwner(p.customers());
    updateProfile = new UpdateProfile(p.customers());
    recordActivity = new RecordActivity(p.customers());
    captureLead = new CaptureLead(p.leads(), p.customers());
    qualifyLead = new QualifyLead(p.leads());
    disqualifyLead = new DisqualifyLead(p.leads());
    convertLead = new ConvertLead(p.leads(), p.customers(), p.opportunities(), host.publisher(), p.pipeline(), settings);
    openOpportunity = new OpenOpportunity(p.opportunities(), p.customers(), p.pipeline(), settings);
    advanceOpportunity = new AdvanceOpportunity(p.opportunities(), p.pipeline());
    winOpportunity = new WinOpportunity(p.opportunities(), p.orders());
    loseOpportunity = new LoseOpportunity(p.opportunities());
    overrideProbability = new OverrideProbability(p.opportunities());
    placeSalesOrder = new PlaceSalesOrder(p.orders(), p.customers(), p.catalog(), settings);
    confirmOrder =
        new ConfirmOrder(
            p.orders(), p.customers(), p.receivables(), p.catalog(), p.availability(), host.publisher(), settings);
    setCreditLimit = new SetCreditLimit(p.customers(), settings);
    cancelOrder = new CancelOrder(p.orders(), host.publisher());
    invoiceOrder = new InvoiceOrder(p.orders(), host.publisher(), settings);
    returnGoods = new ReturnGoods(p.orders(), p.catalog(), host.publisher(), settings);
    registerAgent = new RegisterAgent(p.agents(), p.tickets());
    openTicket = new OpenTicket(p.tickets(), p.customers(), p.orders(), p.agents());
    addProgressNote = new AddProgressNote(p.tickets());
    resolveTicket = new ResolveTicket(p.tickets());
  }

  /**
   * Wires crm over the host's ports and subscribes its policies on {@code host.subscriptions()}
   * as consumer {@value #CONSUMER}, each run through the host's runner.
   *
   * @param host how events are published and subscribed, the unit of work and the validator
   * @param settings the company settings crm works with
   * @param ports crm's repositories, the cross-context ports, the pipeline and the service cost
   * @return the front office
   */
  public static Crm install(HostPorts host, CrmSettings settings, CrmPorts ports) {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(ports, "ports");
    CommandRunner runner = host.runner();
    RecordShipment shipment = new RecordShipment(ports.orders(), host.publisher(), settings);
    RecordReturnedGoods returned = new RecordReturnedGoods(ports.orders());
    RecordPayment payment = new RecordPayment(ports.customers());
    EventSubscriptions subscriptions = host.subscriptions();
    on(subscriptions, runner, GoodsShipped.class, shipment::on);
    on(subscriptions, runner, GoodsReturned.class, returned::on);
    on(subscriptions, runner, PaymentReceived.class, payment::on);
    return new Crm(host, settings, ports);
  }

  /** Subscribes {@code policy} (one function for all events, not one per event) through {@code runner}. */
  private static <E extends BusinessEvent> void on(
      EventSubscriptions subscriptions, CommandRunner runner, Class<E> type, Function<? super E, Outcome<Void>> policy) {
    subscriptions.subscribe(CONSUMER, type, event -> runner.react(event, policy));
  }

  // --- commands ------------------------------------------------------------------------------

  /**
   * Registers a customer (see {@link RegisterCustomer} for its rules and rejections), in a unit of work through the host's
   * runner.
   *
   * @param command the command
   * @return the use case's answer; INVALID_INPUT for a missing or invalid command
   */
  public Outcome<CustomerId> registerCustomer(RegisterCustomer.Command command) {
    return runner.run(command, registerCustomer);
  }

  /**
   * Sets or removes a customer's credit limit (see {@link SetCreditLimit} for its rules and
   * rejections), in a unit of work through the host's runner.
   *
   * @param command the command, e.g. {@code SetCreditLimit.Command.of(roma, "5000.00", day)}
   * @return the use case's answer; INVALID_INPUT for a missing or invalid command
   */
  public Outcome<Void> setCreditLimit(SetCreditLimit.Command command) {
    return runner.run(command, setCreditLimit);
  }

  /**
   * Hands a customer to another salesperson (see {@link ReassignOwner} for its rules and rejections), in a unit of work through the host's
   * runner.
   *
   * @param command the command
   * @return the use case's answer; INVALID_INPUT for a missing or invalid command
   */
  public Outcome<Void> reassignOwner(ReassignOwner.Command command) {
    return runner.run(command, reassignOwner);
  }

  /**
   * Updates a customer's profile (see {@link UpdateProfile} for its rules and rejections), in a unit of work through the host's
   * runner.
   *
   * @param command the command
   * @return the use case's answer; INVALID_INPUT for a missing or invalid command
   */
  public Outcome<Void> updateProfile(UpdateProfile.Command command) {
    return runner.run(command, updateProfile);
  }

  /**
   * Adds a follow-up to a customer's history (see {@link RecordActivity} for its rules and rejections), in a unit of work through the host's
   * runner.
   *
   * @param command the command
   * @return the use case's answer; INVALID_INPUT for a missing or invalid command
   */
  public Outcome<Void> recordActivity(RecordActivity.Command command) {
    return runner.run(command, recordActivity);
  }

  /**
   * Captures a lead (see {@link CaptureLead} for its rules and rejections), in a unit of work through the host's
   * runner.
   *
   * @param command the command
   * @return the use case's answer; INVALID_INPUT for a missing or invalid command
   */
  public Outcome<List<PossibleDuplicate>> captureLead(CaptureLead.Command command) {
    return runner.run(command, captureLead);
  }

  /**
   * Qualifies a lead (see {@link QualifyLead} for its rules and rejections), in a unit of work through the host's
   * runner.
   *
   * @param command the command
   * @return the use case's answer; INVALID_INPUT for a missing or invalid command
   */
  public Outcome<Void> qualifyLead(QualifyLead.Command command) {
    return runner.run(command, qualifyLead);
  }

  /**
   * Disqualifies a lead (see {@link DisqualifyLead} for its rules and rejections), in a unit of work through the host's
   * runner.
   *
   * @param command the command
   * @return the use case's answer; INVALID_INPUT for a missing or invalid command
   */
  public Outcome<Void> disqualifyLead(DisqualifyLead.Command command) {
    return runner.run(command, disqualifyLead);
  }

  /**
   * Converts a lead into a customer and an opportunity (see {@link ConvertLead} for its rules and rejections), in a unit of work through the host's
   * runner.
   *
   * @param command the command
   * @return the use case's answer; INVALID_INPUT for a missing or invalid command
   */
  public Outcome<ConvertLead.Converted> convertLead(ConvertLead.Command command) {
    return runner.run(command, convertLead);
  }

  /**
   * Opens an opportunity (see {@link OpenOpportunity} for its rules and rejections), in a unit of work through the host's
   * runner.
   *
   * @param command the command
   * @return the use case's answer; INVALID_INPUT for a missing or invalid command
   */
  public Outcome<OpportunityId> openOpportunity(OpenOpportunity.Command command) {
    return runner.run(command, openOpportunity);
  }

  /**
   * Moves an opportunity to another open stage (see {@link AdvanceOpportunity} for its rules and rejections), in a unit of work through the host's
   * runner.
   *
   * @param command the command
   * @return the use case's answer; INVALID_INPUT for a missing or invalid command
   */
  public Outcome<Void> advanceOpportunity(AdvanceOpportunity.Command command) {
    return runner.run(command, advanceOpportunity);
  }

  /**
   * Closes an opportunity as won (see {@link WinOpportunity} for its rules and rejections), in a unit of work through the host's
   * runner.
   *
   * @param command the command
   * @return the use case's answer; INVALID_INPUT for a missing or invalid command
   */
  public Outcome<Void> winOpportunity(WinOpportunity.Command command) {
    return runner.run(command, winOpportunity);
  }

  /**
   * Closes an opportunity as lost (see {@link LoseOpportunity} for its rules and rejections), in a unit of work through the host's
   * runner.
   *
   * @param command the command
   * @return the use case's answer; INVALID_INPUT for a missing or invalid command
   */
  public Outcome<Void> loseOpportunity(LoseOpportunity.Command command) {
    return runner.run(command, loseOpportunity);
  }

  /**
   * Overrides or clears an opportunity's probability (see {@link OverrideProbability} for its rules and rejections), in a unit of work through the host's
   * runner.
   *
   * @param command the command
   * @return the use case's answer; INVALID_INPUT for a missing or invalid command
   */
  public Outcome<Void> overrideProbability(OverrideProbability.Command command) {
    return runner.run(command, overrideProbability);
  }

  /**
   * Places a draft sales order (see {@link PlaceSalesOrder} for its rules and rejections), in a unit of work through the host's
   * runner.
   *
   * @param command the command
   * @return the use case's answer; INVALID_INPUT for a missing or invalid command
   */
  public Outcome<SalesOrderId> placeSalesOrder(PlaceSalesOrder.Command command) {
    return runner.run(command, placeSalesOrder);
  }

  /**
   * Confirms a draft order (see {@link ConfirmOrder} for its rules and rejections), in a unit of work through the host's
   * runner.
   *
   * @param command the command
   * @return the use case's answer; INVALID_INPUT for a missing or invalid command
   */
  public Outcome<List<Availability>> confirmOrder(ConfirmOrder.Command command) {
    return runner.run(command, confirmOrder);
  }

  /**
   * Cancels an order (see {@link CancelOrder} for its rules and rejections), in a unit of work through the host's
   * runner.
   *
   * @param command the command
   * @return the use case's answer; INVALID_INPUT for a missing or invalid command
   */
  public Outcome<Void> cancelOrder(CancelOrder.Command command) {
    return runner.run(command, cancelOrder);
  }

  /**
   * Invoices an order (see {@link InvoiceOrder} for its rules and rejections), in a unit of work through the host's
   * runner.
   *
   * @param command the command
   * @return the use case's answer; INVALID_INPUT for a missing or invalid command
   */
  public Outcome<InvoiceId> invoiceOrder(InvoiceOrder.Command command) {
    return runner.run(command, invoiceOrder);
  }

  /**
   * Accepts goods a customer sends back (see {@link ReturnGoods} for its rules and rejections), in a unit of work through the host's
   * runner.
   *
   * @param command the command
   * @return the use case's answer; INVALID_INPUT for a missing or invalid command
   */
  public Outcome<AcceptedReturn> returnGoods(ReturnGoods.Command command) {
    return runner.run(command, returnGoods);
  }

  /**
   * Registers a service agent (see {@link RegisterAgent} for its rules and rejections), in a unit of work through the host's
   * runner.
   *
   * @param command the command
   * @return the use case's answer; INVALID_INPUT for a missing or invalid command
   */
  public Outcome<List<TicketId>> registerAgent(RegisterAgent.Command command) {
    return runner.run(command, registerAgent);
  }

  /**
   * Opens and dispatches a service ticket (see {@link OpenTicket} for its rules and rejections), in a unit of work through the host's
   * runner.
   *
   * @param command the command
   * @return the use case's answer; INVALID_INPUT for a missing or invalid command
   */
  public Outcome<AgentId> openTicket(OpenTicket.Command command) {
    return runner.run(command, openTicket);
  }

  /**
   * Adds a progress note to a ticket (see {@link AddProgressNote} for its rules and rejections), in a unit of work through the host's
   * runner.
   *
   * @param command the command
   * @return the use case's answer; INVALID_INPUT for a missing or invalid command
   */
  public Outcome<Void> addProgressNote(AddProgressNote.Command command) {
    return runner.run(command, addProgressNote);
  }

  /**
   * Resolves a ticket (see {@link ResolveTicket} for its rules and rejections), in a unit of work through the host's
   * runner.
   *
   * @param command the command
   * @return the use case's answer; INVALID_INPUT for a missing or invalid command
   */
  public Outcome<Void> resolveTicket(ResolveTicket.Command command) {
    return runner.run(command, resolveTicket);
  }

  // --- queries -------------------------------------------------------------------------------

  /**
   * The read side of crm.
   *
   * @return the queries
   */
  public CrmQueries queries() {
    return queries;
  }

  /**
   * Whether a customer exists.
   *
   * @param customer its id
   * @return true when it was registered
   */
  public boolean hasCustomer(CustomerId customer) {
    return unitOfWork.read(() -> queries.hasCustomer(customer));
  }

  /**
   * All customers.
   *
   * @return one view per customer, in registration order
   */
  public List<CustomerView> customers() {
    return unitOfWork.read(() -> queries.customers());
  }

  /**
   * One sales order.
   *
   * @param id the order
   * @return its view, or empty when it does not exist
   */
  public Optional<SalesOrderView> order(SalesOrderId id) {
    return unitOfWork.read(() -> queries.order(id));
  }

  /**
   * All sales orders.
   *
   * @return one view per order, in placement order
   */
  public List<SalesOrderView> orders() {
    return unitOfWork.read(() -> queries.orders());
  }

  /**
   * What could be promised for each line of an order now.
   *
   * @param id the order
   * @return one entry per line, or empty when the order does not exist
   */
  public Optional<List<Availability>> availability(SalesOrderId id) {
    return unitOfWork.read(() -> queries.availability(id));
  }

  /**
   * A customer's credit exposure against its limit, as sales sees it before confirming (beside
   * {@link #availability}).
   *
   * @param customer the customer
   * @return its limit, exposure and headroom, or empty when the customer does not exist
   */
  public Optional<CreditExposure> creditExposure(CustomerId customer) {
    return unitOfWork.read(() -> queries.creditExposure(customer));
  }

  /**
   * Every customer's credit exposure.
   *
   * @return one per customer, in registration order
   */
  public List<CreditExposure> creditExposures() {
    return unitOfWork.read(() -> queries.creditExposures());
  }

  /**
   * All leads.
   *
   * @return one view per lead, in capture order
   */
  public List<LeadView> leads() {
    return unitOfWork.read(() -> queries.leads());
  }

  /**
   * All opportunities with their probabilities.
   *
   * @return one view per opportunity, in opening order
   */
  public List<OpportunityView> opportunities() {
    return unitOfWork.read(() -> queries.opportunities());
  }

  /**
   * The funnel now.
   *
   * @return the funnel (see {@link Funnel} for every figure's rule)
   */
  public Funnel funnel() {
    return unitOfWork.read(() -> queries.funnel());
  }

  /**
   * All tickets.
   *
   * @return one view per ticket, in opening order
   */
  public List<TicketView> tickets() {
    return unitOfWork.read(() -> queries.tickets());
  }

  /**
   * Every customer's value (see {@link CustomerValueQuery}).
   *
   * @return one value per customer, in registration order
   */
  public List<CustomerValue> customerValues() {
    return unitOfWork.read(() -> queries.customerValues());
  }
}
