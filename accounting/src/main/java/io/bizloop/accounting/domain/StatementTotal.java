package io.bizloop.accounting.domain;

/**
 * The figures every layout of a kind names, whatever its language: a reader finds total assets on
 * 资产总计 (行次 30) of 会小企01表 and on {@code Total assets} of the IFRS layout alike.
 */
public enum StatementTotal {
  /** Balance sheet: 资产总计, total assets. */
  TOTAL_ASSETS,
  /** Balance sheet: 负债合计, total liabilities. */
  TOTAL_LIABILITIES,
  /** Balance sheet: 所有者权益合计, total equity, the year's unclosed profit included. */
  TOTAL_EQUITY,
  /** Balance sheet: 负债和所有者权益总计, total equity and liabilities. */
  TOTAL_LIABILITIES_AND_EQUITY,
  /** Balance sheet: 未分配利润, retained earnings, the year's unclosed profit included. */
  RETAINED_EARNINGS,
  /** Income statement: 营业收入, revenue. */
  REVENUE,
  /** Income statement: 营业利润, operating profit. */
  OPERATING_PROFIT,
  /** Income statement: 利润总额, profit before tax. */
  PROFIT_BEFORE_TAX,
  /** Income statement: 净利润, profit for the period. */
  NET_PROFIT
}
