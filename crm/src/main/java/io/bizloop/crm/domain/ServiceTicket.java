package io.bizloop.crm.domain;

import static io.bizloop.core.RejectionCode.INVALID_STATE;

import io.bizloop.core.AgentId;
import io.bizloop.core.CustomerId;
import io.bizloop.core.Outcome;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.TicketId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer's service request, optionally about an order, needing a skill, due by its priority's SLA.
 *
 * <p>Invariants (design.md 16): at most one assignee while open; a resolved ticket takes no notes
 * and cannot be resolved again ({@code INVALID_STATE}); an unassigned ticket may be resolved.
 */
public final class ServiceTicket {

  /**
   * The stored state.
   *
   * @param id the ticket
   * @param customer who asked
   * @param subject what about
   * @param skill canonical skill needed, or {@code null} for any agent
   * @param order the order it is about, or {@code null}
   * @param priority how urgent
   * @param openedOn business date opened
   * @param dueOn openedOn + the priority's SLA days
   * @param status open or resolved
   * @param assignee the agent working on it, or {@code null} while waiting
   * @param notes progress notes, oldest first
   * @param resolvedOn business date resolved, or {@code null}
   * @param version optimistic-locking version
   */
  public record Snapshot(
      TicketId id,
      CustomerId customer,
      String subject,
      String skill,
      SalesOrderId order,
      Priority priority,
      LocalDate openedOn,
      LocalDate dueOn,
      TicketStatus status,
      AgentId assignee,
      List<ProgressNote> notes,
      LocalDate resolvedOn,
      long version) {
    /**
     * Checks the required parts.
     *
     * @param id its id
     * @param customer the customer
     * @param subject what it is about
     * @param skill the canonical skill it needs
     * @param order the sales order
     * @param priority how urgent it is
     * @param openedOn the business date it was opened
     * @param dueOn the SLA due date
     * @param status where it stands
     * @param assignee the agent working on it
     * @param notes its progress notes, oldest first
     * @param resolvedOn the business date it was resolved
     * @param version the optimistic-locking version it was loaded with
     * @throws NullPointerException when a required part is missing
     */
    public Snapshot {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(customer, "customer");
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(priority, "priority");
      Objects.requireNonNull(openedOn, "openedOn");
      Objects.requireNonNull(dueOn, "dueOn");
      Objects.requireNonNull(status, "status");
      notes = List.copyOf(notes);
    }

    /**
     * This state with another version.
     *
     * @param next the version
     * @return a copy with it
     */
    public Snapshot withVersion(long next) {
      return new Snapshot(
          id, customer, subject, skill, order, priority, openedOn, dueOn, status, assignee, notes, resolvedOn, next);
    }
  }

  private final TicketId id;
  private final CustomerId customer;
  private final String subject;
  private final String skill;
  private final SalesOrderId order;
  private final Priority priority;
  private final LocalDate openedOn;
  private final LocalDate dueOn;
  private TicketStatus status;
  private AgentId assignee;
  private final List<ProgressNote> notes;
  private LocalDate resolvedOn;
  private final long version;

  private ServiceTicket(Snapshot s) {
    id = s.id();
    customer = s.customer();
    subject = s.subject();
    skill = s.skill();
    order = s.order();
    priority = s.priority();
    openedOn = s.openedOn();
    dueOn = s.dueOn();
    status = s.status();
    assignee = s.assignee();
    notes = new ArrayList<>(s.notes());
    resolvedOn = s.resolvedOn();
    version = s.version();
  }

  /**
   * A new open, unassigned ticket due after its priority's SLA.
   *
   * @param id its id
   * @param customer who asks
   * @param subject what about
   * @param skill the skill needed (any spelling), or {@code null}/blank for none
   * @param order the order it is about, or {@code null}
   * @param priority how urgent, or {@code null} for NORMAL
   * @param date business date of opening
   * @return the ticket
   */
  public static ServiceTicket open(
      TicketId id, CustomerId customer, String subject, String skill, SalesOrderId order, Priority priority,
      LocalDate date) {
    Priority p = priority == null ? Priority.NORMAL : priority;
    return new ServiceTicket(
        new Snapshot(
            id, customer, subject, Skills.canonical(skill), order, p, date, date.plusDays(p.slaDays()),
            TicketStatus.OPEN, null, List.of(), null, 0));
  }

  /**
   * Rebuilds it from stored state.
   *
   * @param snapshot what was stored
   * @return the aggregate
   */
  public static ServiceTicket restore(Snapshot snapshot) {
    return new ServiceTicket(snapshot);
  }

  /**
   * Its state, to store.
   *
   * @return the snapshot
   */
  public Snapshot snapshot() {
    return new Snapshot(
        id, customer, subject, skill, order, priority, openedOn, dueOn, status, assignee, notes, resolvedOn, version);
  }

  /**
   * Gives the open, waiting ticket to {@code agent}.
   *
   * @param agent the agent that takes it
   * @return done; INVALID_STATE when the ticket is resolved or already has an assignee
   */
  public Outcome<Void> assignTo(AgentId agent) {
    Objects.requireNonNull(agent, "agent");
    if (!waiting()) {
      return Outcome.rejected(INVALID_STATE, "ticket " + id + " is not waiting for an agent");
    }
    assignee = agent;
    return Outcome.done();
  }

  /**
   * Adds a progress note.
   *
   * @param text what was done
   * @param date business date
   * @return done; INVALID_STATE when resolved
   */
  public Outcome<Void> addNote(String text, LocalDate date) {
    if (status == TicketStatus.RESOLVED) {
      return Outcome.rejected(INVALID_STATE, "ticket " + id + " is already resolved");
    }
    notes.add(new ProgressNote(text, date));
    return Outcome.done();
  }

  /**
   * OPEN → RESOLVED (an unassigned ticket too).
   *
   * @param date business date
   * @return done; INVALID_STATE when already resolved
   */
  public Outcome<Void> resolve(LocalDate date) {
    if (status == TicketStatus.RESOLVED) {
      return Outcome.rejected(INVALID_STATE, "ticket " + id + " is already resolved");
    }
    status = TicketStatus.RESOLVED;
    resolvedOn = date;
    return Outcome.done();
  }

  /**
   * Whether it is open and without an assignee.
   *
   * @return true while it waits for an agent
   */
  public boolean waiting() {
    return status == TicketStatus.OPEN && assignee == null;
  }

  /**
   * Its id.
   *
   * @return its id
   */
  public TicketId id() {
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
   * What it is about.
   *
   * @return what it is about
   */
  public String subject() {
    return subject;
  }

  /**
   * The canonical skill it needs.
   *
   * @return the canonical skill it needs, or empty
   */
  public Optional<String> skill() {
    return Optional.ofNullable(skill);
  }

  /**
   * The sales order.
   *
   * @return the sales order, or empty
   */
  public Optional<SalesOrderId> order() {
    return Optional.ofNullable(order);
  }

  /**
   * How urgent it is.
   *
   * @return how urgent it is
   */
  public Priority priority() {
    return priority;
  }

  /**
   * The business date it was opened.
   *
   * @return the business date it was opened
   */
  public LocalDate openedOn() {
    return openedOn;
  }

  /**
   * The SLA due date.
   *
   * @return the SLA due date
   */
  public LocalDate dueOn() {
    return dueOn;
  }

  /**
   * Where it stands.
   *
   * @return where it stands
   */
  public TicketStatus status() {
    return status;
  }

  /**
   * The agent working on it.
   *
   * @return the agent working on it, or empty
   */
  public Optional<AgentId> assignee() {
    return Optional.ofNullable(assignee);
  }

  /**
   * Its progress notes, oldest first.
   *
   * @return its progress notes, oldest first
   */
  public List<ProgressNote> notes() {
    return List.copyOf(notes);
  }

  /**
   * The business date it was resolved.
   *
   * @return the business date it was resolved, or empty
   */
  public Optional<LocalDate> resolvedOn() {
    return Optional.ofNullable(resolvedOn);
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
