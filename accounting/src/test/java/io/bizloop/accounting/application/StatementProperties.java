package io.bizloop.accounting.application;

import static org.assertj.core.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.bizloop.accounting.domain.Account;
import io.bizloop.accounting.domain.AccountRole;
import io.bizloop.accounting.domain.StatementTotal;
import io.bizloop.accounting.domain.StatutoryStatement;
import io.bizloop.core.AccountCode;
import io.bizloop.core.Money;
import io.bizloop.core.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Properties of the statements over random sequences of balanced manual journal entries, under
 * both charts, checked after every entry: the balance sheet foots in both columns at any date, and
 * when no entry touches retained earnings (3103 / 3104, 3200 / 3300) the income statement's net
 * profit equals the change in retained earnings over the month and over the year. A failing
 * sequence is shrunk by dropping one entry at a time while it still fails.
 */
class StatementProperties {

  private static final LocalDate FIRST = LocalDate.of(2026, 6, 1);
  private static final Set<String> RETAINED = Set.of("3103", "3104", "3200", "3300");

  @Test
  void assetsEqualLiabilitiesPlusEquityAfterEveryEntryUnderTheSmallEnterpriseChart() {
    check(StatementBooks::china, false);
  }

  @Test
  void assetsEqualLiabilitiesPlusEquityAfterEveryEntryUnderTheIfrsChart() {
    check(StatementBooks::ifrs, false);
  }

  @Test
  void netProfitIsTheChangeInRetainedEarningsUnderTheSmallEnterpriseChart() {
    check(StatementBooks::china, true);
  }

  @Test
  void netProfitIsTheChangeInRetainedEarningsUnderTheIfrsChart() {
    check(StatementBooks::ifrs, true);
  }

  private static void check(Supplier<StatementBooks> books, boolean profitOnly) {
    qt().withExamples(60)
        .withShrinkCycles(0)
        .forAll(lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(1, 20))
        .checkAssert(seeds -> {
          Function<List<Integer>, Optional<String>> run = s -> run(books.get(), s, profitOnly);
          Optional<String> failure = run.apply(seeds);
          if (failure.isPresent()) {
            List<Integer> minimal = minimise(seeds, run);
            fail(failure.get() + "\nshortest failing sequence: " + minimal + "\nfails with: "
                + run.apply(minimal).orElse("?"));
          }
        });
  }

  private static Optional<String> run(StatementBooks books, List<Integer> seeds, boolean profitOnly) {
    List<String> accounts = books.settings.chart().accounts().stream()
        .map(Account::code)
        .map(AccountCode::value)
        .filter(code -> !controlAccounts(books).contains(code))
        .filter(code -> !profitOnly || !RETAINED.contains(code))
        .toList();
    Statements statements = books.accounting.statements();
    for (int step = 0; step < seeds.size(); step++) {
      Random random = new Random(seeds.get(step));
      LocalDate date = FIRST.plusDays(random.nextInt(400));
      PostJournalEntry.Command entry = entry(random, date, accounts);
      if (books.accounting.postJournalEntry(entry).isRejected()) {
        continue;
      }
      String where = "after entry " + (step + 1) + " " + entry.lines();
      for (LocalDate asOf : List.of(date, date.minusDays(random.nextInt(60)), FIRST.plusDays(random.nextInt(420)))) {
        StatutoryStatement sheet = statements.balanceSheet(asOf);
        if (!sheet.foots()) {
          return Optional.of(where + ": balance sheet as of " + asOf + " does not foot: " + sheet.rows());
        }
      }
      if (profitOnly) {
        Period period = Period.of(date.plusDays(random.nextInt(60)));
        Money profit = statements.incomeStatement(period).total(StatementTotal.NET_PROFIT, 0);
        Money profitOfYear = statements.incomeStatement(period).total(StatementTotal.NET_PROFIT, 1);
        StatutoryStatement end = statements.balanceSheet(period.lastDay());
        StatutoryStatement before = statements.balanceSheet(period.firstDay().minusDays(1));
        Money change = end.total(StatementTotal.RETAINED_EARNINGS, 0)
            .minus(before.total(StatementTotal.RETAINED_EARNINGS, 0));
        Money changeOfYear = end.total(StatementTotal.RETAINED_EARNINGS, 0)
            .minus(end.total(StatementTotal.RETAINED_EARNINGS, 1));
        if (!profit.equals(change) || !profitOfYear.equals(changeOfYear)) {
          return Optional.of(where + ": in " + period + " net profit " + profit + " / " + profitOfYear
              + " but retained earnings changed by " + change + " / " + changeOfYear);
        }
      }
    }
    return Optional.empty();
  }

  /** A balanced entry of one or two debits and one or two credits on random accounts. */
  private static PostJournalEntry.Command entry(Random random, LocalDate date, List<String> accounts) {
    PostJournalEntry.Command command = PostJournalEntry.Command.on(date).memo("random");
    int debits = 1 + random.nextInt(2);
    int credits = 1 + random.nextInt(2);
    long total = 0;
    for (int i = 0; i < debits; i++) {
      long minor = 1 + random.nextInt(10_000_000);
      total += minor;
      command = command.debit(pick(random, accounts), BigDecimal.valueOf(minor, 2));
    }
    long left = total;
    for (int i = 0; i < credits; i++) {
      long minor = i == credits - 1 || left < 2 ? left : 1 + (long) (random.nextDouble() * (left - 1));
      left -= minor;
      command = command.credit(pick(random, accounts), BigDecimal.valueOf(minor, 2));
      if (left == 0) {
        break;
      }
    }
    return command;
  }

  private static String pick(Random random, List<String> accounts) {
    return accounts.get(random.nextInt(accounts.size()));
  }

  private static Set<String> controlAccounts(StatementBooks books) {
    return java.util.Arrays.stream(AccountRole.values())
        .filter(AccountRole::isControl)
        .map(role -> books.settings.code(role).value())
        .collect(Collectors.toSet());
  }

  private static List<Integer> minimise(List<Integer> failing, Function<List<Integer>, Optional<String>> run) {
    List<Integer> current = new ArrayList<>(failing);
    boolean shrunk = true;
    while (shrunk) {
      shrunk = false;
      for (int i = 0; i < current.size(); i++) {
        List<Integer> shorter = new ArrayList<>(current);
        shorter.remove(i);
        if (run.apply(shorter).isPresent()) {
          current = shorter;
          shrunk = true;
          break;
        }
      }
    }
    return current;
  }
}
