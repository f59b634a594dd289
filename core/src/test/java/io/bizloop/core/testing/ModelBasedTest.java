package io.bizloop.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

class ModelBasedTest {

  private static final QuickTheory THEORY = qt().withFixedSeed(20250301L).withExamples(300);

  /** A command of the tiny system below: deposit or withdraw a whole amount. */
  private record Command(String kind, int amount) {
    @Override
    public String toString() {
      return kind + " " + amount;
    }
  }

  /** A wallet that stops checking withdrawals against the balance once 2 was deposited. */
  private static final class BuggyWallet {
    private int balance;
    private boolean careless;

    void apply(Command command) {
      if (command.kind().equals("deposit")) {
        balance += command.amount();
        careless |= command.amount() == 2;
      } else if (careless || command.amount() <= balance) {
        balance -= command.amount();
      }
    }
  }

  private static Gen<List<Command>> walletCommands() {
    Gen<Command> command =
        integers().between(0, 1).zip(integers().between(1, 5), (kind, amount) -> new Command(kind == 0 ? "deposit" : "withdraw", amount));
    return lists().of(command).ofSizeBetween(0, 30);
  }

  private static String balanceNeverNegative(List<Command> commands) {
    BuggyWallet wallet = new BuggyWallet();
    for (Command command : commands) {
      wallet.apply(command);
      if (wallet.balance < 0) {
        return "balance " + wallet.balance + " after " + command;
      }
    }
    return null;
  }

  @Test
  void passesWhenEveryGeneratedSequenceKeepsTheInvariant() {
    // given
    Gen<List<Integer>> commands = lists().of(integers().between(0, 9)).ofSizeBetween(0, 20);

    // when // then
    assertThatCode(() -> ModelBased.check(THEORY, commands, list -> list.size() <= 20 ? null : "too long"))
        .doesNotThrowAnyException();
  }

  @Test
  void reportsTheShortestFailingSequenceOfAModelBasedProperty() {
    // given
    Gen<List<Command>> commands = walletCommands();

    // when
    AssertionError failure =
        catchThrowableOfType(AssertionError.class, () -> ModelBased.check(THEORY, commands, ModelBasedTest::balanceNeverNegative));

    // then: deposit 2, then withdraw more than is there, is the shortest way to break the wallet
    assertThat(failure).isNotNull();
    assertThat(failure.getMessage())
        .contains("invariant violated: balance -")
        .contains("shortest failing sequence (2 of the")
        .containsPattern("1\\. deposit 2\\R  2\\. withdraw [345]\\R");
    assertThat(failure.getCause()).isInstanceOf(AssertionError.class);
  }

  @Test
  void treatsAnExceptionOrAFailedAssertionAsAViolation() {
    // given
    Gen<List<Integer>> commands = lists().of(integers().between(0, 9)).ofSizeBetween(0, 20);

    // when
    AssertionError thrown =
        catchThrowableOfType(
            AssertionError.class,
            () ->
                ModelBased.check(
                    THEORY,
                    commands,
                    list -> {
                      if (list.contains(4)) {
                        throw new IllegalStateException("four is not allowed");
                      }
                      return null;
                    }));
    AssertionError asserted =
        catchThrowableOfType(
            AssertionError.class,
            () -> ModelBased.checkAssert(THEORY, commands, list -> assertThat(list).doesNotContain(6)));

    // then
    assertThat(thrown.getMessage())
        .contains("threw java.lang.IllegalStateException: four is not allowed")
        .contains("shortest failing sequence (1 of the")
        .contains("1. 4");
    assertThat(asserted.getMessage()).contains("shortest failing sequence (1 of the").contains("1. 6");
  }

  @Test
  void saysSoWhenAFailureDoesNotReplay() {
    // given: a sequence that failed while generated but passes when it is run again
    List<Integer> generated = List.of(1, 2, 3);

    // when
    String report = ModelBased.report(generated, list -> null);
    String replayable = ModelBased.report(generated, list -> list.contains(2) ? "two" : null);

    // then
    assertThat(report).contains("passes when replayed");
    assertThat(replayable).contains("invariant violated: two").contains("(1 of the 3 generated commands)");
  }
}
