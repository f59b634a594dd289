package io.bizloop.accounting.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bizloop.accounting.domain.Account;
import io.bizloop.accounting.domain.AccountType;
import io.bizloop.accounting.domain.ChartOfAccounts;
import io.bizloop.accounting.domain.ChartTemplates;
import io.bizloop.accounting.domain.LayoutLine;
import io.bizloop.accounting.domain.NormalBalance;
import io.bizloop.accounting.domain.LayoutTerm;
import io.bizloop.accounting.domain.StatementKind;
import io.bizloop.accounting.domain.StatementLayout;
import io.bizloop.accounting.domain.StatementLayouts;
import io.bizloop.accounting.domain.StatutoryStatement;
import io.bizloop.core.AccountCode;
import io.bizloop.core.Money;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The layouts: the official lines of 小企业会计准则, the chart they are picked for, every account placed once. */
class StatementLayoutTest {

  private static final ChartOfAccounts CHINA = ChartTemplates.chinaSmallEnterprise();
  private static final ChartOfAccounts IFRS = ChartTemplates.ifrsGeneric();

  @Test
  void theBalanceSheetHasTheFiftyThreeOfficialLines() {
    // when
    StatementLayout layout = StatementLayouts.balanceSheetFor(CHINA);

    // then
    List<LayoutLine> numbered = layout.lines().stream().filter(l -> !l.number().isEmpty()).toList();
    assertThat(numbered).extracting(LayoutLine::number)
        .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 53).mapToObj(String::valueOf).toList());
    assertThat(numbered).extracting(LayoutLine::name).contains(
        "货币资金", "应收账款", "预付账款", "存货", "其他流动资产", "流动资产合计", "固定资产账面价值", "资产总计",
        "应付账款", "预收账款", "应交税费", "负债合计", "实收资本（或股本）", "资本公积", "盈余公积", "未分配利润",
        "负债和所有者权益（或股东权益）总计");
    assertThat(layout.line("9").formula())
        .isEqualTo("1401 + 1402 + 1403 + 1404 + 4001 + 1405 − 1407 + 1408 + 1411 + 1421 + 4401 + other cost");
    assertThat(layout.line("4").formula()).isEqualTo("1122"); // this chart keeps no 1231 坏账准备
    assertThat(layout.line("36").formula()).isEqualTo("2221");
    assertThat(layout.line("51").formula()).isEqualTo("3103 + 3104 + other revenue − other expense");
  }

  @Test
  void theIncomeStatementHasTheThirtyTwoOfficialLines() {
    // when
    StatementLayout layout = StatementLayouts.incomeStatementFor(CHINA);

    // then
    assertThat(layout.kind()).isEqualTo(StatementKind.INCOME_STATEMENT);
    assertThat(layout.lines()).extracting(LayoutLine::number)
        .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 32).mapToObj(String::valueOf).toList());
    assertThat(layout.lines()).extracting(LayoutLine::name).contains(
        "一、营业收入", "减：营业成本", "税金及附加", "销售费用", "管理费用", "财务费用", "加：投资收益（损失以“-”号填列）",
        "二、营业利润（亏损以“-”号填列）", "加：营业外收入", "减：营业外支出", "三、利润总额（亏损总额以“-”号填列）",
        "减：所得税费用", "四、净利润（净亏损以“-”号填列）");
    assertThat(layout.line("2").formula()).isEqualTo("5401 + 5402");
    assertThat(layout.line("21").formula()).isEqualTo("[1] − [2] − [3] − [11] − [14] − [18] + [20]");
  }

  @Test
  void theLayoutIsPickedFromTheChart() {
    assertThat(StatementLayouts.balanceSheetFor(CHINA).code()).isEqualTo("会小企01表");
    assertThat(StatementLayouts.incomeStatementFor(CHINA).code()).isEqualTo("会小企02表");
    assertThat(StatementLayouts.balanceSheetFor(IFRS).title()).isEqualTo("Statement of financial position");
    assertThat(StatementLayouts.incomeStatementFor(IFRS).title()).isEqualTo("Statement of profit or loss");
  }

  @Test
  void everyAccountOfEitherChartIsNamedByOneOrdinaryLineOrFallsToAnOtherLine() {
    for (ChartOfAccounts chart : List.of(CHINA, IFRS)) {
      for (StatementLayout layout : List.of(StatementLayouts.balanceSheetFor(chart), StatementLayouts.incomeStatementFor(chart))) {
        for (Account account : chart.accounts()) {
          long naming = layout.lines().stream()
              .filter(l -> l.style() != LayoutLine.Style.DETAIL)
              .flatMap(l -> l.terms().stream())
              .filter(t -> t instanceof LayoutTerm.OfAccount a && a.covers(account.code()))
              .count();
          boolean onThisStatement = layout.kind() == StatementKind.BALANCE_SHEET || account.type().isProfitAndLoss();
          if (onThisStatement && naming == 0) {
            assertThat(layout.lines().stream().flatMap(l -> l.terms().stream()))
                .as("%s in %s", account.code(), layout.title())
                .anyMatch(t -> t instanceof LayoutTerm.OfOthers o && o.type() == account.type());
          }
          if (!StatutoryStatement.named(layout, account.code())) {
            continue;
          }
          assertThat(naming).as("%s in %s", account.code(), layout.title()).isEqualTo(1);
        }
      }
    }
  }

  @Test
  void aLayoutRefusesALineThatRefersToALineBelowIt() {
    LayoutLine total = new LayoutLine("1", "1", "合计", LayoutLine.Style.TOTAL, List.of(LayoutTerm.line("2")));
    LayoutLine line = new LayoutLine("2", "2", "货币资金", LayoutLine.Style.LINE, List.of(LayoutTerm.plus("1002")));
    assertThatThrownBy(() -> new StatementLayout("x", "x", StatementKind.BALANCE_SHEET, List.of("a", "b"),
        List.of(total, line), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not above it");
  }

  @Test
  void anAccountAddedToTheChartLandsOnAnOtherLineAndTheSheetStillFoots() {
    // given a chart with an extra asset, and books that hold it against capital
    ChartOfAccounts chart = CHINA.with(Account.of("1999", "其他资产", AccountType.ASSET, NormalBalance.DEBIT));
    Currency cny = Currency.getInstance("CNY");
    Map<AccountCode, Money> balances = Map.of(
        AccountCode.of("1999"), Money.of("100.00", cny), AccountCode.of("3001"), Money.of("-100.00", cny));

    // when
    StatutoryStatement sheet = StatutoryStatement.present(
        StatementLayouts.balanceSheetFor(chart), chart, "2026-11-30", List.of(balances, Map.of()), cny);

    // then
    assertThat(sheet.row("14").line().formula()).isEqualTo("1901 + other asset");
    assertThat(sheet.row("14").amount(0)).isEqualTo(Money.of("100.00", cny));
    assertThat(sheet.foots()).isTrue();
  }
}
