/**
 * {@code statements FILE}: replays a scenario and presents its books as financial statements in
 * the layout of the company's chart (资产负债表 and 利润表 of 小企业会计准则, or the classified
 * IFRS-style statements) — as text tables, as CSV files and as one self-contained HTML report with
 * the sales funnel, the aging of receivables and payables and the stock value by warehouse.
 */
package io.bizloop.examples.statements;
