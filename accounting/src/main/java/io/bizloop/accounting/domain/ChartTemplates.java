package io.bizloop.accounting.domain;

import static io.bizloop.accounting.domain.AccountType.ASSET;
import static io.bizloop.accounting.domain.AccountType.COST;
import static io.bizloop.accounting.domain.AccountType.EQUITY;
import static io.bizloop.accounting.domain.AccountType.EXPENSE;
import static io.bizloop.accounting.domain.AccountType.LIABILITY;
import static io.bizloop.accounting.domain.AccountType.REVENUE;
import static io.bizloop.accounting.domain.NormalBalance.CREDIT;
import static io.bizloop.accounting.domain.NormalBalance.DEBIT;

import java.util.List;

/** The charts of accounts that ship with bizloop, as data. */
public final class ChartTemplates {

  private ChartTemplates() {}

  /**
   * The first-level accounts of 小企业会计准则 (2011), plus the VAT sub-accounts 22210101
   * 应交增值税(进项税额) and 22210102 应交增值税(销项税额). Equity: 3001 实收资本 (paid-in
   * capital), 3002, 3101, 3103 本年利润 (profit for the year), 3104 利润分配 (retained earnings).
   *
   * @return the chart
   */
  public static ChartOfAccounts chinaSmallEnterprise() {
    return ChartOfAccounts.of(
        "小企业会计准则",
        List.of(
            Account.of("1001", "库存现金", ASSET, DEBIT),
            Account.of("1002", "银行存款", ASSET, DEBIT),
            Account.of("1012", "其他货币资金", ASSET, DEBIT),
            Account.of("1101", "短期投资", ASSET, DEBIT),
            Account.of("1121", "应收票据", ASSET, DEBIT),
            Account.of("1122", "应收账款", ASSET, DEBIT),
            Account.of("1123", "预付账款", ASSET, DEBIT),
            Account.of("1131", "应收股利", ASSET, DEBIT),
            Account.of("1132", "应收利息", ASSET, DEBIT),
            Account.of("1221", "其他应收款", ASSET, DEBIT),
            Account.of("1401", "材料采购", ASSET, DEBIT),
            Account.of("1402", "在途物资", ASSET, DEBIT),
            Account.of("1403", "原材料", ASSET, DEBIT),
            Account.of("1404", "材料成本差异", ASSET, DEBIT),
            Account.of("1405", "库存商品", ASSET, DEBIT),
            Account.of("1407", "商品进销差价", ASSET, CREDIT),
            Account.of("1408", "委托加工物资", ASSET, DEBIT),
            Account.of("1411", "周转材料", ASSET, DEBIT),
            Account.of("1421", "消耗性生物资产", ASSET, DEBIT),
            Account.of("1501", "长期债券投资", ASSET, DEBIT),
            Account.of("1511", "长期股权投资", ASSET, DEBIT),
            Account.of("1601", "固定资产", ASSET, DEBIT),
            Account.of("1602", "累计折旧", ASSET, CREDIT),
            Account.of("1604", "在建工程", ASSET, DEBIT),
            Account.of("1605", "工程物资", ASSET, DEBIT),
            Account.of("1606", "固定资产清理", ASSET, DEBIT),
            Account.of("1621", "生产性生物资产", ASSET, DEBIT),
            Account.of("1622", "生产性生物资产累计折旧", ASSET, CREDIT),
            Account.of("1701", "无形资产", ASSET, DEBIT),
            Account.of("1702", "累计摊销", ASSET, CREDIT),
            Account.of("1801", "长期待摊费用", ASSET, DEBIT),
            Account.of("1901", "待处理财产损溢", ASSET, DEBIT),
            Account.of("2001", "短期借款", LIABILITY, CREDIT),
            Account.of("2201", "应付票据", LIABILITY, CREDIT),
            Account.of("2202", "应付账款", LIABILITY, CREDIT),
            Account.of("2203", "预收账款", LIABILITY, CREDIT),
            Account.of("2211", "应付职工薪酬", LIABILITY, CREDIT),
            Account.of("2221", "应交税费", LIABILITY, CREDIT),
            Account.of("22210101", "应交增值税(进项税额)", LIABILITY, DEBIT),
            Account.of("22210102", "应交增值税(销项税额)", LIABILITY, CREDIT),
            Account.of("2231", "应付利息", LIABILITY, CREDIT),
            Account.of("2232", "应付利润", LIABILITY, CREDIT),
            Account.of("2241", "其他应付款", LIABILITY, CREDIT),
            Account.of("2401", "递延收益", LIABILITY, CREDIT),
            Account.of("2501", "长期借款", LIABILITY, CREDIT),
            Account.of("2701", "长期应付款", LIABILITY, CREDIT),
            Account.of("3001", "实收资本", EQUITY, CREDIT),
            Account.of("3002", "资本公积", EQUITY, CREDIT),
            Account.of("3101", "盈余公积", EQUITY, CREDIT),
            Account.of("3103", "本年利润", EQUITY, CREDIT),
            Account.of("3104", "利润分配", EQUITY, CREDIT),
            Account.of("4001", "生产成本", COST, DEBIT),
            Account.of("4101", "制造费用", COST, DEBIT),
            Account.of("4301", "研发支出", COST, DEBIT),
            Account.of("4401", "工程施工", COST, DEBIT),
            Account.of("4403", "机械作业", COST, DEBIT),
            Account.of("5001", "主营业务收入", REVENUE, CREDIT),
            Account.of("5051", "其他业务收入", REVENUE, CREDIT),
            Account.of("5111", "投资收益", REVENUE, CREDIT),
            Account.of("5301", "营业外收入", REVENUE, CREDIT),
            Account.of("5401", "主营业务成本", EXPENSE, DEBIT),
            Account.of("5402", "其他业务成本", EXPENSE, DEBIT),
            Account.of("5403", "税金及附加", EXPENSE, DEBIT),
            Account.of("5601", "销售费用", EXPENSE, DEBIT),
            Account.of("5602", "管理费用", EXPENSE, DEBIT),
            Account.of("5603", "财务费用", EXPENSE, DEBIT),
            Account.of("5711", "营业外支出", EXPENSE, DEBIT),
            Account.of("5801", "所得税费用", EXPENSE, DEBIT)));
  }

  /**
   * A generic IFRS-style chart with English names, for companies outside China. Equity: 3000
   * share capital, 3100 share premium, 3200 retained earnings, 3300 profit for the year.
   *
   * @return the chart
   */
  public static ChartOfAccounts ifrsGeneric() {
    return ChartOfAccounts.of(
        "IFRS generic",
        List.of(
            Account.of("1000", "Cash on hand", ASSET, DEBIT),
            Account.of("1010", "Cash at bank", ASSET, DEBIT),
            Account.of("1100", "Trade receivables", ASSET, DEBIT),
            Account.of("1110", "Advances to suppliers", ASSET, DEBIT),
            Account.of("1120", "Other receivables", ASSET, DEBIT),
            Account.of("1200", "Inventories", ASSET, DEBIT),
            Account.of("1210", "Raw materials", ASSET, DEBIT),
            Account.of("1300", "Input VAT recoverable", ASSET, DEBIT),
            Account.of("1400", "Prepaid expenses", ASSET, DEBIT),
            Account.of("1500", "Property, plant and equipment", ASSET, DEBIT),
            Account.of("1510", "Accumulated depreciation", ASSET, CREDIT),
            Account.of("1600", "Intangible assets", ASSET, DEBIT),
            Account.of("1610", "Accumulated amortisation", ASSET, CREDIT),
            Account.of("1900", "Inventory differences pending", ASSET, DEBIT),
            Account.of("2000", "Trade payables", LIABILITY, CREDIT),
            Account.of("2010", "Contract liabilities (customer advances)", LIABILITY, CREDIT),
            Account.of("2100", "Output VAT payable", LIABILITY, CREDIT),
            Account.of("2110", "Other taxes payable", LIABILITY, CREDIT),
            Account.of("2200", "Employee benefits payable", LIABILITY, CREDIT),
            Account.of("2300", "Short-term borrowings", LIABILITY, CREDIT),
            Account.of("2400", "Accrued liabilities", LIABILITY, CREDIT),
            Account.of("2500", "Long-term borrowings", LIABILITY, CREDIT),
            Account.of("3000", "Share capital", EQUITY, CREDIT),
            Account.of("3100", "Share premium", EQUITY, CREDIT),
            Account.of("3200", "Retained earnings", EQUITY, CREDIT),
            Account.of("3300", "Profit for the year", EQUITY, CREDIT),
            Account.of("4000", "Revenue from sale of goods", REVENUE, CREDIT),
            Account.of("4100", "Other income", REVENUE, CREDIT),
            Account.of("4200", "Finance income", REVENUE, CREDIT),
            Account.of("5000", "Cost of sales", EXPENSE, DEBIT),
            Account.of("6000", "Selling expenses", EXPENSE, DEBIT),
            Account.of("6100", "Administrative expenses", EXPENSE, DEBIT),
            Account.of("6200", "Finance costs", EXPENSE, DEBIT),
            Account.of("6300", "Other expenses", EXPENSE, DEBIT),
            Account.of("7000", "Income tax expense", EXPENSE, DEBIT)));
  }
}
