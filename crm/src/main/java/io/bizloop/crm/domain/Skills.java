package io.bizloop.crm.domain;

import java.util.Locale;

/** How skill names compare: trimmed and case-insensitive. */
public final class Skills {

  private Skills() {}

  /**
   * The canonical form of a skill name: trimmed and upper-case.
   *
   * @param skill the name, may be {@code null}
   * @return the canonical name, or {@code null} for none (null or blank)
   */
  public static String canonical(String skill) {
    if (skill == null || skill.isBlank()) {
      return null;
    }
    return skill.trim().toUpperCase(Locale.ROOT);
  }
}
