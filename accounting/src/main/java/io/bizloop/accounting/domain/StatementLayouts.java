package io.bizloop.accounting.domain;

import static io.bizloop.accounting.domain.LayoutTerm.lessLine;
import static io.bizloop.accounting.domain.LayoutTerm.lessOthers;
import static io.bizloop.accounting.domain.LayoutTerm.line;
import static io.bizloop.accounting.domain.LayoutTerm.minus;
import static io.bizloop.accounting.domain.LayoutTerm.others;
import static io.bizloop.accounting.domain.LayoutTerm.plus;

import io.bizloop.core.AccountCode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The statement layouts that ship with bizloop, as data: 资产负债表 (会小企01表) and 利润表
 * (会小企02表) of 小企业会计准则 (2011), line by line with their 行次, and a classified statement of
 * financial position and a statement of profit or loss by function for the IFRS-style chart.
 *
 * <p>Every account of a chart lands on exactly one ordinary line: accounts the layout does not
 * name go to an "other" line of their type (其他流动资产, 其他流动负债, 资本公积, 营业外收入 /
 * 营业外支出, and their IFRS counterparts), and on the balance sheet the revenue and expense
 * accounts not yet closed go to 未分配利润 (retained earnings). So the balance sheet always foots.
 */
public final class StatementLayouts {

  private StatementLayouts() {}

  /**
   * The balance sheet layout for a chart: 会小企01表 for a 小企业会计准则 chart, else the classified
   * IFRS-style layout; fitted to the chart ({@link StatementLayout#fittedTo}).
   *
   * @param chart the company's chart
   * @return the layout
   */
  public static StatementLayout balanceSheetFor(ChartOfAccounts chart) {
    return (isChinaSmallEnterprise(chart) ? chinaSmallEnterpriseBalanceSheet() : ifrsBalanceSheet()).fittedTo(chart);
  }

  /**
   * The income statement layout for a chart: 会小企02表 for a 小企业会计准则 chart, else the IFRS-style
   * layout by function; fitted to the chart.
   *
   * @param chart the company's chart
   * @return the layout
   */
  public static StatementLayout incomeStatementFor(ChartOfAccounts chart) {
    return (isChinaSmallEnterprise(chart) ? chinaSmallEnterpriseIncomeStatement() : ifrsIncomeStatement())
        .fittedTo(chart);
  }

  /**
   * Whether a chart is a 小企业会计准则 chart: it holds 2221 应交税费, 3104 利润分配 and 5001 主营业务收入.
   *
   * @param chart the chart
   * @return true when it is
   */
  public static boolean isChinaSmallEnterprise(ChartOfAccounts chart) {
    return chart.contains(AccountCode.of("2221"))
        && chart.contains(AccountCode.of("3104"))
        && chart.contains(AccountCode.of("5001"));
  }

  /**
   * 资产负债表 (会小企01表): lines 1–53 as in 小企业会计准则 (2011), with the 期末余额 and 年初余额
   * columns. 应收账款 is net of 1231 坏账准备 where a chart keeps one; 存货 sums 1401–1411, 1421,
   * 4001 and 4401 (less 1407 商品进销差价 and 4402 工程结算) and the other cost accounts; 应交税费
   * is 2221 with its sub-accounts; 未分配利润 is 3103 本年利润 + 3104 利润分配 + the revenue less the
   * expenses not yet closed.
   *
   * @return the layout
   */
  public static StatementLayout chinaSmallEnterpriseBalanceSheet() {
    Lines l = new Lines();
    l.heading("流动资产", "流动资产：");
    l.line("1", "货币资金", plus("1001"), plus("1002"), plus("1012"));
    l.line("2", "短期投资", plus("1101"));
    l.line("3", "应收票据", plus("1121"));
    l.line("4", "应收账款", plus("1122"), minus("1231"));
    l.line("5", "预付账款", plus("1123"));
    l.line("6", "应收股利", plus("1131"));
    l.line("7", "应收利息", plus("1132"));
    l.line("8", "其他应收款", plus("1221"));
    l.line("9", "存货", plus("1401"), plus("1402"), plus("1403"), plus("1404"), plus("4001"), plus("1405"),
        minus("1407"), plus("1408"), plus("1411"), plus("1421"), plus("4401"), minus("4402"),
        others(AccountType.COST));
    l.detail("10", "其中：原材料", plus("1403"));
    l.detail("11", "在产品", plus("4001"));
    l.detail("12", "库存商品", plus("1405"));
    l.detail("13", "周转材料", plus("1411"));
    l.line("14", "其他流动资产", plus("1901"), others(AccountType.ASSET));
    l.total("15", "流动资产合计", lines("1", "2", "3", "4", "5", "6", "7", "8", "9", "14"));
    l.heading("非流动资产", "非流动资产：");
    l.line("16", "长期债券投资", plus("1501"));
    l.line("17", "长期股权投资", plus("1511"));
    l.line("18", "固定资产原价", plus("1601"));
    l.line("19", "减：累计折旧", plus("1602"));
    l.total("20", "固定资产账面价值", line("18"), lessLine("19"));
    l.line("21", "在建工程", plus("1604"));
    l.line("22", "工程物资", plus("1605"));
    l.line("23", "固定资产清理", plus("1606"));
    l.line("24", "生产性生物资产", plus("1621"), minus("1622"));
    l.line("25", "无形资产", plus("1701"), minus("1702"));
    l.line("26", "开发支出", plus("4301"));
    l.line("27", "长期待摊费用", plus("1801"));
    l.line("28", "其他非流动资产");
    l.total("29", "非流动资产合计", lines("16", "17", "20", "21", "22", "23", "24", "25", "26", "27", "28"));
    l.total("30", "资产总计", line("15"), line("29"));
    l.heading("流动负债", "流动负债：");
    l.line("31", "短期借款", plus("2001"));
    l.line("32", "应付票据", plus("2201"));
    l.line("33", "应付账款", plus("2202"));
    l.line("34", "预收账款", plus("2203"));
    l.line("35", "应付职工薪酬", plus("2211"));
    l.line("36", "应交税费", plus("2221"));
    l.line("37", "应付利息", plus("2231"));
    l.line("38", "应付利润", plus("2232"));
    l.line("39", "其他应付款", plus("2241"));
    l.line("40", "其他流动负债", others(AccountType.LIABILITY));
    l.total("41", "流动负债合计", lines("31", "32", "33", "34", "35", "36", "37", "38", "39", "40"));
    l.heading("非流动负债", "非流动负债：");
    l.line("42", "长期借款", plus("2501"));
    l.line("43", "长期应付款", plus("2701"));
    l.line("44", "递延收益", plus("2401"));
    l.line("45", "其他非流动负债");
    l.total("46", "非流动负债合计", lines("42", "43", "44", "45"));
    l.total("47", "负债合计", line("41"), line("46"));
    l.heading("所有者权益", "所有者权益（或股东权益）：");
    l.line("48", "实收资本（或股本）", plus("3001"));
    l.line("49", "资本公积", plus("3002"), others(AccountType.EQUITY));
    l.line("50", "盈余公积", plus("3101"));
    l.line("51", "未分配利润", plus("3103"), plus("3104"), others(AccountType.REVENUE), lessOthers(AccountType.EXPENSE));
    l.total("52", "所有者权益（或股东权益）合计", lines("48", "49", "50", "51"));
    l.total("53", "负债和所有者权益（或股东权益）总计", line("47"), line("52"));
    Map<StatementTotal, String> totals = new EnumMap<>(StatementTotal.class);
    totals.put(StatementTotal.TOTAL_ASSETS, "30");
    totals.put(StatementTotal.TOTAL_LIABILITIES, "47");
    totals.put(StatementTotal.TOTAL_EQUITY, "52");
    totals.put(StatementTotal.TOTAL_LIABILITIES_AND_EQUITY, "53");
    totals.put(StatementTotal.RETAINED_EARNINGS, "51");
    return new StatementLayout(
        "会小企01表", "资产负债表", StatementKind.BALANCE_SHEET, List.of("期末余额", "年初余额"), l.lines, totals);
  }

  /**
   * 利润表 (会小企02表): lines 1–32 as in 小企业会计准则 (2011), with the 本月金额 and 本年累计金额
   * columns. The "of which" lines (其中) name no account of the chart, which keeps no
   * sub-accounts for them, and show zero. Revenue and expense accounts the layout does not name
   * go to 营业外收入 and 营业外支出.
   *
   * @return the layout
   */
  public static StatementLayout chinaSmallEnterpriseIncomeStatement() {
    Lines l = new Lines();
    l.line("1", "一、营业收入", plus("5001"), plus("5051"));
    l.line("2", "减：营业成本", plus("5401"), plus("5402"));
    l.line("3", "税金及附加", plus("5403"));
    l.detail("4", "其中：消费税");
    l.detail("5", "营业税");
    l.detail("6", "城市维护建设税");
    l.detail("7", "资源税");
    l.detail("8", "土地增值税");
    l.detail("9", "城镇土地使用税、房产税、车船税、印花税");
    l.detail("10", "教育费附加、矿产资源补偿费、排污费");
    l.line("11", "销售费用", plus("5601"));
    l.detail("12", "其中：商品维修费");
    l.detail("13", "广告费和业务宣传费");
    l.line("14", "管理费用", plus("5602"));
    l.detail("15", "其中：开办费");
    l.detail("16", "业务招待费");
    l.detail("17", "研究费用");
    l.line("18", "财务费用", plus("5603"));
    l.detail("19", "其中：利息费用（收入以“-”号填列）");
    l.line("20", "加：投资收益（损失以“-”号填列）", plus("5111"));
    l.total("21", "二、营业利润（亏损以“-”号填列）",
        line("1"), lessLine("2"), lessLine("3"), lessLine("11"), lessLine("14"), lessLine("18"), line("20"));
    l.line("22", "加：营业外收入", plus("5301"), others(AccountType.REVENUE));
    l.detail("23", "其中：政府补助");
    l.line("24", "减：营业外支出", plus("5711"), others(AccountType.EXPENSE));
    l.detail("25", "其中：坏账损失");
    l.detail("26", "无法收回的长期债券投资损失");
    l.detail("27", "无法收回的长期股权投资损失");
    l.detail("28", "自然灾害等不可抗力因素造成的损失");
    l.detail("29", "税收滞纳金");
    l.total("30", "三、利润总额（亏损总额以“-”号填列）", line("21"), line("22"), lessLine("24"));
    l.line("31", "减：所得税费用", plus("5801"));
    l.total("32", "四、净利润（净亏损以“-”号填列）", line("30"), lessLine("31"));
    Map<StatementTotal, String> totals = new EnumMap<>(StatementTotal.class);
    totals.put(StatementTotal.REVENUE, "1");
    totals.put(StatementTotal.OPERATING_PROFIT, "21");
    totals.put(StatementTotal.PROFIT_BEFORE_TAX, "30");
    totals.put(StatementTotal.NET_PROFIT, "32");
    return new StatementLayout(
        "会小企02表", "利润表", StatementKind.INCOME_STATEMENT, List.of("本月金额", "本年累计金额"), l.lines, totals);
  }

  /**
   * A classified statement of financial position for {@link ChartTemplates#ifrsGeneric()}: current
   * and non-current assets, current and non-current liabilities, equity (retained earnings
   * include the revenue less the expenses not yet closed), with the closing and start-of-year columns.
   *
   * @return the layout
   */
  public static StatementLayout ifrsBalanceSheet() {
    Lines l = new Lines();
    l.heading("current-assets", "Current assets");
    l.line("cash", "Cash and cash equivalents", plus("1000"), plus("1010"));
    l.line("receivables", "Trade and other receivables", plus("1100"), plus("1120"));
    l.line("advances", "Advances to suppliers", plus("1110"));
    l.line("inventories", "Inventories", plus("1200"), plus("1210"), others(AccountType.COST));
    l.line("vat", "Input VAT recoverable", plus("1300"));
    l.line("prepaid", "Prepaid expenses", plus("1400"));
    l.line("other-current-assets", "Other current assets", plus("1900"), others(AccountType.ASSET));
    l.total("total-current-assets", "Total current assets",
        lines("cash", "receivables", "advances", "inventories", "vat", "prepaid", "other-current-assets"));
    l.heading("non-current-assets", "Non-current assets");
    l.line("ppe", "Property, plant and equipment", plus("1500"), minus("1510"));
    l.line("intangibles", "Intangible assets", plus("1600"), minus("1610"));
    l.total("total-non-current-assets", "Total non-current assets", lines("ppe", "intangibles"));
    l.total("total-assets", "Total assets", line("total-current-assets"), line("total-non-current-assets"));
    l.heading("current-liabilities", "Current liabilities");
    l.line("payables", "Trade payables", plus("2000"));
    l.line("contract-liabilities", "Contract liabilities (customer advances)", plus("2010"));
    l.line("taxes", "VAT and other taxes payable", plus("2100"), plus("2110"));
    l.line("employees", "Employee benefits payable", plus("2200"));
    l.line("short-borrowings", "Short-term borrowings", plus("2300"));
    l.line("other-current-liabilities", "Accrued and other liabilities", plus("2400"), others(AccountType.LIABILITY));
    l.total("total-current-liabilities", "Total current liabilities",
        lines("payables", "contract-liabilities", "taxes", "employees", "short-borrowings", "other-current-liabilities"));
    l.heading("non-current-liabilities", "Non-current liabilities");
    l.line("long-borrowings", "Long-term borrowings", plus("2500"));
    l.total("total-non-current-liabilities", "Total non-current liabilities", lines("long-borrowings"));
    l.total("total-liabilities", "Total liabilities",
        line("total-current-liabilities"), line("total-non-current-liabilities"));
    l.heading("equity", "Equity");
    l.line("share-capital", "Share capital", plus("3000"));
    l.line("share-premium", "Share premium", plus("3100"));
    l.line("other-reserves", "Other reserves", others(AccountType.EQUITY));
    l.line("retained-earnings", "Retained earnings", plus("3200"), plus("3300"), others(AccountType.REVENUE),
        lessOthers(AccountType.EXPENSE));
    l.total("total-equity", "Total equity", lines("share-capital", "share-premium", "other-reserves", "retained-earnings"));
    l.total("total-equity-and-liabilities", "Total equity and liabilities", line("total-liabilities"), line("total-equity"));
    Map<StatementTotal, String> totals = new EnumMap<>(StatementTotal.class);
    totals.put(StatementTotal.TOTAL_ASSETS, "total-assets");
    totals.put(StatementTotal.TOTAL_LIABILITIES, "total-liabilities");
    totals.put(StatementTotal.TOTAL_EQUITY, "total-equity");
    totals.put(StatementTotal.TOTAL_LIABILITIES_AND_EQUITY, "total-equity-and-liabilities");
    totals.put(StatementTotal.RETAINED_EARNINGS, "retained-earnings");
    return new StatementLayout("IAS 1", "Statement of financial position", StatementKind.BALANCE_SHEET,
        List.of("Closing", "Start of year"), l.lines, totals);
  }

  /**
   * A statement of profit or loss by function for {@link ChartTemplates#ifrsGeneric()}: revenue,
   * cost of sales, gross profit, other income, expenses by function, operating profit, finance
   * income and costs, profit before tax, income tax, profit for the period; with the period's and
   * the year-to-date columns.
   *
   * @return the layout
   */
  public static StatementLayout ifrsIncomeStatement() {
    Lines l = new Lines();
    l.line("revenue", "Revenue", plus("4000"));
    l.line("cost-of-sales", "Cost of sales", plus("5000"));
    l.total("gross-profit", "Gross profit", line("revenue"), lessLine("cost-of-sales"));
    l.line("other-income", "Other income", plus("4100"), others(AccountType.REVENUE));
    l.line("selling", "Selling and distribution expenses", plus("6000"));
    l.line("administrative", "Administrative expenses", plus("6100"));
    l.line("other-expenses", "Other expenses", plus("6300"), others(AccountType.EXPENSE));
    l.total("operating-profit", "Operating profit", line("gross-profit"), line("other-income"), lessLine("selling"),
        lessLine("administrative"), lessLine("other-expenses"));
    l.line("finance-income", "Finance income", plus("4200"));
    l.line("finance-costs", "Finance costs", plus("6200"));
    l.total("profit-before-tax", "Profit before tax", line("operating-profit"), line("finance-income"),
        lessLine("finance-costs"));
    l.line("income-tax", "Income tax expense", plus("7000"));
    l.total("profit-for-the-period", "Profit for the period", line("profit-before-tax"), lessLine("income-tax"));
    Map<StatementTotal, String> totals = new EnumMap<>(StatementTotal.class);
    totals.put(StatementTotal.REVENUE, "revenue");
    totals.put(StatementTotal.OPERATING_PROFIT, "operating-profit");
    totals.put(StatementTotal.PROFIT_BEFORE_TAX, "profit-before-tax");
    totals.put(StatementTotal.NET_PROFIT, "profit-for-the-period");
    return new StatementLayout("IAS 1", "Statement of profit or loss", StatementKind.INCOME_STATEMENT,
        List.of("Period", "Year to date"), l.lines, totals);
  }

  private static LayoutTerm[] lines(String... keys) {
    LayoutTerm[] terms = new LayoutTerm[keys.length];
    for (int i = 0; i < keys.length; i++) {
      terms[i] = line(keys[i]);
    }
    return terms;
  }

  /** Collects the lines of a layout in order; numbered layouts use the 行次 as the key. */
  private static final class Lines {
    private final List<LayoutLine> lines = new ArrayList<>();

    void heading(String key, String name) {
      lines.add(new LayoutLine(key, "", name, LayoutLine.Style.HEADING, List.of()));
    }

    void line(String key, String name, LayoutTerm... terms) {
      add(key, name, LayoutLine.Style.LINE, terms);
    }

    void detail(String key, String name, LayoutTerm... terms) {
      add(key, name, LayoutLine.Style.DETAIL, terms);
    }

    void total(String key, String name, LayoutTerm... terms) {
      add(key, name, LayoutLine.Style.TOTAL, terms);
    }

    private void add(String key, String name, LayoutLine.Style style, LayoutTerm... terms) {
      String number = key.chars().allMatch(Character::isDigit) ? key : "";
      lines.add(new LayoutLine(key, number, name, style, List.of(terms)));
    }
  }
}
