package io.bizloop.accounting.memory;

import static io.bizloop.core.RejectionCode.CONFLICT;

import io.bizloop.accounting.domain.EntryKind;
import io.bizloop.accounting.domain.EntryStatus;
import io.bizloop.accounting.domain.JournalEntry;
import io.bizloop.accounting.domain.JournalLine;
import io.bizloop.accounting.port.JournalEntries;
import io.bizloop.core.AccountCode;
import io.bizloop.core.EventId;
import io.bizloop.core.Money;
import io.bizloop.core.Outcome;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.memory.InMemoryUnitOfWork;
import io.bizloop.core.memory.TextKeyIndex;
import io.bizloop.core.memory.TxMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The journal in memory, kept as columns. Entries are numbered without gaps from 1, so entry
 * {@code n} is row {@code n - 1} of primitive and reference arrays (its date as an epoch day, its
 * lines as account, currency and signed minor units in line columns, its source and memo packed
 * as bytes by {@link RowTexts}, its event id as its key in the {@link TextKeyIndex} of events): a posted
 * entry costs the garbage collector no object of its own, where a snapshot with its lines, amounts,
 * texts and event id was fourteen.
 * A read builds the entry from its row. An entry numbered out of that order (a host's own
 * numbering), or updated with other lines, is kept as a snapshot in a map beside the columns.
 *
 * <p>Reads from outside a unit of work take the unit of work's read lock; a save outside one is a
 * unit of its own. A rolled back unit takes back its rows, its index entries and its updates.
 */
public final class InMemoryJournalEntries implements JournalEntries {

  private static final int SHIFT = 10;
  private static final int CHUNK = 1 << SHIFT;
  private static final int MASK = CHUNK - 1;
  /** {@code reversalOf} or {@code reversedBy} absent. */
  private static final long NONE = Long.MIN_VALUE;
  /** The status of a row whose stored form is the snapshot in {@link #sparse} (an update with other lines). */
  private static final byte ELSEWHERE = -1;
  private static final EntryKind[] KINDS = EntryKind.values();
  private static final EntryStatus[] STATUSES = EntryStatus.values();

  private final InMemoryUnitOfWork unitOfWork;

  // ---- rows: entry number n is row n - 1; guarded by the unit of work's lock
  private int rows;
  private long[][] day = new long[1][];
  /** The row's source and memo in {@link #texts} ({@link RowTexts#NOT_PACKED}: in {@link #unpacked}). */
  private long[][] textHandle = new long[1][];
  /** The source and memo of a row whose texts did not pack, as a {@code String[2]}; else null. */
  private Object[][] unpacked = new Object[1][];
  private final RowTexts texts = new RowTexts();
  /** The row's event id as its {@link TextKeyIndex#reference} in {@link #events}, or 0 for none. */
  private long[][] eventKey = new long[1][];
  private Object[][] order = new Object[1][];
  private byte[][] kind = new byte[1][];
  private byte[][] status = new byte[1][];
  private long[][] reversalOf = new long[1][];
  private long[][] reversedBy = new long[1][];
  private long[][] version = new long[1][];
  /** The row's first line; its lines run to the next row's first line (or {@link #lines}). */
  private int[][] firstLine = new int[1][];

  // ---- lines of the rows, in row order
  private int lines;
  private Object[][] lineAccount = new Object[1][];
  private Object[][] lineCurrency = new Object[1][];
  /** Debit minus credit in minor units (a line has one side; both zero reads back as both zero). */
  private long[][] lineSigned = new long[1][];

  // ---- entries of an order, newest first: a link per saved entry with an order (rows and sparse ones)
  private int links;
  private long[][] linkNumber = new long[1][];
  private int[][] linkPrevious = new int[1][];
  /** Order → its newest link, or -1. */
  private final TextKeyIndex newestLink = new TextKeyIndex(-1);
  /** Event (its id's text) → how many saved entries it caused, in column {@link #eventColumn}. */
  private final TextKeyIndex events;
  private final int eventColumn;

  /** Entries not kept as rows: numbered out of order, or updated with other lines. */
  private final TxMap<Long, JournalEntry.Snapshot> sparse;

  /** The highest number ever put in {@link #sparse} (not lowered on rollback): above it, no lookup, no boxed key. */
  private long highestSparse;

  /** Takes back the newest row (a rolled back save of a new entry); one instance, no object per save. */
  private final Runnable dropNewestRow = this::dropNewestRow;

  /**
   * An empty journal.
   *
   * @param unitOfWork the unit of work that undoes its writes
   */
  public InMemoryJournalEntries(InMemoryUnitOfWork unitOfWork) {
    this(unitOfWork, new TextKeyIndex(0), 0);
  }

  /**
   * An empty journal that counts its entries per event in {@code column} of an index of event ids
   * shared with other stores of the same unit of work (the in-memory inbox, say): an event's id is
   * then kept once, and looking up an event just delivered finds its slot in the cache.
   *
   * @param unitOfWork the unit of work that undoes its writes; it guards the index, so every store
   *     sharing the index must be of this unit
   * @param events the shared index, whose absent value is 0
   * @param column this journal's column, used by no other store
   * @throws IllegalArgumentException when the index's absent value is not 0 or it has no such column
   */
  public InMemoryJournalEntries(InMemoryUnitOfWork unitOfWork, TextKeyIndex events, int column) {
    this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
    this.events = Objects.requireNonNull(events, "events");
    this.eventColumn = events.countingColumn(column);
    this.sparse = new TxMap<>(unitOfWork);
  }

  @Override
  public Optional<JournalEntry> find(Long number) {
    if (number == null) {
      return Optional.empty();
    }
    JournalEntry.Snapshot stored = unitOfWork.active() ? snapshot(number) : unitOfWork.read(() -> snapshot(number));
    return stored == null ? Optional.empty() : Optional.of(JournalEntry.restore(stored));
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException when the entry is a draft (a bug of the caller)
   */
  @Override
  public Outcome<Void> save(JournalEntry entry) {
    JournalEntry.Snapshot stored = entry.nextSnapshot();
    if (stored.number() <= 0) {
      throw new IllegalArgumentException("only posted entries are saved, a draft has no number");
    }
    return unitOfWork.active() ? saveInUnit(stored) : unitOfWork.execute(() -> saveInUnit(stored));
  }

  private Outcome<Void> saveInUnit(JournalEntry.Snapshot stored) {
    long number = stored.number();
    boolean isNew = stored.version() == 1;
    boolean inRow = number <= rows && at(status, (int) (number - 1)) != ELSEWHERE;
    JournalEntry.Snapshot current = inRow || number > highestSparse ? null : sparse.getOrNull(number);
    boolean exists = inRow || current != null;
    long currentVersion = inRow ? at(version, (int) (number - 1)) : current == null ? 0 : current.version();
    if (isNew ? exists : !exists || currentVersion != stored.version() - 1) {
      return Outcome.rejected(CONFLICT, "journal entry " + number + " was written by another writer");
    }
    if (!isNew) {
      update(stored);
      return Outcome.done();
    }
    // the entry counts under its event (one lookup, which also gives the key's reference for the row)
    long eventKeyOf = stored.eventId() == null ? 0 : events.addTo(stored.eventId().value(), eventColumn, 1);
    if (number == rows + 1L && number < Integer.MAX_VALUE) {
      appendRow(stored, eventKeyOf);
      unitOfWork.onRollback(dropNewestRow);
    } else {
      putSparse(stored);
      unitOfWork.onRollback(() -> unindex(stored.eventId(), stored.order()));
    }
    index(number, stored.order());
    return Outcome.done();
  }

  /** Stores the next version of a saved entry: in its row when the lines and texts are the same, else beside the rows. */
  private void update(JournalEntry.Snapshot stored) {
    long number = stored.number();
    if (number > rows) {
      putSparse(stored);
      return;
    }
    int row = (int) (number - 1);
    if (at(status, row) == ELSEWHERE) {
      putSparse(stored);
      return;
    }
    JournalEntry.Snapshot before = rowSnapshot(row);
    if (before.lines().equals(stored.lines())
        && Objects.equals(before.source(), stored.source())
        && Objects.equals(before.memo(), stored.memo())
        && Objects.equals(before.eventId(), stored.eventId())) {
      writeRow(row, stored);
      unitOfWork.onRollback(() -> writeRow(row, before));
      return;
    }
    putSparse(stored);
    byte kept = at(status, row);
    set(status, row, ELSEWHERE);
    unitOfWork.onRollback(() -> set(status, row, kept));
  }

  private void putSparse(JournalEntry.Snapshot stored) {
    highestSparse = Math.max(highestSparse, stored.number());
    sparse.put(stored.number(), stored);
  }

  private void appendRow(JournalEntry.Snapshot stored, long eventKeyOf) {
    int row = rows;
    if ((row & MASK) == 0) {
      int chunk = row >>> SHIFT;
      day = grow(day, chunk, new long[CHUNK]);
      textHandle = grow(textHandle, chunk, new long[CHUNK]);
      unpacked = grow(unpacked, chunk, new Object[CHUNK]);
      eventKey = grow(eventKey, chunk, new long[CHUNK]);
      order = grow(order, chunk, new Object[CHUNK]);
      kind = grow(kind, chunk, new byte[CHUNK]);
      status = grow(status, chunk, new byte[CHUNK]);
      reversalOf = grow(reversalOf, chunk, new long[CHUNK]);
      reversedBy = grow(reversedBy, chunk, new long[CHUNK]);
      version = grow(version, chunk, new long[CHUNK]);
      firstLine = grow(firstLine, chunk, new int[CHUNK]);
    }
    set(firstLine, row, lines);
    List<JournalLine> entryLines = stored.lines();
    for (int i = 0; i < entryLines.size(); i++) {
      JournalLine line = entryLines.get(i);
      int at = lines;
      if ((at & MASK) == 0) {
        int chunk = at >>> SHIFT;
        lineAccount = grow(lineAccount, chunk, new Object[CHUNK]);
        lineCurrency = grow(lineCurrency, chunk, new Object[CHUNK]);
        lineSigned = grow(lineSigned, chunk, new long[CHUNK]);
      }
      lineAccount[at >>> SHIFT][at & MASK] = line.account();
      lineCurrency[at >>> SHIFT][at & MASK] = line.debit().currency();
      lineSigned[at >>> SHIFT][at & MASK] = Math.subtractExact(line.debit().minor(), line.credit().minor());
      lines++;
    }
    rows++;
    String source = stored.source() != null && isDefaultSource(stored.source(), stored.number()) ? RowTexts.DEFAULT : stored.source();
    long handle = texts.put(source, stored.memo());
    set(textHandle, row, handle);
    if (handle == RowTexts.NOT_PACKED) {
      unpacked[row >>> SHIFT][row & MASK] = new String[] {stored.source(), stored.memo()};
    }
    // the event's text is kept once, by the index of events (where the entry was counted)
    set(eventKey, row, eventKeyOf);
    writeRow(row, stored);
  }

  /**
   * Writes everything of a row but its lines, its texts and its event (written once, by
   * {@link #appendRow}: an update keeps an entry's source, memo and event, and one that would not
   * is kept beside the rows).
   */
  private void writeRow(int row, JournalEntry.Snapshot s) {
    int c = row >>> SHIFT;
    int i = row & MASK;
    day[c][i] = s.date().toEpochDay();
    order[c][i] = s.order();
    kind[c][i] = (byte) s.kind().ordinal();
    status[c][i] = (byte) s.status().ordinal();
    reversalOf[c][i] = s.reversalOf() == null ? NONE : s.reversalOf();
    reversedBy[c][i] = s.reversedBy() == null ? NONE : s.reversedBy();
    version[c][i] = s.version();
  }

  /** Whether {@code source} is {@code JE-<number>}, the source a posted manual entry gets. */
  private static boolean isDefaultSource(String source, long number) {
    int length = source.length();
    if (length < 4 || length > 21 || !source.startsWith("JE-") || source.charAt(3) == '0') {
      return false; // at most 18 digits: their value fits a long
    }
    long value = 0;
    for (int at = 3; at < length; at++) { // read the digits (no string per entry, no division)
      char digit = source.charAt(at);
      if (digit < '0' || digit > '9') {
        return false;
      }
      value = value * 10 + (digit - '0');
    }
    return value == number;
  }

  private void dropNewestRow() {
    int row = rows - 1;
    int c = row >>> SHIFT;
    int i = row & MASK;
    unindex(eventAt(c, i), (SalesOrderId) at(order, row));
    texts.dropFrom(textHandle[c][i]);
    unpacked[c][i] = null;
    order[c][i] = null;
    for (int l = firstLine[c][i]; l < lines; l++) {
      lineAccount[l >>> SHIFT][l & MASK] = null;
      lineCurrency[l >>> SHIFT][l & MASK] = null;
    }
    lines = firstLine[c][i];
    rows = row;
  }

  /** Links a new entry to its order (its event was counted by {@link #saveInUnit}). */
  private void index(long number, SalesOrderId salesOrder) {
    if (salesOrder != null) {
      int link = links;
      if ((link & MASK) == 0) {
        linkNumber = grow(linkNumber, link >>> SHIFT, new long[CHUNK]);
        linkPrevious = grow(linkPrevious, link >>> SHIFT, new int[CHUNK]);
      }
      set(linkNumber, link, number);
      set(linkPrevious, link, (int) newestLink.put(salesOrder.value(), link));
      links++;
    }
  }

  /** Takes back what {@link #index} did for the newest entry (undone newest first). */
  private void unindex(EventId eventId, SalesOrderId salesOrder) {
    if (eventId != null) {
      events.addTo(eventId.value(), eventColumn, -1);
    }
    if (salesOrder != null) {
      links--;
      newestLink.put(salesOrder.value(), at(linkPrevious, links));
    }
  }

  @Override
  public boolean containsEvent(EventId eventId) {
    Objects.requireNonNull(eventId, "event");
    String key = eventId.value();
    return unitOfWork.active() ? events.get(key, eventColumn) > 0 : unitOfWork.read(() -> events.get(key, eventColumn) > 0);
  }

  @Override
  public List<JournalEntry> ofOrder(SalesOrderId salesOrder) {
    Objects.requireNonNull(salesOrder, "order");
    return unitOfWork.active() ? entriesOf(salesOrder) : unitOfWork.read(() -> entriesOf(salesOrder));
  }

  private List<JournalEntry> entriesOf(SalesOrderId salesOrder) {
    int link = (int) newestLink.get(salesOrder.value());
    if (link < 0) {
      return List.of();
    }
    List<JournalEntry> entries = new ArrayList<>(4);
    for (; link >= 0; link = at(linkPrevious, link)) {
      long number = at(linkNumber, link);
      JournalEntry.Snapshot snapshot = snapshot(number);
      if (snapshot == null) {
        throw new IllegalStateException("journal entry " + number + " is indexed but not stored");
      }
      entries.add(JournalEntry.restore(snapshot));
    }
    Collections.reverse(entries); // saved order
    return Collections.unmodifiableList(entries);
  }

  @Override
  public void forEach(Consumer<JournalEntry> action) {
    Objects.requireNonNull(action, "action");
    if (sparse.size() > 0) {
      all().forEach(action);
      return;
    }
    List<JournalEntry> batch = new ArrayList<>(CHUNK);
    for (int from = 0; ; from += CHUNK) {
      int start = from;
      boolean more = unitOfWork.active() ? rowsFrom(start, batch) : unitOfWork.read(() -> rowsFrom(start, batch));
      batch.forEach(action);
      batch.clear();
      if (!more) {
        return;
      }
    }
  }

  /** Adds up to a chunk of rows from {@code from} to {@code batch}; whether rows follow. */
  private boolean rowsFrom(int from, List<JournalEntry> batch) {
    int to = Math.min(rows, from + CHUNK);
    for (int row = from; row < to; row++) {
      batch.add(JournalEntry.restore(rowSnapshot(row)));
    }
    return to < rows;
  }

  @Override
  public List<JournalEntry> all() {
    return unitOfWork.active() ? everything() : unitOfWork.read(this::everything);
  }

  private List<JournalEntry> everything() {
    List<JournalEntry.Snapshot> snapshots = new ArrayList<>(rows);
    for (int row = 0; row < rows; row++) {
      if (at(status, row) != ELSEWHERE) {
        snapshots.add(rowSnapshot(row));
      }
    }
    if (sparse.size() > 0) {
      snapshots.addAll(sparse.values());
      snapshots.sort(Comparator.comparingLong(JournalEntry.Snapshot::number));
    }
    List<JournalEntry> entries = new ArrayList<>(snapshots.size());
    for (JournalEntry.Snapshot snapshot : snapshots) {
      entries.add(JournalEntry.restore(snapshot));
    }
    return Collections.unmodifiableList(entries);
  }

  /** The stored snapshot numbered {@code number}, or null; under the lock. */
  private JournalEntry.Snapshot snapshot(long number) {
    if (number >= 1 && number <= rows && at(status, (int) (number - 1)) != ELSEWHERE) {
      return rowSnapshot((int) (number - 1));
    }
    return number > highestSparse ? null : sparse.getOrNull(number);
  }

  /** The entry in {@code row}, built from its columns. */
  private JournalEntry.Snapshot rowSnapshot(int row) {
    int c = row >>> SHIFT;
    int i = row & MASK;
    long number = row + 1L;
    int from = firstLine[c][i];
    int to = row + 1 < rows ? at(firstLine, row + 1) : lines;
    JournalLine[] entryLines = new JournalLine[to - from];
    for (int l = from; l < to; l++) {
      AccountCode account = (AccountCode) lineAccount[l >>> SHIFT][l & MASK];
      Currency currency = (Currency) lineCurrency[l >>> SHIFT][l & MASK];
      long signed = lineSigned[l >>> SHIFT][l & MASK];
      entryLines[l - from] =
          signed > 0
              ? JournalLine.debit(account, new Money(signed, currency))
              : JournalLine.credit(account, new Money(-signed, currency));
    }
    long handle = textHandle[c][i];
    String source;
    String memo;
    if (handle == RowTexts.NOT_PACKED) {
      String[] both = (String[]) unpacked[c][i];
      source = both[0];
      memo = both[1];
    } else {
      source = texts.first(handle);
      source = source == RowTexts.DEFAULT ? "JE-" + number : source;
      memo = texts.second(handle);
    }
    return new JournalEntry.Snapshot(
        number,
        LocalDate.ofEpochDay(day[c][i]),
        source,
        memo,
        eventAt(c, i),
        KINDS[kind[c][i]],
        (SalesOrderId) order[c][i],
        Arrays.asList(entryLines),
        STATUSES[status[c][i]],
        reversalOf[c][i] == NONE ? null : reversalOf[c][i],
        reversedBy[c][i] == NONE ? null : reversedBy[c][i],
        version[c][i]);
  }

  /** The event id of the row at chunk {@code c}, slot {@code i}, or null. */
  private EventId eventAt(int c, int i) {
    long key = eventKey[c][i];
    return key == 0 ? null : new EventId(events.text(key));
  }

  // ---- chunked columns

  private static <A> A[] grow(A[] column, int chunk, Object fresh) {
    A[] grown = chunk < column.length ? column : Arrays.copyOf(column, column.length * 2);
    @SuppressWarnings("unchecked")
    A chunkArray = (A) fresh;
    grown[chunk] = chunkArray;
    return grown;
  }

  private static int at(int[][] column, int row) {
    return column[row >>> SHIFT][row & MASK];
  }

  private static long at(long[][] column, int row) {
    return column[row >>> SHIFT][row & MASK];
  }

  private static byte at(byte[][] column, int row) {
    return column[row >>> SHIFT][row & MASK];
  }

  private static Object at(Object[][] column, int row) {
    return column[row >>> SHIFT][row & MASK];
  }

  private static void set(int[][] column, int row, int value) {
    column[row >>> SHIFT][row & MASK] = value;
  }

  private static void set(long[][] column, int row, long value) {
    column[row >>> SHIFT][row & MASK] = value;
  }

  private static void set(byte[][] column, int row, byte value) {
    column[row >>> SHIFT][row & MASK] = value;
  }
}
