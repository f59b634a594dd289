package io.bizloop.accounting.archfixture;

import io.bizloop.inventory.archfixture.SomeType;

/** Deliberately bad: accounting importing inventory. The architecture rules must report it. */
public final class ImportsAnotherContext {
  public String describe(SomeType type) {
    return type.value();
  }
}
