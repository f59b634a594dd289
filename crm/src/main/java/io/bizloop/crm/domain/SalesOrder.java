package io.bizloop.crm.domain;

import static io.bizloop.core.RejectionCode.CREDIT_LIMIT;
import static io.bizloop.core.RejectionCode.INVALID_STATE;
import static io.bizloop.core.RejectionCode.UNKNOWN_REFERENCE;

import io.bizloop.core.CreditNoteId;
import io.bizloop.core.CustomerId;
import io.bizloop.core.EventId;
import io.bizloop.core.InvoiceId;
import io.bizloop.core.LineAmounts;
import io.bizloop.core.Lists;
import io.bizloop.core.Money;
import io.bizloop.core.Outcome;
import io.bizloop.core.Quantity;
import io.bizloop.core.ReturnId;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.ShipmentId;
import io.bizloop.core.Sku;
import io.bizloop.core.WarehouseId;
import io.bizloop.core.event.BusinessEvent;
import io.bizloop.core.event.CreditNoteIssued;
import io.bizloop.core.event.ReturnAccepted;
import io.bizloop.core.event.RevenueRecognised;
import io.bizloop.core.event.SalesOrderCancelled;
import io.bizloop.core.event.SalesOrderConfirmed;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer's sales order: lines of sku, quantity and unit price, and what became of them.
 *
 * <p>Invariants: at least one line, one per sku; each line's net and VAT are fixed at
 * confirmation ({@link io.bizloop.core.LineAmounts#of}) and every later part of it (a shipment's
 * or invoice's revenue, a return's credit) is its share by the part-of-a-whole rule, so the
 * parts always add up to the line; status DRAFT → CONFIRMED → PARTIALLY_SHIPPED → SHIPPED, or
 * CANCELLED while nothing is shipped; returns do not change the status. Rejections:
 * {@code INVALID_STATE}, {@code UNKNOWN_REFERENCE} (a sku not on the order).
 */
public final class SalesOrder {

  /** The event-id kind of an order's {@link SalesOrderConfirmed}. */
  public static final String CONFIRMED = "order-confirmed";

  /** The event-id kind of revenue recognised on a whole order (ORDER_CONFIRMATION). */
  public static final String ORDER_REVENUE = "order-revenue";

  /** The event-id kind of revenue recognised on a shipment (SHIPMENT). */
  public static final String SHIPMENT_REVENUE = "shipment-revenue";

  /** The event-id kind of revenue recognised on an invoice (INVOICE). */
  public static final String INVOICE_REVENUE = "invoice-revenue";

  /** The event-id kind of an order's {@link SalesOrderCancelled}. */
  public static final String CANCELLED = "order-cancelled";

  /** The event-id kind of a {@link ReturnAccepted}. */
  public static final String RETURN_ACCEPTED = "return-accepted";

  /** The event-id kind of a {@link CreditNoteIssued}. */
  public static final String CREDIT_NOTE = "credit-note";

  /**
   * The stored state.
   *
   * @param id the order
   * @param customer who ordered
   * @param warehouse the warehouse it must be filled from, or {@code null} for any
   * @param status where it stands
   * @param lines its lines, in the order given
   * @param placedOn business date of placement
   * @param confirmedOn business date of confirmation, or {@code null}
   * @param lastActivityOn the latest business date anything happened to it
   * @param invoices invoices issued so far
   * @param returns returns accepted so far
   * @param creditNotes credit notes issued so far
   * @param version optimistic-locking version
   */
  public record Snapshot(
      SalesOrderId id,
      CustomerId customer,
      WarehouseId warehouse,
      SalesOrderStatus status,
      List<OrderLine> lines,
      LocalDate placedOn,
      LocalDate confirmedOn,
      LocalDate lastActivityOn,
      int invoices,
      int returns,
      int creditNotes,
      long version) {
    /**
     * Checks the required parts.
     *
     * @param id its id
     * @param customer the customer
     * @param warehouse the warehouse it must be filled from
     * @param status where it stands
     * @param lines its lines, in the order given
     * @param placedOn the business date it was placed
     * @param confirmedOn the business date it was confirmed
     * @param lastActivityOn the latest business date anything happened to it
     * @param invoices the invoices
     * @param returns the returns
     * @param creditNotes the credit notes
     * @param version the optimistic-locking version it was loaded with
     * @throws NullPointerException when a required part is missing
     */
    public Snapshot {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(customer, "customer");
      Objects.requireNonNull(status, "status");
      lines = List.copyOf(lines);
      if (lines.isEmpty()) {
        throw new IllegalArgumentException("an order needs a line");
      }
      Objects.requireNonNull(placedOn, "placedOn");
      Objects.requireNonNull(lastActivityOn, "lastActivityOn");
    }

    /**
     * This state with another version.
     *
     * @param next the version
     * @return a copy with it
     */
    public Snapshot withVersion(long next) {
      return new Snapshot(
          id, customer, warehouse, status, lines, placedOn, confirmedOn, lastActivityOn, invoices, returns,
          creditNotes, next);
    }
  }

  private final SalesOrderId id;
  private final CustomerId customer;
  private final WarehouseId warehouse;
  private SalesOrderStatus status;
  /** The snapshot's unmodifiable lines until the first change ({@link #ownLines}), then this order's own copy. */
  private List<OrderLine> lines;
  private final LocalDate placedOn;
  private LocalDate confirmedOn;
  private LocalDate lastActivityOn;
  private int invoices;
  private int returns;
  private int creditNotes;
  private final long version;

  private SalesOrder(Snapshot s) {
    id = s.id();
    customer = s.customer();
    warehouse = s.warehouse();
    status = s.status();
    lines = s.lines();
    placedOn = s.placedOn();
    confirmedOn = s.confirmedOn();
    lastActivityOn = s.lastActivityOn();
    invoices = s.invoices();
    returns = s.returns();
    creditNotes = s.creditNotes();
    version = s.version();
  }

  /**
   * A new draft order.
   *
   * @param id its id
   * @param customer who orders
   * @param warehouse the warehouse it must be filled from, or {@code null} for any
   * @param lines its lines, at least one, distinct skus
   * @param date business date of placement
   * @return the order
   * @throws IllegalArgumentException when a sku appears twice (a bug in the caller)
   */
  public static SalesOrder place(
      SalesOrderId id, CustomerId customer, WarehouseId warehouse, List<OrderLine> lines, LocalDate date) {
    if (!Sku.allDistinct(lines, OrderLine::sku)) {
      throw new IllegalArgumentException("the same sku twice on order " + id);
    }
    return new SalesOrder(
        new Snapshot(id, customer, warehouse, SalesOrderStatus.DRAFT, lines, date, null, date, 0, 0, 0, 0));
  }

  /**
   * Rebuilds it from stored state.
   *
   * @param snapshot what was stored
   * @return the aggregate
   */
  public static SalesOrder restore(Snapshot snapshot) {
    return new SalesOrder(snapshot);
  }

  /**
   * Its state, to store.
   *
   * @return the snapshot
   */
  public Snapshot snapshot() {
    return new Snapshot(
        id, customer, warehouse, status, lines, placedOn, confirmedOn, lastActivityOn, invoices, returns, creditNotes,
        version);
  }

  /**
   * The state as a repository stores it on a successful save: {@link #snapshot()} with the
   * version + 1, built once (for an adapter that keeps snapshots, so the invariants are checked
   * once per save rather than twice).
   *
   * @return the snapshot of the next version
   */
  public Snapshot nextSnapshot() {
    return new Snapshot(
        id, customer, warehouse, status, lines, placedOn, confirmedOn, lastActivityOn, invoices, returns, creditNotes,
        version + 1);
  }

  /**
   * DRAFT → CONFIRMED: fixes each line's net and VAT; publishes {@link SalesOrderConfirmed}
   * (event id {@code order-confirmed:<order>}) and, under ORDER_CONFIRMATION, {@link RevenueRecognised}
   * for the whole order (document = the order, event id {@code order-revenue:<order>}).
   *
   * @param settings the company settings (prices incl. VAT, recognition point, currency)
   * @param date business date
   * @return done with the events; INVALID_STATE when not DRAFT
   */
  public Outcome<Void> confirm(CrmSettings settings, LocalDate date) {
    return confirm(settings, new CreditExposure(customer, null, Money.zero(settings.currency())), date);
  }

  /**
   * DRAFT → CONFIRMED within the customer's credit limit: as {@link #confirm(CrmSettings, LocalDate)},
   * refused with {@code CREDIT_LIMIT} (after {@code INVALID_STATE}) when the customer has a limit and
   * its exposure + this order's gross (its lines' net + VAT as confirmation fixes them) exceeds it.
   *
   * @param settings the company settings (prices incl. VAT, recognition point, currency)
   * @param exposure the customer's exposure and limit just before
   * @param date business date
   * @return done with the events; INVALID_STATE when not DRAFT, CREDIT_LIMIT beyond the limit
   */
  public Outcome<Void> confirm(CrmSettings settings, CreditExposure exposure, LocalDate date) {
    if (status != SalesOrderStatus.DRAFT) {
      return Outcome.rejected(INVALID_STATE, "order " + id + " is " + status + ", only a DRAFT order can be confirmed");
    }
    if (exposure.limit().isPresent()) {
      Money gross = Money.zero(settings.currency());
      for (OrderLine line : lines) {
        gross = gross.plus(line.amountsOr(settings.pricesIncludeVat()).gross());
      }
      if (!exposure.allows(gross)) {
        return Outcome.rejected(
            CREDIT_LIMIT,
            "order " + id + " of " + gross.toPlainString() + " would take customer " + customer + "'s exposure "
                + exposure.exposure().toPlainString() + " beyond its credit limit "
                + exposure.limit().get().toPlainString());
      }
    }
    SalesOrderConfirmed.Line[] confirmedLines = new SalesOrderConfirmed.Line[lines.size()];
    LineAmounts total = LineAmounts.zero(settings.currency());
    for (int i = 0; i < lines.size(); i++) {
      OrderLine line = lines.get(i);
      LineAmounts fixed = line.amountsOr(settings.pricesIncludeVat());
      line = line.withAmounts(fixed);
      if (settings.recognition() == RevenueRecognition.ORDER_CONFIRMATION) {
        line = line.withRecognised(fixed);
      }
      ownLines().set(i, line);
      total = total.plus(fixed);
      confirmedLines[i] = new SalesOrderConfirmed.Line(line.sku(), line.ordered(), fixed);
    }
    status = SalesOrderStatus.CONFIRMED;
    confirmedOn = date;
    touch(date);
    // unmodifiable from the start (one or two elements: no array), which the event keeps as it is
    SalesOrderConfirmed confirmed =
        new SalesOrderConfirmed(EventId.of(CONFIRMED, id), date, id, customer, warehouse, List.of(confirmedLines));
    if (settings.recognition() == RevenueRecognition.ORDER_CONFIRMATION && !total.isZero()) {
      return Outcome.done(List.of(
          confirmed, new RevenueRecognised(EventId.of(ORDER_REVENUE, id), date, id, id, customer, total)));
    }
    return Outcome.done(List.of(confirmed));
  }

  /**
   * DRAFT, or CONFIRMED with nothing shipped → CANCELLED; publishes {@link SalesOrderCancelled}
   * (event id {@code order-cancelled:<order>}). Revenue recognised at confirmation is reversed by
   * accounting, so it no longer counts here either.
   *
   * @param date business date
   * @return done with the event; INVALID_STATE otherwise
   */
  public Outcome<Void> cancel(LocalDate date) {
    if (status != SalesOrderStatus.DRAFT && status != SalesOrderStatus.CONFIRMED) {
      return Outcome.rejected(
          INVALID_STATE, "order " + id + " is " + status + ", only a DRAFT or unshipped CONFIRMED order can be cancelled");
    }
    boolean wasConfirmed = status == SalesOrderStatus.CONFIRMED;
    ownLines().replaceAll(OrderLine::withRecognisedReset);
    status = SalesOrderStatus.CANCELLED;
    touch(date);
    return Outcome.done(
        List.of(new SalesOrderCancelled(EventId.of(CANCELLED, id), date, id, customer, wasConfirmed)));
  }

  /**
   * Invoices the order and numbers the invoice ({@code <order>/I<n>}) under every policy. Under
   * INVOICE recognition: per line q = shipped − invoiced, revenue the share of the line's
   * not-yet-recognised amounts for q of its not-yet-invoiced quantity, summed into one
   * {@link RevenueRecognised} (document = the invoice, event id {@code invoice-revenue:<number>},
   * left out when it is zero); nothing shipped and not yet invoiced is {@code INVALID_STATE}.
   * Under the other policies the invoice is numbered and nothing is recognised.
   *
   * @param recognition the company's recognition point
   * @param date business date
   * @return the invoice's id with its event; INVALID_STATE for a draft or cancelled order
   */
  public Outcome<InvoiceId> invoice(RevenueRecognition recognition, LocalDate date) {
    if (status == SalesOrderStatus.DRAFT || status == SalesOrderStatus.CANCELLED) {
      return Outcome.rejected(INVALID_STATE, "order " + id + " is " + status + " and cannot be invoiced");
    }
    if (recognition != RevenueRecognition.INVOICE) {
      invoices++;
      return Outcome.accepted(InvoiceId.of(id, invoices));
    }
    boolean any = false;
    for (OrderLine l : lines) {
      if (l.shipped().isGreaterThan(l.invoiced())) {
        any = true;
        break;
      }
    }
    if (!any) {
      return Outcome.rejected(INVALID_STATE, "order " + id + " has nothing shipped and not yet invoiced");
    }
    LineAmounts total = LineAmounts.zero(currency());
    for (int i = 0; i < lines.size(); i++) {
      OrderLine line = lines.get(i);
      Quantity q = line.shipped().minus(line.invoiced());
      if (!q.isPositive()) {
        continue;
      }
      LineAmounts part = line.shareToRecognise(q, line.ordered().minus(line.invoiced()));
      ownLines().set(i, line.withInvoiced(q).withRecognised(part));
      total = total.plus(part);
    }
    invoices++;
    touch(date);
    InvoiceId invoice = InvoiceId.of(id, invoices);
    if (total.isZero()) {
      return Outcome.accepted(invoice);
    }
    return Outcome.accepted(
        invoice,
        List.of(new RevenueRecognised(EventId.of(INVOICE_REVENUE, invoice), date, invoice, id, customer, total)));
  }

  /**
   * Records goods that left for this order (quantities and costs per sku): status
   * PARTIALLY_SHIPPED or SHIPPED; under SHIPMENT recognition, one {@link RevenueRecognised}
   * (document = the shipment, event id {@code shipment-revenue:<number>}) with, per line, the
   * share of the not-yet-recognised amounts for the shipped q of the not-yet-shipped quantity.
   *
   * @param shipment the shipment's id
   * @param quantities what shipped per sku, positive
   * @param costs the issue cost per sku
   * @param recognition the company's recognition point
   * @param date business date
   * @return done with the revenue event, if any; INVALID_STATE for a draft or cancelled order,
   *     UNKNOWN_REFERENCE for a sku not on the order
   */
  public Outcome<Void> recordShipment(
      ShipmentId shipment, Map<Sku, BigDecimal> quantities, Map<Sku, Money> costs, RevenueRecognition recognition,
      LocalDate date) {
    if (status == SalesOrderStatus.DRAFT || status == SalesOrderStatus.CANCELLED) {
      return Outcome.rejected(INVALID_STATE, "order " + id + " is " + status + " and cannot ship");
    }
    for (Sku sku : quantities.keySet()) {
      if (line(sku).isEmpty()) {
        return Outcome.rejected(UNKNOWN_REFERENCE, "sku " + sku + " is not on order " + id);
      }
    }
    LineAmounts total = LineAmounts.zero(currency());
    for (int i = 0; i < lines.size(); i++) {
      OrderLine line = lines.get(i);
      BigDecimal value = quantities.get(line.sku());
      if (value == null) {
        continue;
      }
      Quantity q = line.quantity(value);
      Money cost = costs.getOrDefault(line.sku(), Money.zero(currency()));
      if (recognition == RevenueRecognition.SHIPMENT) {
        LineAmounts part = line.shareToRecognise(q, line.ordered().minus(line.shipped()));
        line = line.withRecognised(part);
        total = total.plus(part);
      }
      ownLines().set(i, line.withShipment(q, cost));
    }
    boolean all = true;
    for (OrderLine l : lines) {
      if (l.shipped().isLessThan(l.ordered())) {
        all = false;
        break;
      }
    }
    status = all ? SalesOrderStatus.SHIPPED : SalesOrderStatus.PARTIALLY_SHIPPED;
    touch(date);
    if (recognition != RevenueRecognition.SHIPMENT || total.isZero()) {
      return Outcome.done();
    }
    return Outcome.done(
        List.of(new RevenueRecognised(EventId.of(SHIPMENT_REVENUE, shipment), date, shipment, id, customer, total)));
  }

  /**
   * Accepts goods back (quantities per sku, distinct): each q at most min(shipped, recognised
   * quantity) − returned ({@code INVALID_STATE}); a sku not on the order is
   * {@code UNKNOWN_REFERENCE}. Credit per line = the share of (recognised − credited) for q of
   * (recognised quantity − returned). Publishes {@link ReturnAccepted} (return
   * {@code <order>/R<n>}, event id {@code return-accepted:<number>}) and, when the credit is not
   * zero, {@link CreditNoteIssued} (credit note {@code <order>/CN<m>}, event id
   * {@code credit-note:<number>}).
   *
   * @param quantities what comes back per sku, positive
   * @param to the warehouse the goods go back to, or {@code null} for the one they shipped from
   * @param recognition the company's recognition point
   * @param date business date
   * @return the return's id and the credit note's, if one was issued, with their events
   */
  public Outcome<AcceptedReturn> acceptReturn(
      Map<Sku, BigDecimal> quantities, WarehouseId to, RevenueRecognition recognition, LocalDate date) {
    for (Sku sku : quantities.keySet()) {
      if (line(sku).isEmpty()) {
        return Outcome.rejected(UNKNOWN_REFERENCE, "sku " + sku + " is not on order " + id);
      }
    }
    if (status == SalesOrderStatus.DRAFT || status == SalesOrderStatus.CANCELLED) {
      return Outcome.rejected(INVALID_STATE, "order " + id + " is " + status + ": nothing was shipped to return");
    }
    for (Map.Entry<Sku, BigDecimal> asked : quantities.entrySet()) {
      OrderLine line = line(asked.getKey()).orElseThrow();
      Quantity returnable = line.returnable(recognition);
      if (line.quantity(asked.getValue()).isGreaterThan(returnable)) {
        return Outcome.rejected(
            INVALID_STATE,
            "order " + id + " line " + line.sku() + ": cannot return " + asked.getValue().toPlainString()
                + ", returnable " + returnable.toPlainString());
      }
    }
    LineAmounts credit = LineAmounts.zero(currency());
    List<ReturnAccepted.Line> returned = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      OrderLine line = lines.get(i);
      BigDecimal value = quantities.get(line.sku());
      if (value == null) {
        continue;
      }
      Quantity q = line.quantity(value);
      Quantity remaining = line.recognisedQuantity(recognition).minus(line.returned());
      LineAmounts part = line.recognised().minus(line.credited()).share(q, remaining);
      ownLines().set(i, line.withReturn(q, part));
      credit = credit.plus(part);
      returned.add(new ReturnAccepted.Line(line.sku(), q));
    }
    returns++;
    touch(date);
    ReturnId returnId = ReturnId.of(id, returns);
    List<BusinessEvent> events = new ArrayList<>();
    events.add(new ReturnAccepted(EventId.of(RETURN_ACCEPTED, returnId), date, returnId, id, customer, to, returned));
    Optional<CreditNoteId> issued = Optional.empty();
    if (!credit.isZero()) {
      creditNotes++;
      CreditNoteId note = CreditNoteId.of(id, creditNotes);
      issued = Optional.of(note);
      events.add(new CreditNoteIssued(EventId.of(CREDIT_NOTE, note), date, note, id, customer, credit));
    }
    return Outcome.accepted(new AcceptedReturn(returnId, issued), events);
  }

  /**
   * Records the cost at which returned goods re-entered stock; skus not on the order are ignored.
   *
   * @param costs the cost per sku
   * @param date business date
   */
  public void recordReturnedCost(Map<Sku, Money> costs, LocalDate date) {
    for (int i = 0; i < lines.size(); i++) {
      Money cost = costs.get(lines.get(i).sku());
      if (cost != null) {
        ownLines().set(i, lines.get(i).withReturnedCost(cost));
      }
    }
    touch(date);
  }

  private void touch(LocalDate date) {
    if (date.isAfter(lastActivityOn)) {
      lastActivityOn = date;
    }
  }

  private java.util.Currency currency() {
    return lines.get(0).currency();
  }

  /**
   * The line of a sku.
   *
   * @param sku the product
   * @return its line, or empty when it is not on the order
   */
  public Optional<OrderLine> line(Sku sku) {
    for (OrderLine l : lines) {
      if (l.sku().equals(sku)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  /**
   * Quantities per sku in line order, for building commands and views.
   *
   * @return what was ordered per sku
   */
  public Map<Sku, Quantity> ordered() {
    Map<Sku, Quantity> result = new LinkedHashMap<>();
    lines.forEach(l -> result.put(l.sku(), l.ordered()));
    return result;
  }

  /**
   * Net recognised less net credited, over all lines.
   *
   * @return the net revenue, zero or positive
   */
  public Money netRevenue() {
    Money total = Money.zero(currency());
    for (OrderLine line : lines) {
      total = total.plus(line.recognised().net()).minus(line.credited().net());
    }
    return total;
  }

  /**
   * The gross (net + VAT) not yet recognised as revenue: for a confirmed, not cancelled order, the
   * whole order's fixed gross less the recognised shares (zero under ORDER_CONFIRMATION); zero for
   * a draft or a cancelled order. Part of the customer's credit exposure.
   *
   * @return the unrecognised gross, zero or positive
   */
  public Money unrecognisedGross() {
    Money total = Money.zero(currency());
    if (status == SalesOrderStatus.DRAFT || status == SalesOrderStatus.CANCELLED) {
      return total;
    }
    for (OrderLine line : lines) {
      if (line.amounts() != null) {
        total = total.plus(line.amounts().gross()).minus(line.recognised().gross());
      }
    }
    return total;
  }

  /**
   * Shipped cost less returned cost, over all lines.
   *
   * @return the net cost of goods, zero or positive
   */
  public Money netCost() {
    Money total = Money.zero(currency());
    for (OrderLine line : lines) {
      total = total.plus(line.shippedCost()).minus(line.returnedCost());
    }
    return total;
  }

  /**
   * Its id.
   *
   * @return its id
   */
  public SalesOrderId id() {
    return id;
  }

  /**
   * The customer.
   *
   * @return the customer
   */
  public CustomerId customer() {
    return customer;
  }

  /**
   * The warehouse it must be filled from.
   *
   * @return the warehouse it must be filled from, or empty
   */
  public Optional<WarehouseId> warehouse() {
    return Optional.ofNullable(warehouse);
  }

  /**
   * Where it stands.
   *
   * @return where it stands
   */
  public SalesOrderStatus status() {
    return status;
  }

  private List<OrderLine> ownLines() {
    return lines = Lists.writable(lines);
  }

  /**
   * Its lines, in the order given.
   *
   * @return its lines, in the order given
   */
  public List<OrderLine> lines() {
    return List.copyOf(lines);
  }

  /**
   * The business date it was placed.
   *
   * @return the business date it was placed
   */
  public LocalDate placedOn() {
    return placedOn;
  }

  /**
   * The business date it was confirmed.
   *
   * @return the business date it was confirmed, or empty
   */
  public Optional<LocalDate> confirmedOn() {
    return Optional.ofNullable(confirmedOn);
  }

  /**
   * The latest business date anything happened to it.
   *
   * @return the latest business date anything happened to it
   */
  public LocalDate lastActivityOn() {
    return lastActivityOn;
  }

  /**
   * The optimistic-locking version it was loaded with.
   *
   * @return the optimistic-locking version it was loaded with
   */
  public long version() {
    return version;
  }
}
