package io.bizloop.examples.replay;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The comparison of a report with an expected subset, by the same rules as
 * shared/tools/check-report.py: named fields only, keyed entries, exact decimals, all-zero
 * defaults for stock/receivables/payables/customers, exact sets for suggestions and rejections,
 * aging rows by party with all-zero defaults.
 */
final class ReportCheck {

  private static final Map<String, List<String>> KEYS =
      Map.of(
          "stock", List.of("warehouse", "sku"),
          "receivables", List.of("customer"),
          "payables", List.of("supplier"),
          "orders", List.of("id"),
          "customers", List.of("id"),
          "leads", List.of("id"),
          "tickets", List.of("id"));
  private static final Set<String> ZERO_DEFAULT = Set.of("stock", "receivables", "payables", "customers");

  private final List<String> differences = new ArrayList<>();

  /** The differences between {@code report} and {@code expected}; empty when they agree. */
  static List<String> differences(JsonNode report, JsonNode expected) {
    ReportCheck check = new ReportCheck();
    check.compare(report, expected);
    return check.differences;
  }

  private void compare(JsonNode report, JsonNode expected) {
    if (expected.has("trialBalance")) {
      Map<String, JsonNode> balances = new HashMap<>();
      report.path("trialBalance").forEach(row -> balances.put(row.path("account").asText(), row.path("balance")));
      expected.get("trialBalance").fields().forEachRemaining(
          e -> check("trialBalance[" + e.getKey() + "]", balances.getOrDefault(e.getKey(), null), e.getValue(), "0"));
      balances.forEach((account, balance) -> {
        if (!expected.get("trialBalance").has(account)) {
          check("trialBalance[" + account + "] (not expected)", balance, null, "0");
        }
      });
      check("totals debit == credit", report.path("totals").get("debit"), report.path("totals").get("credit"), null);
    }
    KEYS.forEach((section, keys) -> compareSection(report, expected, section, keys));
    if (expected.has("purchaseSuggestions")) {
      check("purchaseSuggestions", suggestions(report.path("purchaseSuggestions")), suggestions(expected.get("purchaseSuggestions")));
    }
    if (expected.has("rejections")) {
      check("rejections", rejections(report.path("rejections")), rejections(expected.get("rejections")));
    }
    if (expected.has("ignoredDuplicates")) {
      check("ignoredDuplicates", report.get("ignoredDuplicates"), expected.get("ignoredDuplicates"), "0");
    }
    if (expected.has("funnel")) {
      compareFunnel(report.path("funnel"), expected.get("funnel"));
    }
    if (expected.has("aging")) {
      compareAging(report.path("aging"), expected.get("aging"));
    }
  }

  /**
   * asOf, and per receivable (customer) and payable (supplier) row the buckets named; a missing
   * row counts as all zero; a reported row with a non-zero total that is not expected is a
   * difference.
   */
  private void compareAging(JsonNode got, JsonNode want) {
    if (want.has("asOf")) {
      check("aging.asOf", got.get("asOf"), want.get("asOf"), null);
    }
    for (List<String> side : List.of(List.of("receivables", "customer"), List.of("payables", "supplier"))) {
      String name = side.get(0);
      String key = side.get(1);
      if (!want.has(name)) {
        continue;
      }
      Map<String, JsonNode> index = new java.util.LinkedHashMap<>();
      got.path(name).forEach(row -> index.put(row.path(key).asText(), row));
      for (JsonNode row : want.get(name)) {
        String party = row.path(key).asText();
        JsonNode gotRow = index.remove(party);
        row.fields().forEachRemaining(field -> {
          if (!field.getKey().equals(key)) {
            check("aging." + name + "[" + party + "]." + field.getKey(),
                gotRow == null ? null : gotRow.get(field.getKey()), field.getValue(), "0");
          }
        });
      }
      index.forEach((party, extra) ->
          check("aging." + name + "[" + party + "].total (not expected)", extra.get("total"), null, "0"));
    }
  }

  private void compareSection(JsonNode report, JsonNode expected, String section, List<String> keys) {
    if (!expected.has(section)) {
      return;
    }
    Map<List<String>, JsonNode> index = new HashMap<>();
    report.path(section).forEach(row -> index.put(key(row, keys), row));
    for (JsonNode want : expected.get(section)) {
      List<String> key = key(want, keys);
      JsonNode got = index.get(key);
      if (got == null && !ZERO_DEFAULT.contains(section)) {
        differences.add(section + key + ": missing");
        continue;
      }
      String fallback = ZERO_DEFAULT.contains(section) ? "0" : null;
      want.fields().forEachRemaining(field -> {
        if (keys.contains(field.getKey())) {
          return;
        }
        if (field.getKey().equals("lines")) {
          compareLines(section + key, got, field.getValue());
          return;
        }
        check(section + key + "." + field.getKey(), got == null ? null : got.get(field.getKey()), field.getValue(), fallback);
      });
    }
  }

  private void compareLines(String where, JsonNode got, JsonNode wantLines) {
    Map<String, JsonNode> lines = new HashMap<>();
    if (got != null) {
      got.path("lines").forEach(line -> lines.put(line.path("sku").asText(), line));
    }
    for (JsonNode want : wantLines) {
      String sku = want.path("sku").asText();
      JsonNode line = lines.get(sku);
      if (line == null) {
        differences.add(where + ".lines[" + sku + "]: missing");
        continue;
      }
      want.fields().forEachRemaining(field -> {
        if (!field.getKey().equals("sku")) {
          check(where + ".lines[" + sku + "]." + field.getKey(), line.get(field.getKey()), field.getValue(), "0");
        }
      });
    }
  }

  private void compareFunnel(JsonNode got, JsonNode want) {
    Map<String, JsonNode> stages = new HashMap<>();
    got.path("stages").forEach(stage -> stages.put(stage.path("stage").asText(), stage));
    for (JsonNode stage : want.path("stages")) {
      JsonNode gotStage = stages.get(stage.path("stage").asText());
      for (String field : List.of("count", "amount", "weighted")) {
        if (stage.has(field)) {
          check("funnel.stages[" + stage.path("stage").asText() + "]." + field,
              gotStage == null ? null : gotStage.get(field), stage.get(field), null);
        }
      }
    }
    for (String part : List.of("won", "lost")) {
      want.path(part).fields().forEachRemaining(
          field -> check("funnel." + part + "." + field.getKey(), got.path(part).get(field.getKey()), field.getValue(), null));
    }
    for (String field : List.of("weightedPipeline", "winRate")) {
      if (want.has(field)) {
        check("funnel." + field, got.get(field), want.get(field), null);
      }
    }
  }

  private static List<String> key(JsonNode row, List<String> keys) {
    return keys.stream().map(k -> row.path(k).asText()).toList();
  }

  private static Set<String> suggestions(JsonNode rows) {
    Set<String> set = new TreeSet<>();
    rows.forEach(r -> set.add(r.path("sku").asText() + "@" + r.path("warehouse").asText() + "=" + decimal(r.get("quantity"))));
    return set;
  }

  private static Set<String> rejections(JsonNode rows) {
    Set<String> set = new TreeSet<>();
    rows.forEach(r -> set.add(r.path("step").asInt() + ":" + r.path("code").asText()));
    return set;
  }

  private void check(String label, Object got, Object want) {
    if (!Objects.equals(got, want)) {
      differences.add(label + ": got " + got + ", want " + want);
    }
  }

  private void check(String label, JsonNode got, JsonNode want, String fallback) {
    String gotText = got == null || got.isNull() ? fallback : got.asText();
    String wantText = want == null || want.isNull() ? fallback : want.asText();
    BigDecimal gotNumber = decimal(gotText);
    BigDecimal wantNumber = decimal(wantText);
    boolean same = gotNumber != null && wantNumber != null
        ? gotNumber.compareTo(wantNumber) == 0
        : Objects.equals(gotText, wantText);
    if (!same) {
      differences.add(label + ": got " + gotText + ", want " + wantText);
    }
  }

  private static BigDecimal decimal(JsonNode node) {
    return node == null ? null : decimal(node.asText());
  }

  private static BigDecimal decimal(String text) {
    if (text == null) {
      return null;
    }
    try {
      return new BigDecimal(text).stripTrailingZeros();
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
