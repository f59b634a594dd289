package io.bizloop.examples.statements;

import io.bizloop.core.Money;

/**
 * One check the statements must pass: two figures that must be equal.
 *
 * @param description what is compared, e.g. {@code 资产总计 = 负债和所有者权益总计 (期末余额)}
 * @param left the first figure
 * @param right the figure it must equal
 */
record Check(String description, Money left, Money right) {

  boolean holds() {
    return left.equals(right);
  }

  @Override
  public String toString() {
    return description + ": " + left.toPlainString() + " = " + right.toPlainString() + "  " + (holds() ? "yes" : "NO");
  }
}
