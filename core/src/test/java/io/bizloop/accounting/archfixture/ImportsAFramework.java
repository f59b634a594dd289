package io.bizloop.accounting.archfixture;

import org.assertj.core.api.Assertions;

/** Deliberately bad: a domain class using a library (AssertJ stands in for a framework). */
public final class ImportsAFramework {
  public void check(String text) {
    Assertions.assertThat(text).isNotBlank();
  }
}
