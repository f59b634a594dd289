package io.bizloop.examples.statements;

import io.bizloop.accounting.domain.AgingRow;
import io.bizloop.accounting.domain.LayoutLine;
import io.bizloop.accounting.domain.StatementLayout;
import io.bizloop.accounting.domain.StatementRow;
import io.bizloop.accounting.domain.StatementTotal;
import io.bizloop.accounting.domain.StatutoryStatement;
import io.bizloop.core.Money;
import io.bizloop.crm.domain.Funnel;
import io.bizloop.inventory.application.StockRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The HTML report: one self-contained, well-formed page (inline CSS, inline SVG, no script, no
 * external file) with the statements, their checks, the sales funnel, the aging of receivables
 * and payables and the stock value by warehouse.
 */
final class Html {

  private static final String[] PALETTE = {
    "#1565c0", "#2e7d32", "#f9a825", "#6a1b9a", "#00838f", "#ef6c00", "#5d4037", "#c2185b", "#546e7a", "#9e9d24"
  };
  private static final String[] AGING_COLORS = {"#43a047", "#c0ca33", "#fbc02d", "#fb8c00", "#e53935"};

  private static final String CSS = String.join("\n",
      "*{box-sizing:border-box}",
      "body{margin:0;background:#f4f6f8;color:#1f2933;font:14px/1.45 -apple-system,'Segoe UI',Roboto,"
          + "'PingFang SC','Noto Sans CJK SC','Microsoft YaHei',sans-serif}",
      "main{max-width:1360px;margin:0 auto;padding:24px}",
      "header h1{margin:0 0 4px;font-size:24px}",
      "header p{margin:0;color:#52606d}",
      "section{background:#fff;border-radius:8px;box-shadow:0 1px 3px rgba(0,0,0,.08);padding:18px 22px;margin:18px 0}",
      "h2{margin:0 0 12px;font-size:18px}",
      "h3{margin:16px 0 8px;font-size:15px;color:#323f4b}",
      ".cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(170px,1fr));gap:12px;background:none;"
          + "box-shadow:none;padding:0}",
      ".card{background:#fff;border-radius:8px;box-shadow:0 1px 3px rgba(0,0,0,.08);padding:12px 16px}",
      ".card .k{color:#52606d;font-size:12px}",
      ".card .v{font-size:20px;font-weight:600;font-variant-numeric:tabular-nums}",
      ".two{display:grid;grid-template-columns:1fr 1fr;gap:22px;align-items:start}",
      "@media (max-width:1100px){.two{grid-template-columns:1fr}}",
      "table{border-collapse:collapse;width:100%;font-variant-numeric:tabular-nums}",
      "th,td{padding:4px 8px;border-bottom:1px solid #e4e7eb;text-align:left;vertical-align:top}",
      "th{background:#f0f4f8;font-weight:600;white-space:nowrap}",
      "td.n,th.n{text-align:right;white-space:nowrap}",
      "td.no{color:#7b8794;text-align:center;width:3em}",
      "tr.heading td{font-weight:600;background:#fafbfc}",
      "tr.line td.name{padding-left:20px}",
      "table.flat tr.line td.name{padding-left:8px}",
      "tr.detail td{color:#7b8794;font-size:12px}",
      "tr.detail td.name{padding-left:40px}",
      "table.flat tr.detail td.name{padding-left:28px}",
      "tr.total td{font-weight:600;border-top:1px solid #9aa5b1}",
      "td.name{white-space:nowrap}",
      "td.formula{color:#9aa5b1;font-size:11px;max-width:170px}",
      ".neg{color:#c62828}",
      ".chart{max-width:100%;height:auto;margin:6px 0 12px}",
      ".chart .label{font-size:12px;fill:#323f4b}",
      ".chart .value{font-size:12px;fill:#52606d}",
      ".chart .strong{font-weight:600;fill:#1f2933}",
      ".legend{display:flex;flex-wrap:wrap;gap:6px 16px;font-size:12px;color:#52606d;margin:0 0 8px}",
      ".legend span::before{content:'';display:inline-block;width:10px;height:10px;border-radius:2px;"
          + "margin-right:5px;background:var(--c)}",
      "ul.checks{list-style:none;padding:0;margin:0}",
      "ul.checks li{padding:3px 0}",
      ".ok{color:#2e7d32;font-weight:600}",
      ".bad{color:#c62828;font-weight:600}",
      ".muted{color:#7b8794}",
      "footer{color:#9aa5b1;font-size:12px;text-align:center;padding:12px}");

  private Html() {}

  static String report(Figures figures) {
    StatutoryStatement sheet = figures.balanceSheet();
    StatutoryStatement income = figures.incomeStatement();
    boolean zh = Words.chinese(sheet.layout());
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"").append(zh ? "zh-CN" : "en").append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<title>").append(esc(title(figures, zh))).append("</title>\n")
        .append("<style>\n").append(CSS).append("\n</style>\n</head>\n<body>\n<main>\n");
    html.append("<header><h1>").append(esc(title(figures, zh))).append("</h1><p>")
        .append(esc(sheet.layout().title() + " " + sheet.layout().code() + " · " + sheet.layout().columns().get(0)
            + " " + figures.asOf() + " · " + income.layout().title() + " " + income.layout().code() + " · "
            + figures.period() + " · " + figures.currency().getCurrencyCode()))
        .append("</p></header>\n");
    cards(html, figures, zh);
    balanceSheet(html, figures, zh);
    incomeStatement(html, figures, zh);
    checks(html, figures, zh);
    funnel(html, figures, zh);
    aging(html, figures, zh);
    stock(html, figures, zh);
    html.append("<footer>bizloop-examples statements · ").append(esc(figures.asOf().toString()))
        .append("</footer>\n</main>\n</body>\n</html>\n");
    return html.toString();
  }

  private static String title(Figures figures, boolean zh) {
    return (zh ? "财务报表 Statements" : "Statements") + " — " + figures.asOf();
  }

  private static String both(boolean zh, String chinese, String english) {
    return zh ? chinese + " · " + english : english;
  }

  private static void cards(StringBuilder html, Figures figures, boolean zh) {
    StatutoryStatement sheet = figures.balanceSheet();
    StatutoryStatement income = figures.incomeStatement();
    html.append("<section class=\"cards\">\n");
    card(html, sheet.layout().line(StatementTotal.TOTAL_ASSETS).name(), sheet.total(StatementTotal.TOTAL_ASSETS, 0));
    card(html, sheet.layout().line(StatementTotal.TOTAL_LIABILITIES).name(),
        sheet.total(StatementTotal.TOTAL_LIABILITIES, 0));
    card(html, Words.shortName(sheet.layout().line(StatementTotal.TOTAL_EQUITY).name()),
        sheet.total(StatementTotal.TOTAL_EQUITY, 0));
    card(html, Words.shortName(income.layout().line(StatementTotal.REVENUE).name()) + " ("
        + income.layout().columns().get(0) + ")", income.total(StatementTotal.REVENUE, 0));
    card(html, Words.shortName(income.layout().line(StatementTotal.NET_PROFIT).name()) + " ("
        + income.layout().columns().get(0) + ")", income.total(StatementTotal.NET_PROFIT, 0));
    Money stock = figures.zero();
    for (StockRow row : figures.stock()) {
      stock = stock.plus(row.value());
    }
    card(html, both(zh, "库存价值", "Stock value"), stock);
    html.append("</section>\n");
  }

  private static void card(StringBuilder html, String label, Money value) {
    html.append("<div class=\"card\"><div class=\"k\">").append(esc(label)).append("</div><div class=\"v")
        .append(value.isNegative() ? " neg" : "").append("\">").append(esc(Words.grouped(value)))
        .append("</div></div>\n");
  }

  private static void balanceSheet(StringBuilder html, Figures figures, boolean zh) {
    StatutoryStatement sheet = figures.balanceSheet();
    StatementLayout layout = sheet.layout();
    html.append("<section id=\"balance-sheet\">\n<h2>").append(esc(layout.title() + "  " + layout.code()))
        .append(" <span class=\"muted\">").append(esc(layout.columns().get(0) + " " + figures.asOf()))
        .append("</span></h2>\n");
    List<Svg.Segment> assets = segments(sheet, layout.totals().get(StatementTotal.TOTAL_ASSETS), 0);
    List<Svg.Segment> claims = segments(sheet, layout.totals().get(StatementTotal.TOTAL_LIABILITIES_AND_EQUITY), 0);
    legend(html, assets);
    legend(html, claims);
    html.append(Svg.bars(both(zh, "资产与负债和所有者权益", "Assets and what finances them"), List.of(
        new Svg.Bar(Words.shortName(layout.line(StatementTotal.TOTAL_ASSETS).name()), assets,
            Words.grouped(sheet.total(StatementTotal.TOTAL_ASSETS, 0))),
        new Svg.Bar(Words.shortName(layout.line(StatementTotal.TOTAL_LIABILITIES_AND_EQUITY).name()), claims,
            Words.grouped(sheet.total(StatementTotal.TOTAL_LIABILITIES_AND_EQUITY, 0)))), false)).append('\n');
    List<String> negative = new ArrayList<>();
    for (Svg.Segment s : assets) {
      if (s.value().isNegative()) {
        negative.add(s.label() + " " + Words.grouped(s.value()));
      }
    }
    for (Svg.Segment s : claims) {
      if (s.value().isNegative()) {
        negative.add(s.label() + " " + Words.grouped(s.value()));
      }
    }
    if (!negative.isEmpty()) {
      html.append("<p class=\"muted\">").append(esc((zh ? "未画出的负数行 · not drawn (negative): "
          : "Not drawn (negative): ") + String.join(", ", negative))).append("</p>\n");
    }
    int split = sheet.rows().indexOf(sheet.row(layout.totals().get(StatementTotal.TOTAL_ASSETS))) + 1;
    html.append("<div class=\"two\">\n");
    statementTable(html, layout, sheet.rows().subList(0, split));
    statementTable(html, layout, sheet.rows().subList(split, sheet.rows().size()));
    html.append("</div>\n</section>\n");
  }

  /** The lines a total is made of, as chart segments (a subtracted line as a negative part). */
  private static List<Svg.Segment> segments(StatutoryStatement statement, String key, int column) {
    List<Svg.Segment> segments = new ArrayList<>();
    int color = 0;
    for (Figures.Part part : Figures.parts(statement.layout(), key, false)) {
      Money amount = statement.row(part.line().key()).amount(column);
      if (amount.isZero()) {
        continue;
      }
      segments.add(new Svg.Segment(Words.shortName(part.line().name()), part.sign() < 0 ? amount.negate() : amount,
          PALETTE[color++ % PALETTE.length]));
    }
    return segments;
  }

  private static void legend(StringBuilder html, List<Svg.Segment> segments) {
    html.append("<div class=\"legend\">");
    for (Svg.Segment s : segments) {
      if (s.value().isPositive()) {
        html.append("<span style=\"--c:").append(s.color()).append("\">").append(esc(s.label() + " "
            + Words.grouped(s.value()))).append("</span>");
      }
    }
    html.append("</div>\n");
  }

  private static void statementTable(StringBuilder html, StatementLayout layout, List<StatementRow> rows) {
    boolean headings = StatementText.hasHeadings(layout);
    html.append("<table class=\"statement").append(headings ? "" : " flat").append("\">\n<thead><tr><th>")
        .append(esc(Words.item(layout)))
        .append("</th><th class=\"no\">").append(esc(Words.number(layout))).append("</th><th class=\"n\">")
        .append(esc(layout.columns().get(0))).append("</th><th class=\"n\">").append(esc(layout.columns().get(1)))
        .append("</th><th>").append(esc(Words.accounts(layout))).append("</th></tr></thead>\n<tbody>\n");
    for (StatementRow row : rows) {
      LayoutLine line = row.line();
      html.append("<tr class=\"").append(line.style().name().toLowerCase(java.util.Locale.ROOT))
          .append("\"><td class=\"name\">")
          .append(esc(line.name())).append("</td><td class=\"no\">").append(esc(line.number())).append("</td>");
      for (int c = 0; c < 2; c++) {
        html.append("<td class=\"n").append(!row.isHeading() && row.amount(c).isNegative() ? " neg" : "")
            .append("\">").append(row.isHeading() ? "" : esc(Words.grouped(row.amount(c)))).append("</td>");
      }
      html.append("<td class=\"formula\">").append(esc(line.formula())).append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n");
  }

  private static void incomeStatement(StringBuilder html, Figures figures, boolean zh) {
    StatutoryStatement income = figures.incomeStatement();
    StatementLayout layout = income.layout();
    html.append("<section id=\"income-statement\">\n<h2>").append(esc(layout.title() + "  " + layout.code()))
        .append(" <span class=\"muted\">").append(esc(figures.period().toString())).append("</span></h2>\n");
    List<Svg.Step> steps = new ArrayList<>();
    Money running = figures.zero();
    for (Figures.Part part : Figures.parts(layout, layout.totals().get(StatementTotal.NET_PROFIT), true)) {
      Money amount = income.row(part.line().key()).amount(0);
      String label = Words.shortName(part.line().name());
      if (part.sign() == 0) {
        steps.add(new Svg.Step(label, figures.zero(), amount, true));
      } else if (!amount.isZero()) {
        Money next = part.sign() > 0 ? running.plus(amount) : running.minus(amount);
        steps.add(new Svg.Step(label, running, next, false));
        running = next;
      }
    }
    steps.add(new Svg.Step(Words.shortName(layout.line(StatementTotal.NET_PROFIT).name()), figures.zero(),
        income.total(StatementTotal.NET_PROFIT, 0), true));
    html.append("<h3>").append(esc(both(zh, "从收入到净利润（" + layout.columns().get(0) + "）",
        "From revenue to profit (" + layout.columns().get(0) + ")"))).append("</h3>\n");
    html.append(Svg.waterfall(both(zh, "利润瀑布图", "Profit waterfall"), steps)).append('\n');
    statementTable(html, layout, income.rows());
    html.append("</section>\n");
  }

  private static void checks(StringBuilder html, Figures figures, boolean zh) {
    html.append("<section id=\"checks\">\n<h2>").append(esc(both(zh, "勾稽关系", "Checks"))).append("</h2>\n<ul class=\"checks\">\n");
    for (Check check : figures.checks()) {
      html.append("<li><span class=\"").append(check.holds() ? "ok\">✓" : "bad\">✗").append("</span> ")
          .append(esc(check.description() + ": " + Words.grouped(check.left()) + " = "
              + Words.grouped(check.right()))).append("</li>\n");
    }
    html.append("</ul>\n</section>\n");
  }

  private static void funnel(StringBuilder html, Figures figures, boolean zh) {
    Funnel funnel = figures.funnel();
    html.append("<section id=\"funnel\">\n<h2>").append(esc(both(zh, "销售漏斗", "Sales funnel"))).append("</h2>\n");
    List<Svg.Bar> bars = new ArrayList<>();
    for (Funnel.StageFigures stage : funnel.stages()) {
      bars.add(new Svg.Bar(stage.stage() + " (" + stage.count() + ")",
          List.of(new Svg.Segment(stage.stage(), stage.amount(), "#1565c0")), Words.grouped(stage.amount())));
    }
    bars.add(new Svg.Bar("WON (" + funnel.won().count() + ")",
        List.of(new Svg.Segment("WON", funnel.won().amount(), "#2e7d32")), Words.grouped(funnel.won().amount())));
    bars.add(new Svg.Bar("LOST (" + funnel.lost().count() + ")",
        List.of(new Svg.Segment("LOST", funnel.lost().amount(), "#9aa5b1")), Words.grouped(funnel.lost().amount())));
    html.append(Svg.bars(both(zh, "各阶段商机金额", "Opportunity amount by stage"), bars, true)).append('\n');
    html.append("<table>\n<thead><tr><th>").append(esc(both(zh, "阶段", "Stage"))).append("</th><th class=\"n\">")
        .append(esc(both(zh, "数量", "Count"))).append("</th><th class=\"n\">").append(esc(both(zh, "金额", "Amount")))
        .append("</th><th class=\"n\">").append(esc(both(zh, "加权金额", "Weighted"))).append("</th></tr></thead>\n<tbody>\n");
    for (Funnel.StageFigures stage : funnel.stages()) {
      row(html, stage.stage(), String.valueOf(stage.count()), Words.grouped(stage.amount()), Words.grouped(stage.weighted()));
    }
    row(html, "WON", String.valueOf(funnel.won().count()), Words.grouped(funnel.won().amount()), "");
    row(html, "LOST", String.valueOf(funnel.lost().count()), Words.grouped(funnel.lost().amount()), "");
    html.append("<tr class=\"total\"><td>").append(esc(both(zh, "加权管道", "Weighted pipeline")))
        .append("</td><td class=\"n\"></td><td class=\"n\"></td><td class=\"n\">")
        .append(esc(Words.grouped(funnel.weightedPipeline()))).append("</td></tr>\n</tbody>\n</table>\n");
    html.append("<p class=\"muted\">").append(esc(both(zh, "赢单率", "Win rate") + ": "
        + (funnel.winRate() == null ? "n/a" : funnel.winRate().movePointRight(2).stripTrailingZeros().toPlainString() + " %")
        + (funnel.bottleneck() == null ? "" : " · " + both(zh, "最慢阶段", "slowest stage") + ": " + funnel.bottleneck())))
        .append("</p>\n</section>\n");
  }

  private static void aging(StringBuilder html, Figures figures, boolean zh) {
    html.append("<section id=\"aging\">\n<h2>").append(esc(both(zh, "账龄（按逾期天数）", "Aging by days overdue")))
        .append(" <span class=\"muted\">").append(esc(figures.asOf().toString())).append("</span></h2>\n");
    String[] buckets = {both(zh, "未到期", "current"), "1–30", "31–60", "61–90", "> 90"};
    html.append("<div class=\"legend\">");
    for (int i = 0; i < buckets.length; i++) {
      html.append("<span style=\"--c:").append(AGING_COLORS[i]).append("\">").append(esc(buckets[i])).append("</span>");
    }
    html.append("</div>\n");
    agingPart(html, both(zh, "应收账款", "Receivables"), figures.aging().receivables(), buckets, zh);
    agingPart(html, both(zh, "应付账款", "Payables"), figures.aging().payables(), buckets, zh);
    html.append("</section>\n");
  }

  private static void agingPart(StringBuilder html, String title, List<AgingRow> rows, String[] buckets, boolean zh) {
    html.append("<h3>").append(esc(title)).append("</h3>\n");
    if (rows.isEmpty()) {
      html.append("<p class=\"muted\">").append(esc(both(zh, "无未结项", "No open items"))).append("</p>\n");
      return;
    }
    List<Svg.Bar> bars = new ArrayList<>();
    for (AgingRow row : rows) {
      List<Money> amounts = amounts(row);
      List<Svg.Segment> segments = new ArrayList<>();
      for (int i = 0; i < amounts.size(); i++) {
        segments.add(new Svg.Segment(buckets[i], amounts.get(i), AGING_COLORS[i]));
      }
      bars.add(new Svg.Bar(row.party().id(), segments, Words.grouped(row.total())));
    }
    html.append(Svg.bars(title, bars, false)).append('\n');
    html.append("<table>\n<thead><tr><th>").append(esc(both(zh, "往来单位", "Party"))).append("</th>");
    for (String bucket : buckets) {
      html.append("<th class=\"n\">").append(esc(bucket)).append("</th>");
    }
    html.append("<th class=\"n\">").append(esc(both(zh, "合计", "Total"))).append("</th></tr></thead>\n<tbody>\n");
    for (AgingRow row : rows) {
      html.append("<tr><td>").append(esc(row.party().id())).append("</td>");
      for (Money amount : amounts(row)) {
        html.append("<td class=\"n\">").append(esc(Words.grouped(amount))).append("</td>");
      }
      html.append("<td class=\"n\">").append(esc(Words.grouped(row.total()))).append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n");
  }

  private static List<Money> amounts(AgingRow row) {
    return List.of(row.current(), row.overdue1to30(), row.overdue31to60(), row.overdue61to90(), row.overdueOver90());
  }

  private static void stock(StringBuilder html, Figures figures, boolean zh) {
    html.append("<section id=\"stock\">\n<h2>").append(esc(both(zh, "各仓库存价值", "Stock value by warehouse")))
        .append("</h2>\n");
    List<Svg.Bar> bars = new ArrayList<>();
    for (Map.Entry<String, Money> warehouse : figures.stockValueByWarehouse().entrySet()) {
      bars.add(new Svg.Bar(warehouse.getKey(), List.of(new Svg.Segment(warehouse.getKey(), warehouse.getValue(),
          "#00838f")), Words.grouped(warehouse.getValue())));
    }
    html.append(Svg.bars(both(zh, "各仓库存价值", "Stock value by warehouse"), bars, false)).append('\n');
    html.append("<table>\n<thead><tr><th>").append(esc(both(zh, "仓库", "Warehouse"))).append("</th><th>")
        .append(esc("SKU")).append("</th><th class=\"n\">").append(esc(both(zh, "在库", "On hand")))
        .append("</th><th class=\"n\">").append(esc(both(zh, "已预留", "Reserved"))).append("</th><th class=\"n\">")
        .append(esc(both(zh, "可用", "Available"))).append("</th><th class=\"n\">").append(esc(both(zh, "价值", "Value")))
        .append("</th></tr></thead>\n<tbody>\n");
    for (StockRow row : figures.stock()) {
      html.append("<tr><td>").append(esc(row.warehouse().value())).append("</td><td>").append(esc(row.sku().value()))
          .append("</td><td class=\"n\">").append(esc(row.onHand().toPlainString())).append("</td><td class=\"n\">")
          .append(esc(row.reserved().toPlainString())).append("</td><td class=\"n\">")
          .append(esc(row.available().toPlainString())).append("</td><td class=\"n\">")
          .append(esc(Words.grouped(row.value()))).append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n</section>\n");
  }

  private static void row(StringBuilder html, String... cells) {
    html.append("<tr>");
    for (int i = 0; i < cells.length; i++) {
      html.append(i == 0 ? "<td>" : "<td class=\"n\">").append(esc(cells[i])).append("</td>");
    }
    html.append("</tr>\n");
  }

  /** Text escaped for an element or a double-quoted attribute; characters XML forbids are dropped. */
  static String esc(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      switch (cp) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
              || cp >= 0x10000) {
            out.appendCodePoint(cp);
          }
        }
      }
    });
    return out.toString();
  }
}
