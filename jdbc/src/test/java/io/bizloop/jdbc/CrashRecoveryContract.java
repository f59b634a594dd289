package io.bizloop.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.zaxxer.hikari.HikariDataSource;
import io.bizloop.accounting.application.JournalEntryView;
import io.bizloop.loop.Bizloop;
import io.bizloop.loop.CompanySettings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kill -9 test: a JVM killed with SIGKILL in the middle of a batch and started again continues
 * with every invariant true, nothing posted twice and no event lost from the outbox.
 *
 * <p>A child JVM ({@link CrashWriter}) writes {@value #BATCHES} batches of {@value #SIZE} keyed
 * commands; once it has printed {@code committed }{@value #KILL_AFTER} it is killed
 * ({@link Process#destroyForcibly()}, SIGKILL on Linux) 0–50 ms later. A second child runs the
 * same plan from batch 0 to the end: the keys seen are skipped. The same plan run in-process into
 * a fresh database is the reference: journal, trial balance, outbox (event ids, types, payloads,
 * order) must equal it to the last cent and event.
 *
 * <p>Set the system property {@code bizloop.crash.secondRunWithoutOnce=true} to run the second
 * child without its idempotency keys: the test must then fail on double postings.
 */
abstract class CrashRecoveryContract {

  static final int BATCHES = 20;
  static final int SIZE = 25;
  static final int KILL_AFTER = 3;
  private static final Pattern COMMITTED = Pattern.compile("committed (\\d+)( .*)?");

  @TempDir Path logs;

  /** The JDBC URL of a new, empty database (no pool is left open on it). */
  abstract String newDatabaseUrl(String name);

  /**
   * Whether a batch the child reported committed must still be there after SIGKILL (the
   * database's commit is durable once it answered).
   */
  abstract boolean commitSurvivesKill();

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void aWriterKilledInTheMiddleOfABatchAndStartedAgainPostsNothingTwiceAndLosesNoEvent() throws Exception {
    long started = System.nanoTime();
    String url = newDatabaseUrl("crash");
    boolean sabotage = Boolean.getBoolean("bizloop.crash.secondRunWithoutOnce");

    // given: a writer killed with SIGKILL just after it reported batch KILL_AFTER committed
    Child first = Child.start(url, logs, "first", false);
    try {
      boolean reached = first.committedReached.await(60, TimeUnit.SECONDS);
      if (!reached || first.lastCommitted.get() < KILL_AFTER) {
        first.process.destroyForcibly();
        first.process.waitFor(10, TimeUnit.SECONDS);
        fail("the first writer did not report batch %d committed (last: %d, stdout: %s); stderr:%n%s",
            KILL_AFTER, first.lastCommitted.get(), first.stdout(), first.stderr());
      }
      Thread.sleep(ThreadLocalRandom.current().nextInt(51));
    } finally {
      first.kill();
    }
    ProcessHandle handle = first.process.toHandle();
    assertThat(first.process.waitFor(10, TimeUnit.SECONDS)).as("the killed writer ended").isTrue();
    first.reader.join(5_000);
    assertThat(handle.isAlive()).as("pid %d is gone", handle.pid()).isFalse();
    assertThat(ProcessHandle.of(handle.pid()).filter(ProcessHandle::isAlive)).as("pid %d is gone", handle.pid()).isEmpty();
    assertThat(first.process.exitValue()).as("killed by SIGKILL (128 + 9)").isEqualTo(137);
    int committedAtKill = first.lastCommitted.get();
    assertThat(first.finished())
        .as("the writer was killed before it finished all %d batches (it reported batch %d committed): make the run longer",
            BATCHES, committedAtKill)
        .isFalse();
    assertThat(committedAtKill).as("killed before the last batch").isLessThan(BATCHES - 1);
    long opKeysAfterKill = opKeys(url);
    long batchesAfterKill = opKeysAfterKill / SIZE;
    System.out.printf("%s: killed pid %d after it reported batch %d committed; the database keeps %d batches (%d keys)%n",
        getClass().getSimpleName(), handle.pid(), committedAtKill, batchesAfterKill, opKeysAfterKill);
    assertThat(opKeysAfterKill % SIZE).as("a batch is kept whole or not at all: %d keys of ops", opKeysAfterKill).isZero();
    assertThat(batchesAfterKill).as("no batch after the one being written when killed").isLessThanOrEqualTo(committedAtKill + 2);
    if (commitSurvivesKill()) {
      assertThat(batchesAfterKill).as("every batch reported committed survived the kill").isGreaterThanOrEqualTo(committedAtKill + 1);
    }

    try (HikariDataSource db = TestDatabases.pool(url, 2)) {
      assertThat(JdbcLoopStore.open(db, CompanySettings.chinaDefaults()).bizloop().invariantViolations())
          .as("invariants right after the kill, before the rerun").isEmpty();
    }

    long killed = System.nanoTime();

    // when: a second writer runs the same plan from batch 0 to the end
    Child second = Child.start(url, logs, "second", sabotage);
    boolean ended = second.process.waitFor(90, TimeUnit.SECONDS);
    if (!ended) {
      second.kill();
      fail("the second writer did not end in time; stdout: %s%nstderr:%n%s", second.stdout(), second.stderr());
    }
    second.reader.join(5_000);
    if (!second.stderr().isBlank()) {
      System.out.printf("second writer's stderr:%n%s%n", second.stderr());
    }
    System.out.println("second writer: " + second.stdout());
    assertThat(second.process.exitValue()).as("second writer's exit status; stderr:%n%s", second.stderr()).isZero();
    assertThat(second.finished()).as("second writer finished; stdout: %s%nstderr:%n%s", second.stdout(), second.stderr())
        .isTrue();
    assertThat(second.lastCommitted.get()).isEqualTo(BATCHES - 1);

    long rerun = System.nanoTime();

    // then: the same books, outbox and keys as one clean run of the plan
    State clean;
    try (HikariDataSource db = TestDatabases.pool(newDatabaseUrl("clean"), 2)) {
      JdbcLoopStore store = JdbcLoopStore.open(db, CompanySettings.chinaDefaults());
      CrashWriter.Summary summary = CrashWriter.run(store.bizloop(), BATCHES, SIZE, true, b -> { });
      assertThat(summary.rejections()).as("the plan is refused nowhere").isEmpty();
      assertThat(summary.ran()).isEqualTo(CrashWriter.SETUP_KEYS + BATCHES * SIZE);
      clean = State.of(store);
    }
    long cleanRun = System.nanoTime();
    State recovered;
    try (HikariDataSource db = TestDatabases.pool(url, 2)) {
      recovered = State.of(JdbcLoopStore.open(db, CompanySettings.chinaDefaults()));
    }

    System.out.printf("%s: first writer until killed %.1f s, rerun %.1f s, clean run in-process %.1f s, reading %.1f s%n",
        getClass().getSimpleName(), (killed - started) / 1e9, (rerun - killed) / 1e9, (cleanRun - rerun) / 1e9,
        (System.nanoTime() - cleanRun) / 1e9);
    assertThat(clean.invariantViolations).isEmpty();
    assertThat(recovered.invariantViolations).as("invariants after the crash and the rerun").isEmpty();

    int total = BATCHES * SIZE;
    Map<String, Long> expectedTypes = new TreeMap<>(clean.outboxTypes());
    assertThat(expectedTypes.get("PaymentReceived")).as("payments in the plan").isEqualTo((long) CrashWriter.countOfKind(5, total));
    assertThat(expectedTypes.get("GoodsReceived")).as("receipts in the plan").isEqualTo((long) CrashWriter.countOfKind(0, total));
    assertThat(expectedTypes.get("GoodsShipped")).as("shipments in the plan")
        .isEqualTo((long) CrashWriter.countOfKind(3, total) + CrashWriter.countOfKind(4, total));
    assertThat(recovered.outboxTypes()).as("events by type (payments, receipts, shipments…): none twice, none lost")
        .isEqualTo(expectedTypes);
    assertThat(recovered.keys).as("idempotency keys kept").isEqualTo(clean.keys).isEqualTo(CrashWriter.SETUP_KEYS + total);

    assertThat(recovered.journal.size()).as("journal entries (a posting twice shows here)").isEqualTo(clean.journal.size());
    assertSameSequence("journal", recovered.journal, clean.journal, Function.identity());
    assertThat(recovered.trialBalance).as("trial balance, to the cent").isEqualTo(clean.trialBalance);
    assertThat(recovered.stock).as("stock").isEqualTo(clean.stock);

    assertThat(recovered.unrelayed.size()).as("every stored event is waiting for the relay").isEqualTo(recovered.outboxSize);
    List<String> ids = recovered.unrelayed.stream().map(JdbcOutbox.Message::eventId).toList();
    assertThat(duplicates(ids)).as("event ids in the outbox more than once").isEmpty();
    Set<String> expectedIds = clean.unrelayed.stream().map(JdbcOutbox.Message::eventId).collect(Collectors.toSet());
    Set<String> lost = new HashSet<>(expectedIds);
    lost.removeAll(ids);
    Set<String> extra = new HashSet<>(ids);
    extra.removeAll(expectedIds);
    assertThat(lost).as("events lost from the outbox").isEmpty();
    assertThat(extra).as("events in the outbox that one clean run does not publish").isEmpty();
    assertSameSequence("outbox (publication order, types, payloads)", recovered.unrelayed, clean.unrelayed,
        m -> m.eventId() + " " + m.type() + " " + m.date() + " " + m.payload());

    assertThat(second.stdout()).as("the rerun refused nothing; its stderr:%n%s", second.stderr()).contains("rejected=0");

    System.out.printf("%s: %d batches reported at the kill, %d kept; after the rerun %d journal entries, %d outbox events,"
            + " %d payments, all equal to a clean run (%.1f s)%n",
        getClass().getSimpleName(), committedAtKill + 1, batchesAfterKill, recovered.journal.size(), recovered.outboxSize,
        recovered.outboxTypes().get("PaymentReceived"), (System.nanoTime() - started) / 1e9);
  }

  private static <T> void assertSameSequence(String what, List<T> actual, List<T> expected, Function<T, ?> key) {
    int common = Math.min(actual.size(), expected.size());
    for (int i = 0; i < common; i++) {
      Object a = key.apply(actual.get(i));
      Object e = key.apply(expected.get(i));
      if (!Objects.equals(a, e)) {
        fail("%s differs from a clean run first at position %d:%n  after the crash: %s%n  clean run:       %s", what, i, a, e);
      }
    }
    assertThat(actual.size()).as("%s length", what).isEqualTo(expected.size());
  }

  private static List<String> duplicates(List<String> ids) {
    Set<String> seen = new HashSet<>();
    List<String> twice = new ArrayList<>();
    for (String id : ids) {
      if (!seen.add(id)) {
        twice.add(id);
      }
    }
    return twice;
  }

  private static long opKeys(String url) throws SQLException {
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM bizloop_idempotency_key WHERE key_text LIKE 'op-%'")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** What the checks compare, read from one store. */
  private static final class State {
    List<String> invariantViolations;
    List<JournalEntryView> journal;
    List<String> trialBalance;
    List<String> stock;
    List<JdbcOutbox.Message> unrelayed;
    long outboxSize;
    long keys;

    static State of(JdbcLoopStore store) {
      Bizloop loop = store.bizloop();
      State state = new State();
      state.invariantViolations = loop.invariantViolations();
      state.journal = loop.accounting().journal();
      state.trialBalance = loop.accounting().trialBalance().stream()
          .map(row -> row.account() + " " + row.name() + " " + row.balance()).toList();
      state.stock = loop.inventory().stock().stream().map(String::valueOf).toList();
      state.unrelayed = store.outbox().unrelayed(Integer.MAX_VALUE);
      state.outboxSize = store.outbox().size();
      state.keys = new Sql(store.unitOfWork())
          .one("SELECT COUNT(*) FROM bizloop_idempotency_key", rs -> rs.getLong(1)).orElse(0L);
      return state;
    }

    Map<String, Long> outboxTypes() {
      return unrelayed.stream().collect(Collectors.groupingBy(JdbcOutbox.Message::type, TreeMap::new, Collectors.counting()));
    }
  }

  /** A {@link CrashWriter} JVM: stdout read line by line on a thread, stderr in a file. */
  private static final class Child {
    final Process process;
    final Path err;
    final Thread reader;
    final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger lastCommitted = new AtomicInteger(-1);
    final CountDownLatch committedReached = new CountDownLatch(1);

    private Child(Process process, Path err) {
      this.process = process;
      this.err = err;
      this.reader = new Thread(this::read, "crash-writer-stdout");
      reader.setDaemon(true);
      reader.start();
    }

    static Child start(String url, Path logs, String name, boolean withoutOnce) throws IOException {
      String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
      Path java = Path.of(System.getProperty("java.home"), "bin", "java");
      List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx256m", "-XX:+UseSerialGC",
          "-XX:TieredStopAtLevel=1", "-cp", classpath, "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
          CrashWriter.class.getName(), url, String.valueOf(BATCHES), String.valueOf(SIZE)));
      if (withoutOnce) {
        command.add("without-once");
      }
      Path err = logs.resolve(name + ".err");
      Process process = new ProcessBuilder(command).redirectError(err.toFile()).start();
      process.getOutputStream().close();
      return new Child(process, err);
    }

    private void read() {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = in.readLine()) != null) {
          lines.add(line);
          Matcher m = COMMITTED.matcher(line);
          if (m.matches()) {
            int batch = Integer.parseInt(m.group(1));
            lastCommitted.set(batch);
            if (batch >= KILL_AFTER) {
              committedReached.countDown();
            }
          }
        }
      } catch (IOException e) {
        // the process was killed: its pipe closed
      } finally {
        committedReached.countDown();
      }
    }

    boolean finished() {
      synchronized (lines) {
        return lines.stream().anyMatch(l -> l.startsWith("done "));
      }
    }

    String stdout() {
      synchronized (lines) {
        List<String> tail = lines.subList(Math.max(0, lines.size() - 5), lines.size());
        return String.join(" | ", tail);
      }
    }

    String stderr() {
      try {
        return Files.exists(err) ? Files.readString(err, StandardCharsets.UTF_8) : "";
      } catch (IOException e) {
        return "(cannot read " + err + ": " + e + ")";
      }
    }

    void kill() {
      if (process.isAlive()) {
        process.destroyForcibly();
      }
    }
  }
}
