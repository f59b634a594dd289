package io.bizloop.examples.statements;

import static org.assertj.core.api.Assertions.assertThat;

import io.bizloop.examples.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** {@code statements FILE}: the demo's month presented as statements that foot, as CSV and as an HTML report. */
class StatementsCommandTest {

  @TempDir Path folder;

  @Test
  void theDemoMonthsStatementsFoot() throws IOException {
    // when
    Run run = statements(demo().toString());

    // then
    assertThat(run.status).as(run.err).isZero();
    assertThat(run.err).isEmpty();
    assertThat(run.out).contains("资产负债表  会小企01表  2026-11-30", "利润表  会小企02表  2026-11",
        "The statements foot: yes");
    BigDecimal assets = amount(run.out, "资产总计");
    assertThat(assets).isPositive().isEqualTo(amount(run.out, "负债和所有者权益（或股东权益）总计"));
    assertThat(amount(run.out, "负债合计").add(amount(run.out, "所有者权益（或股东权益）合计"))).isEqualTo(assets);
    // the month's net profit is the change in 未分配利润 (nothing else touched it; the books began in November)
    assertThat(amount(run.out, "四、净利润（净亏损以“-”号填列）")).isEqualTo(amount(run.out, "未分配利润"));
    assertThat(run.out.lines().filter(l -> l.contains(" = ") && l.endsWith("yes")).count()).isEqualTo(4);
  }

  @Test
  void writesCsvFilesWithTheOfficialLineNames() throws IOException {
    // given
    Path csv = folder.resolve("csv");

    // when
    Run run = statements(demo().toString(), "--csv", csv.toString());

    // then
    assertThat(run.status).as(run.err).isZero();
    List<String> sheet = Files.readAllLines(csv.resolve("balance-sheet.csv"), StandardCharsets.UTF_8);
    List<String> income = Files.readAllLines(csv.resolve("income-statement.csv"), StandardCharsets.UTF_8);
    assertThat(sheet.get(0)).isEqualTo("\uFEFF项目,行次,期末余额,年初余额,科目");
    assertThat(sheet).hasSize(1 + 53 + 5)
        .anyMatch(l -> l.startsWith("货币资金,1,"))
        .anyMatch(l -> l.startsWith("存货,9,"))
        .anyMatch(l -> l.startsWith("应交税费,36,"))
        .anyMatch(l -> l.startsWith("未分配利润,51,"))
        .anyMatch(l -> l.startsWith("资产总计,30,"))
        .anyMatch(l -> l.startsWith("负债和所有者权益（或股东权益）总计,53,"));
    assertThat(income.get(0)).isEqualTo("\uFEFF项目,行次,本月金额,本年累计金额,科目");
    assertThat(income).hasSize(1 + 32)
        .anyMatch(l -> l.startsWith("一、营业收入,1,"))
        .anyMatch(l -> l.startsWith("减：营业成本,2,"))
        .anyMatch(l -> l.startsWith("四、净利润（净亏损以“-”号填列）,32,"));
    String total = sheet.stream().filter(l -> l.startsWith("资产总计,")).findFirst().orElseThrow().split(",")[2];
    assertThat(sheet).anyMatch(l -> l.startsWith("负债和所有者权益（或股东权益）总计,53," + total + ","));
  }

  @Test
  void writesOneSelfContainedWellFormedHtmlReport() throws Exception {
    // given
    Path html = folder.resolve("report/statements.html");

    // when
    Run run = statements(demo().toString(), "--html", html.toString());

    // then
    assertThat(run.status).as(run.err).isZero();
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertThat(page).startsWith("<!DOCTYPE html>")
        .contains("<style>", "<table", "<svg", "资产负债表", "利润表", "货币资金", "未分配利润", "净利润",
            "id=\"funnel\"", "PROPOSAL", "id=\"aging\"", "S-YUYAO", "id=\"stock\"", "WH-HZ", "✓")
        .doesNotContain("<script", "<link", " src=", " href=", "✗");
    Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
    assertThat(document.getElementsByTagName("table").getLength()).isGreaterThanOrEqualTo(6);
    assertThat(document.getElementsByTagName("svg").getLength()).isGreaterThanOrEqualTo(5);
  }

  @Test
  void anEarlierDateAndMonthAreHonoured() throws IOException {
    // when
    Run run = statements(demo().toString(), "--as-of", "2026-11-15", "--period", "2026-11");

    // then
    assertThat(run.status).as(run.err).isZero();
    assertThat(run.out).contains("资产负债表  会小企01表  2026-11-15", "利润表  会小企02表  2026-11",
        "The statements foot: yes");
  }

  @Test
  void aMissingFileIsReportedOnOneLineWithExitStatusTwo() {
    // when
    Run run = statements(folder.resolve("nothing.json").toString());

    // then
    assertThat(run.status).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.err.lines()).singleElement().asString().contains("statements: cannot read", "no such file");
  }

  @Test
  void aFileThatIsNotAScenarioIsReportedOnOneLineWithExitStatusTwo() throws IOException {
    // given
    Path file = Files.writeString(folder.resolve("bad.json"), "{\"steps\": 3}");

    // when
    Run run = statements(file.toString());

    // then
    assertThat(run.status).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.err.lines()).singleElement().asString().contains("is not a scenario");
  }

  @Test
  void aMalformedDateIsReportedWithExitStatusTwo() throws IOException {
    // when
    Run run = statements(demo().toString(), "--as-of", "2026-13-01");

    // then
    assertThat(run.status).isEqualTo(2);
    assertThat(run.err.lines()).singleElement().asString().contains("--as-of");
  }

  @Test
  void aDateOutsideTheYearsOneTo9999IsReportedWithExitStatusTwo() throws IOException {
    // when
    Run run = statements(demo().toString(), "--as-of", "+99999-01-01");

    // then
    assertThat(run.status).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.err.lines()).singleElement().asString().contains("--as-of");
  }

  private Path demo() throws IOException {
    Path file = folder.resolve("month.json");
    try (InputStream in = Main.class.getResourceAsStream("demo/month.json")) {
      Files.write(file, in.readAllBytes());
    }
    return file;
  }

  /** The first-column amount of the text table row named {@code name}. */
  private static BigDecimal amount(String out, String name) {
    Pattern row = Pattern.compile("^\\s*" + Pattern.quote(name) + "\\s+(\\d+\\s+)?(-?[0-9.]+)\\s+(-?[0-9.]+)\\s*$");
    for (String line : out.lines().toList()) {
      Matcher m = row.matcher(line);
      if (m.matches()) {
        return new BigDecimal(m.group(2));
      }
    }
    throw new AssertionError("no row " + name + " in\n" + out);
  }

  private static Run statements(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    List<String> all = new ArrayList<>(List.of("statements"));
    all.addAll(List.of(args));
    int status;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      status = Main.commandLine(o, e).execute(all.toArray(String[]::new));
    }
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private record Run(int status, String out, String err) {}
}
