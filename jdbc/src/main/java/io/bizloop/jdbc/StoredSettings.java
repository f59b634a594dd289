package io.bizloop.jdbc;

import io.bizloop.loop.CompanySettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings a database's books were opened with, in {@code bizloop_settings}: written at the
 * first open, compared at every later open, so that a database opened with other settings is
 * refused at once with every difference named, not at its first posting.
 */
final class StoredSettings {

  private StoredSettings() {}

  /** The settings that decide what the stored books mean, by name. */
  static Map<String, String> of(CompanySettings company) {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("currency", company.currency().getCurrencyCode());
    settings.put("chart", company.accounting().chart().name());
    settings.put("vat_rate", company.vatRate().rate().stripTrailingZeros().toPlainString());
    settings.put("prices_include_vat", String.valueOf(company.pricesIncludeVat()));
    settings.put("revenue_recognition", company.recognition().name());
    settings.put("costing", company.costing().name());
    return settings;
  }

  /** Stores the settings missing in the database, then refuses any stored one that differs. */
  static void check(Sql sql, CompanySettings company) {
    Map<String, String> wanted = of(company);
    wanted.forEach((name, value) ->
        sql.insertIfAbsent("bizloop_settings", java.util.List.of("name", "setting_value"), 1, name, value));
    List<String> differences = new ArrayList<>();
    wanted.forEach((name, value) -> {
      String stored = sql.one("SELECT setting_value FROM bizloop_settings WHERE name = ?", rs -> rs.getString(1), name)
          .orElseThrow();
      if (!stored.equals(value)) {
        differences.add(name + " is " + stored + " in the database but " + value + " in the settings given");
      }
    });
    if (!differences.isEmpty()) {
      throw new IllegalStateException(
          "these books were opened with other settings: " + String.join("; ", differences));
    }
  }
}
