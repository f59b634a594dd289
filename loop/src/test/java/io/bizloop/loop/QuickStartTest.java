package io.bizloop.loop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles and runs the Java quick start of README.md exactly as it is written there, so the
 * README cannot drift from the API.
 */
class QuickStartTest {

  /** What the quick start may import: the loop, core's types and the contexts' commands and views. */
  private static final List<String> IMPORTS =
      List.of(
          "io.bizloop.loop.*",
          "io.bizloop.core.*",
          "io.bizloop.accounting.application.*",
          "io.bizloop.crm.application.*",
          "io.bizloop.inventory.application.*",
          "java.time.LocalDate",
          "java.util.Currency");

  @Test
  void readmeCreditTermsDiscountsAndStatementsBlockRunsAsItSays(@TempDir Path dir) throws Exception {
    // when
    String printed = ReadmeBlock.compileAndRun(dir, "more-of-the-loop", IMPORTS);

    // then
    assertThat(printed)
        .contains("CREDIT_LIMIT")
        .contains("exposure=203.40 CNY")
        .contains("203.40")
        .contains("foots: true");
  }

  @Test
  void readmeQuickStartCompilesRunsAndPrintsTheBooksOfTheLoop(@TempDir Path dir) throws Exception {
    // when
    String code = ReadmeBlock.code("quick-start");
    String printed = ReadmeBlock.compileAndRun(dir, "quick-start", IMPORTS);

    // then
    assertThat(code.lines().filter(line -> !line.isBlank())).hasSizeLessThanOrEqualTo(25);
    assertThat(code).doesNotContain("null");
    assertThat(printed)
        .contains("shipped SO-1/S1")
        .contains("CHAIR@MAIN 55 EA")
        .contains("1010 Cash at bank 1500.00 EUR")
        .contains("1100 Trade receivables 660.00 EUR")
        .contains("1300 Input VAT recoverable 200.00 EUR")
        .contains("2000 Trade payables -1200.00 EUR")
        .contains("2100 Output VAT payable -360.00 EUR")
        .contains("4000 Revenue from sale of goods -1800.00 EUR")
        .contains("5000 Cost of sales 1000.00 EUR")
        .doesNotContain("1200 Inventories");
  }

}
