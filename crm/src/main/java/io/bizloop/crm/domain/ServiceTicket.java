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

  public static ServiceTicket open(
      TicketId id, CustomerId customer, String subject, String skill, SalesOrderId order, Priority priority,
      LocalDate date) {
    Priority p = priority == null ? Priority.NORMAL : priority;
    return new ServiceTicket(
        new Snapshot(
            id, customer, subject, Skills.canonical(skill), order, p, date, date.plusDays(p.slaDays()),
            TicketStatus.OPEN, null, List.of(), null, 0));
  }

  public static ServiceTicket restore(Snapshot snapshot) {
    return new ServiceTicket(snapshot);
  }

  public Snapshot snapshot() {
    return new Snapshot(
        id, customer, subject, skill, order, priority, openedOn, dueOn, status, assignee, notes, resolvedOn, version);
  }

  /** Gives the open, waiting ticket to {@code agent}. */
  public void assignTo(AgentId agent) {
    if (status != TicketStatus.OPEN || assignee != null) {
      throw new IllegalStateException("ticket " + id + " is not waiting");
    }
    assignee = Objects.requireNonNull(agent, "agent");
  }

  public Outcome<Void> addNote(String text, LocalDate date) {
    if (status == TicketStatus.RESOLVED) {
      return Outcome.rejected(INVALID_STATE, "ticket " + id + " is already resolved");
    }
    notes.add(new ProgressNote(text, date));
    return Outcome.done();
  }

  public Outcome<Void> resolve(LocalDate date) {
    if (status == TicketStatus.RESOLVED) {
      return Outcome.rejected(INVALID_STATE, "ticket " + id + " is already resolved");
    }
    status = TicketStatus.RESOLVED;
    resolvedOn = date;
    return Outcome.done();
  }

  /** Open and without an assignee. */
  public boolean waiting() {
    return status == TicketStatus.OPEN && assignee == null;
  }

  public TicketId id() {
    return id;
  }

  public CustomerId customer() {
    return customer;
  }

  public String subject() {
    return subject;
  }

  public Optional<String> skill() {
    return Optional.ofNullable(skill);
  }

  public Optional<SalesOrderId> order() {
    return Optional.ofNullable(order);
  }

  public Priority priority() {
    return priority;
  }

  public LocalDate openedOn() {
    return openedOn;
  }

  public LocalDate dueOn() {
    return dueOn;
  }

  public TicketStatus status() {
    return status;
  }

  public Optional<AgentId> assignee() {
    return Optional.ofNullable(assignee);
  }

  public List<ProgressNote> notes() {
    return List.copyOf(notes);
  }

  public Optional<LocalDate> resolvedOn() {
    return Optional.ofNullable(resolvedOn);
  }

  public long version() {
    return version;
  }
}
