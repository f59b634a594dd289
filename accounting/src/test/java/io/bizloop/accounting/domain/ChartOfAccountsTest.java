package io.bizloop.accounting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bizloop.core.AccountCode;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The shipped charts and mappings. */
class ChartOfAccountsTest {

  private static final String DESIGN_CODES =
      "1001 1002 1012 1101 1121 1122 1123 1131 1132 1221 1401 1402 1403 1404 1405 1407 1408 1411 1421 1501 1511"
          + " 1601 1602 1604 1605 1606 1621 1622 1701 1702 1801 1901 2001 2201 2202 2203 2211 2221 2231 2232"
          + " 2241 2401 2501 2701 3001 3002 3101 3103 3104 4001 4101 4301 4401 4403 5001 5051 5111 5301 5401"
          + " 5402 5403 5601 5602 5603 5711 5801 22210101 22210102";

  @Test
  void chinaSmallEnterpriseHoldsExactlyTheFirstLevelAccountsAndTheVatSubAccounts() {
    // when
    ChartOfAccounts chart = ChartTemplates.chinaSmallEnterprise();

    // then
    assertThat(chart.accounts()).extracting(a -> a.code().value())
        .containsExactlyInAnyOrder(DESIGN_CODES.split(" "));
    assertThat(chart.account(AccountCode.of("1405")).name()).isEqualTo("库存商品");
    assertThat(chart.account(AccountCode.of("22210101")).name()).isEqualTo("应交增值税(进项税额)");
    assertThat(chart.account(AccountCode.of("2203")).normal()).isEqualTo(NormalBalance.CREDIT);
    assertThat(chart.account(AccountCode.of("5401")).type()).isEqualTo(AccountType.EXPENSE);
    assertThat(chart.accounts()).extracting(a -> a.code().value())
        .containsSubsequence("2221", "22210101", "22210102", "2231");
  }

  @Test
  void everyMappedAccountIsInItsChartAndControlAccountsAreTheSubLedgers() {
    // then
    AccountMapping china = AccountMapping.chinaSmallEnterprise();
    AccountMapping ifrs = AccountMapping.ifrsGeneric();
    assertThat(china.asMap().values()).allMatch(ChartTemplates.chinaSmallEnterprise()::contains);
    assertThat(ifrs.asMap().values()).allMatch(ChartTemplates.ifrsGeneric()::contains);
    assertThat(china.controlAccounts()).extracting(AccountCode::value)
        .containsExactlyInAnyOrder("1122", "1123", "2202", "2203", "1405");
    assertThat(Arrays.stream(AccountRole.values()).map(china::code)).doesNotContainNull();
  }

  @Test
  void aHostCanRemapARole() {
    // when
    AccountMapping mapping = AccountMapping.chinaSmallEnterprise().with(AccountRole.INVENTORY, AccountCode.of("1403"));

    // then
    assertThat(mapping.code(AccountRole.INVENTORY).value()).isEqualTo("1403");
    assertThat(mapping.isControl(AccountCode.of("1405"))).isFalse();
  }

  @Test
  void aChartRefusesADuplicateCode() {
    assertThatThrownBy(() -> ChartOfAccounts.of("x", java.util.List.of(
        Account.of("1", "a", AccountType.ASSET, NormalBalance.DEBIT),
        Account.of("1", "b", AccountType.ASSET, NormalBalance.DEBIT))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void findsACodeTypedExactlyAsInTheChartAndNothingElse() {
    // given
    ChartOfAccounts chart = ChartTemplates.chinaSmallEnterprise();

    // then: the chart's own code object, without parsing; no trimming, no near miss
    assertThat(chart.codeOrNull("1405")).isSameAs(chart.account(AccountCode.of("1405")).code());
    assertThat(chart.codeOrNull(" 1405")).isNull();
    assertThat(chart.codeOrNull("1405 ")).isNull();
    assertThat(chart.codeOrNull("9999")).isNull();
    assertThat(chart.codeOrNull("")).isNull();
    assertThat(chart.codeOrNull(null)).isNull();
    assertThat(chart.with(new Account(AccountCode.of("5603.01"), "利息", AccountType.EXPENSE, NormalBalance.DEBIT))
        .codeOrNull("5603.01")).isEqualTo(AccountCode.of("5603.01"));
  }
}
