package io.bizloop.crm.domain;

import io.bizloop.core.AgentId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A service agent with skills.
 *
 * <p>Invariants: skills are canonical ({@link Skills#canonical}); {@code lastAssignment} is the
 * global assignment sequence number of the latest ticket it got (0 = never), and only grows.
 */
public final class Agent {

  /**
   * The stored state.
   *
   * @param id the agent
   * @param name optional
   * @param skills canonical skill names
   * @param registeredOn business date
   * @param lastAssignment the global sequence number of its latest assignment, 0 for never
   * @param version optimistic-locking version
   */
  public record Snapshot(
      AgentId id, String name, Set<String> skills, LocalDate registeredOn, long lastAssignment, long version) {
    /**
     * Checks the required parts.
     *
     * @param id its id
     * @param name its name
     * @param skills its canonical skills
     * @param registeredOn the business date it was registered
     * @param lastAssignment the global sequence number of its latest assignment, 0 for never
     * @param version the optimistic-locking version it was loaded with
     * @throws NullPointerException when a required part is missing
     */
    public Snapshot {
      Objects.requireNonNull(id, "id");
      skills = Set.copyOf(skills);
      Objects.requireNonNull(registeredOn, "registeredOn");
    }

    /**
     * This state with another version.
     *
     * @param next the version
     * @return a copy with it
     */
    public Snapshot withVersion(long next) {
      return new Snapshot(id, name, skills, registeredOn, lastAssignment, next);
    }
  }

  private final AgentId id;
  private final String name;
  private final Set<String> skills;
  private final LocalDate registeredOn;
  private long lastAssignment;
  private final long version;

  private Agent(Snapshot s) {
    id = s.id();
    name = s.name();
    skills = s.skills();
    registeredOn = s.registeredOn();
    lastAssignment = s.lastAssignment();
    version = s.version();
  }

  /**
   * A new agent without assignments.
   *
   * @param id its id
   * @param name its name, or {@code null}
   * @param skills its skills, in any spelling (kept canonical; blanks dropped)
   * @param date business date
   * @return the agent
   */
  public static Agent register(AgentId id, String name, Set<String> skills, LocalDate date) {
    Set<String> canonical =
        skills.stream().map(Skills::canonical).filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
    return new Agent(new Snapshot(id, name, canonical, date, 0, 0));
  }

  /**
   * Rebuilds it from stored state.
   *
   * @param snapshot what was stored
   * @return the aggregate
   */
  public static Agent restore(Snapshot snapshot) {
    return new Agent(snapshot);
  }

  /**
   * Its state, to store.
   *
   * @return the snapshot
   */
  public Snapshot snapshot() {
    return new Snapshot(id, name, skills, registeredOn, lastAssignment, version);
  }

  /**
   * Whether it may take a ticket needing {@code skill} (every agent may take one that needs none).
   *
   * @param skill the skill needed, or {@code null} for none
   * @return true when it has the skill or none is needed
   */
  public boolean canHandle(String skill) {
    String wanted = Skills.canonical(skill);
    return wanted == null || skills.contains(wanted);
  }

  /**
   * Notes that it got the ticket with global assignment number {@code sequence}.
   *
   * @param sequence the next number of the global assignment sequence
   * @throws IllegalArgumentException when the number does not grow (a bug in the caller)
   */
  public void assigned(long sequence) {
    if (sequence <= lastAssignment) {
      throw new IllegalArgumentException("assignment numbers only grow");
    }
    lastAssignment = sequence;
  }

  /**
   * Its id.
   *
   * @return its id
   */
  public AgentId id() {
    return id;
  }

  /**
   * Its name.
   *
   * @return its name, or empty
   */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /**
   * Its canonical skills.
   *
   * @return its canonical skills
   */
  public Set<String> skills() {
    return skills;
  }

  /**
   * The global sequence number of its latest assignment, 0 for never.
   *
   * @return the global sequence number of its latest assignment, 0 for never
   */
  public long lastAssignment() {
    return lastAssignment;
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
