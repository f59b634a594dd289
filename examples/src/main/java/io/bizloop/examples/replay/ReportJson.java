package io.bizloop.examples.replay;

import com.fasterxml.jackson.core.JsonProcessingException;

/** Writes a report as indented JSON. */
final class ReportJson {

  private ReportJson() {}

  static String write(Report report) {
    try {
      return Scenario.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report.json());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a report is always writable", e);
    }
  }
}
