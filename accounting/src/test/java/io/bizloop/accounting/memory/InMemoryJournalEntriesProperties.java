package io.bizloop.accounting.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.bizloop.accounting.domain.EntryKind;
import io.bizloop.accounting.domain.EntryStatus;
import io.bizloop.accounting.domain.JournalEntry;
import io.bizloop.accounting.domain.JournalLine;
import io.bizloop.core.AccountCode;
import io.bizloop.core.EventId;
import io.bizloop.core.Money;
import io.bizloop.core.Outcome;
import io.bizloop.core.RejectionCode;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.memory.InMemoryProcessedEvents;
import io.bizloop.core.memory.InMemoryUnitOfWork;
import io.bizloop.core.memory.TextKeyIndex;
import io.bizloop.core.testing.Minimiser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The journal kept as columns answers exactly what a map of snapshots would: random saves of new
 * entries (numbered in order, and out of order as a host may number them), updates with the same
 * lines (a reversal mark) and with other lines, stale saves, and units of work that are rolled
 * back, checked after every step against a plain model (entry by number, entries per order in
 * saved order, events). A failing sequence is shrunk by dropping one step at a time.
 */
class InMemoryJournalEntriesProperties {

  private static final Currency CNY = Currency.getInstance("CNY");
  private static final Currency USD = Currency.getInstance("USD");
  private static final AccountCode[] ACCOUNTS = {AccountCode.of("1002"), AccountCode.of("5602"), AccountCode.of("6001")};
  private static final SalesOrderId[] ORDERS = {SalesOrderId.of("SO-1"), SalesOrderId.of("SO-2"), SalesOrderId.of("SO-3")};

  @Test
  void theColumnsAnswerAsAMapOfSnapshotsWould() {
    qt().withExamples(300)
        .withShrinkCycles(0)
        .forAll(lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(1, 60))
        .checkAssert(
            seeds -> {
              Optional<String> failure = run(seeds);
              if (failure.isPresent()) {
                List<Integer> minimal = Minimiser.minimise(seeds, s -> run(s).isPresent());
                fail(failure.get() + "\nshortest failing sequence of seeds: " + minimal + "\nfails with: " + run(minimal).orElse("?"));
              }
            });
  }

  @Test
  void aManualEntryKeepsItsDefaultSourceAndAnEntryItsLinesAndCurrencies() {
    InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
    InMemoryJournalEntries journal = new InMemoryJournalEntries(unitOfWork);
    JournalEntry.Snapshot manual = entry(1, "JE-1", null, null, List.of(
        JournalLine.debit(ACCOUNTS[0], new Money(100, CNY)), JournalLine.credit(ACCOUNTS[1], new Money(100, CNY))), 1);
    JournalEntry.Snapshot other = entry(2, "JE-7", EventId.of("e-1"), ORDERS[0], List.of(
        JournalLine.debit(ACCOUNTS[0], new Money(5, USD)), JournalLine.credit(ACCOUNTS[1], new Money(5, USD)),
        JournalLine.debit(ACCOUNTS[2], new Money(Long.MAX_VALUE, CNY)), JournalLine.credit(ACCOUNTS[1], new Money(Long.MAX_VALUE, CNY))), 1);
    assertThat(journal.save(JournalEntry.restore(previous(manual))).isAccepted()).isTrue();
    assertThat(journal.save(JournalEntry.restore(previous(other))).isAccepted()).isTrue();
    assertThat(journal.find(1L).orElseThrow().snapshot()).isEqualTo(manual);
    assertThat(journal.find(2L).orElseThrow().snapshot()).isEqualTo(other);
    assertThat(journal.ofOrder(ORDERS[0])).extracting(e -> e.snapshot()).containsExactly(other);
    assertThat(journal.containsEvent(EventId.of("e-1"))).isTrue();
    JournalEntry.Snapshot leadingZero = entry(3, "JE-03", null, null, manual.lines(), 1);
    assertThat(journal.save(JournalEntry.restore(previous(leadingZero))).isAccepted()).isTrue();
    assertThat(journal.find(3L).orElseThrow().snapshot()).isEqualTo(leadingZero);
    assertThat(journal.find(4L)).isEmpty();
  }

  /**
   * Runs the steps the seeds give; the first disagreement with the model, or empty. The journal
   * shares its index of events with an inbox, as in the in-memory loop (journal column 1, inbox
   * column 0), whose marks the units make among the saves.
   */
  private static Optional<String> run(List<Integer> seeds) {
    InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
    TextKeyIndex events = new TextKeyIndex(0, 2);
    InMemoryJournalEntries journal = new InMemoryJournalEntries(unitOfWork, events, 1);
    InMemoryProcessedEvents inbox = new InMemoryProcessedEvents(unitOfWork, events, 0);
    Model model = new Model();
    for (int step = 0; step < seeds.size(); step++) {
      Random random = new Random(seeds.get(step));
      boolean rollBack = random.nextInt(4) == 0;
      int saves = 1 + random.nextInt(3);
      Model tried = model.copy();
      Outcome<Void> unit =
          unitOfWork.execute(
              () -> {
                for (int s = 0; s < saves; s++) {
                  markOne(inbox, tried, random);
                  Outcome<Void> saved = saveOne(journal, tried, random);
                  if (saved.isRejected()) {
                    return saved;
                  }
                }
                return rollBack ? Outcome.rejected(RejectionCode.CONFLICT, "rolled back on purpose") : Outcome.done();
              });
      if (unit.isAccepted()) {
        model = tried;
      }
      Model now = model;
      Optional<String> differs = differs(journal, now).or(() -> marksDiffer(unitOfWork, inbox, now));
      if (differs.isPresent()) {
        return Optional.of("after step " + (step + 1) + " (" + (unit.isAccepted() ? "kept" : "rolled back") + "): " + differs.get());
      }
    }
    return Optional.empty();
  }

  /** The inbox's marks against the model's, read by marking every pair in a unit that is rolled back. */
  private static Optional<String> marksDiffer(InMemoryUnitOfWork unitOfWork, InMemoryProcessedEvents inbox, Model model) {
    List<String> wrong = new ArrayList<>();
    unitOfWork.execute(
        () -> {
          for (String consumer : List.of("accounting", "crm")) {
            for (int e = 0; e < 8; e++) {
              EventId event = event(e);
              boolean marked = model.marks.contains(consumer + "|" + event);
              if (inbox.markProcessed(consumer, event) == marked) {
                wrong.add(consumer + "|" + event + (marked ? " is not marked" : " is marked"));
              }
            }
          }
          return Outcome.rejected(RejectionCode.CONFLICT, "only reading");
        });
    return wrong.isEmpty() ? Optional.empty() : Optional.of("the inbox differs from the model: " + wrong);
  }

  /** Marks an event for a consumer in the inbox, as the random picks (sometimes none), and checks it is new exactly when the model says so. */
  private static void markOne(InMemoryProcessedEvents inbox, Model model, Random random) {
    if (random.nextBoolean()) {
      return;
    }
    String consumer = random.nextBoolean() ? "accounting" : "crm";
    EventId event = event(random.nextInt(8));
    boolean expected = model.marks.add(consumer + "|" + event);
    if (inbox.markProcessed(consumer, event) != expected) {
      throw new AssertionError("marking " + event + " for " + consumer + " answered " + !expected + ", the model " + expected);
    }
  }

  /** One save the random picks, made on the store and on the model; a refused save leaves the model as it was. */
  private static Outcome<Void> saveOne(InMemoryJournalEntries journal, Model model, Random random) {
    int what = random.nextInt(10);
    JournalEntry.Snapshot next;
    if (what < 5 || model.entries.isEmpty()) {
      long number = what == 0 ? model.highest() + 2 + random.nextInt(3) : model.highest() + 1; // sometimes out of order
      next = entry(number, random.nextBoolean() ? "JE-" + number : "SRC-" + random.nextInt(3),
          random.nextBoolean() ? event(random.nextInt(8)) : null,
          random.nextBoolean() ? ORDERS[random.nextInt(ORDERS.length)] : null, lines(random), 1);
    } else {
      List<Long> numbers = new ArrayList<>(model.entries.keySet());
      JournalEntry.Snapshot before = model.entries.get(numbers.get(random.nextInt(numbers.size())));
      long nextVersion = what == 9 ? before.version() : before.version() + 1; // a stale save now and then
      next = new JournalEntry.Snapshot(
          before.number(), before.date().plusDays(random.nextInt(2)), before.source(), before.memo() == null ? "'" : before.memo() + "'", before.eventId(),
          before.kind(), before.order(), what == 8 ? lines(random) : before.lines(), EntryStatus.POSTED, before.reversalOf(),
          random.nextBoolean() ? Long.valueOf(random.nextInt(9) + 1) : null, nextVersion);
    }
    Outcome<Void> saved = journal.save(JournalEntry.restore(previous(next)));
    boolean expected = model.accepts(next);
    if (saved.isAccepted() != expected) {
      throw new AssertionError("save of " + next + " was " + (saved.isAccepted() ? "accepted" : "refused: " + saved.rejection())
          + ", the model " + (expected ? "accepts it" : "refuses it"));
    }
    if (saved.isAccepted()) {
      model.save(next);
    }
    return saved;
  }

  private static Optional<String> differs(InMemoryJournalEntries journal, Model model) {
    List<JournalEntry.Snapshot> all = journal.all().stream().map(JournalEntry::snapshot).toList();
    if (!all.equals(new ArrayList<>(model.entries.values()))) {
      return Optional.of("all() is " + all + ", the model has " + model.entries.values());
    }
    List<JournalEntry.Snapshot> each = new ArrayList<>();
    journal.forEach(e -> each.add(e.snapshot()));
    if (!each.equals(all)) {
      return Optional.of("forEach gives " + each + ", all() " + all);
    }
    for (long number = 0; number <= model.highest() + 1; number++) {
      Optional<JournalEntry.Snapshot> found = journal.find(number).map(JournalEntry::snapshot);
      if (!found.equals(Optional.ofNullable(model.entries.get(number)))) {
        return Optional.of("entry " + number + " is " + found + ", the model has " + model.entries.get(number));
      }
    }
    for (SalesOrderId order : ORDERS) {
      List<JournalEntry.Snapshot> ofOrder = journal.ofOrder(order).stream().map(JournalEntry::snapshot).toList();
      List<JournalEntry.Snapshot> expected = model.ofOrder(order);
      if (!ofOrder.equals(expected)) {
        return Optional.of("entries of " + order + " are " + ofOrder + ", the model has " + expected);
      }
    }
    for (int e = 0; e < 8; e++) {
      EventId event = event(e);
      if (journal.containsEvent(event) != model.events.getOrDefault(event, 0) > 0) {
        return Optional.of("containsEvent(" + event + ") is " + journal.containsEvent(event));
      }
    }
    return Optional.empty();
  }

  private static List<JournalLine> lines(Random random) {
    Currency currency = random.nextInt(5) == 0 ? USD : CNY;
    long amount = random.nextInt(3) == 0 ? Long.MAX_VALUE - random.nextInt(2) : 1 + random.nextInt(1000);
    List<JournalLine> lines = new ArrayList<>();
    lines.add(JournalLine.debit(ACCOUNTS[random.nextInt(3)], new Money(amount, currency)));
    if (random.nextBoolean()) {
      lines.add(JournalLine.credit(ACCOUNTS[random.nextInt(3)], new Money(amount, currency)));
    } else {
      lines.add(JournalLine.credit(ACCOUNTS[random.nextInt(3)], new Money(amount - amount / 2, currency)));
      lines.add(JournalLine.credit(ACCOUNTS[random.nextInt(3)], new Money(amount / 2, currency)));
    }
    return List.copyOf(lines);
  }

  private static JournalEntry.Snapshot entry(
      long number, String source, EventId event, SalesOrderId order, List<JournalLine> lines, long version) {
    return new JournalEntry.Snapshot(
        number, LocalDate.of(2026, 1, 1).plusDays(number % 400), source, memo(number), event,
        event == null ? EntryKind.MANUAL : EntryKind.SHIPMENT, order, lines, EntryStatus.POSTED, null, null, version);
  }

  /** Event {@code e}: ids of Latin-1 text, and every third past it (kept apart by the journal). */
  private static EventId event(int e) {
    return EventId.of(e % 3 == 2 ? "事件-" + e : "e-" + e);
  }

  /**
   * A memo of each kind the packed row texts treat apart: plain, none, empty, Latin-1 past ASCII,
   * past Latin-1 (kept as a string), and longer than packs.
   */
  private static String memo(long number) {
    return switch ((int) (number % 6)) {
      case 0 -> "memo " + number;
      case 1 -> null;
      case 2 -> "";
      case 3 -> "reçu n° " + number;
      case 4 -> "备注 " + number;
      default -> "long memo " + number + " " + "x".repeat(RowTexts.LONGEST);
    };
  }

  /** The snapshot to save so that the store writes {@code next} (a save writes version + 1). */
  private static JournalEntry.Snapshot previous(JournalEntry.Snapshot next) {
    return new JournalEntry.Snapshot(
        next.number(), next.date(), next.source(), next.memo(), next.eventId(), next.kind(), next.order(), next.lines(),
        next.status(), next.reversalOf(), next.reversedBy(), next.version() - 1);
  }

  /** What the journal should hold: entries by number, in saved order per order, events counted. */
  private static final class Model {
    final TreeMap<Long, JournalEntry.Snapshot> entries = new TreeMap<>();
    final List<Long> savedOrder = new ArrayList<>();
    final Map<EventId, Integer> events = new HashMap<>();
    /** The (consumer, event) pairs the inbox sharing the journal's index of events has marked. */
    final java.util.Set<String> marks = new java.util.HashSet<>();

    Model copy() {
      Model copy = new Model();
      copy.entries.putAll(entries);
      copy.savedOrder.addAll(savedOrder);
      copy.events.putAll(events);
      copy.marks.addAll(marks);
      return copy;
    }

    long highest() {
      return entries.isEmpty() ? 0 : entries.lastKey();
    }

    boolean accepts(JournalEntry.Snapshot next) {
      JournalEntry.Snapshot current = entries.get(next.number());
      return next.version() == 1 ? current == null : current != null && current.version() == next.version() - 1;
    }

    void save(JournalEntry.Snapshot next) {
      if (next.version() == 1) {
        savedOrder.add(next.number());
        if (next.eventId() != null) {
          events.merge(next.eventId(), 1, Integer::sum);
        }
      }
      entries.put(next.number(), next);
    }

    List<JournalEntry.Snapshot> ofOrder(SalesOrderId order) {
      return savedOrder.stream().map(entries::get).filter(e -> order.equals(e.order())).toList();
    }
  }
}
