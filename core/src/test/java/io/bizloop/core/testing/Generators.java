package io.bizloop.core.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.bizloop.core.Money;
import io.bizloop.core.Quantity;
import java.math.BigDecimal;
import java.util.Currency;
import org.quicktheories.core.Gen;

/** QuickTheories generators for the shared kernel's values, for the property tests of every module. */
public final class Generators {

  /** Renminbi, the currency of the default chart. */
  public static final Currency CNY = Currency.getInstance("CNY");

  private Generators() {}

  /** Amounts in {@code currency} whose minor units lie in {@code [-bound, bound]}. */
  public static Gen<Money> money(Currency currency, long bound) {
    return longs().between(-bound, bound).map(minor -> Money.ofMinor(minor, currency));
  }

  /** Amounts in {@code currency} whose minor units lie in {@code [min, max]}. */
  public static Gen<Money> money(Currency currency, long min, long max) {
    return longs().between(min, max).map(minor -> Money.ofMinor(minor, currency));
  }

  /** Renminbi amounts in {@code [-bound, bound]} fen. */
  public static Gen<Money> cny(long bound) {
    return money(CNY, bound);
  }

  /**
   * Positive quantities of {@link Quantity#EACH} with up to four decimals, at most
   * {@code maxWhole} units.
   */
  public static Gen<Quantity> positiveQuantities(int maxWhole) {
    return longs()
        .between(1, maxWhole * 10_000L)
        .map(tenThousandths -> Quantity.of(BigDecimal.valueOf(tenThousandths, Quantity.MAX_SCALE), Quantity.EACH));
  }

  /** Positive whole quantities of {@link Quantity#EACH}, at most {@code maxWhole}. */
  public static Gen<Quantity> positiveWholeQuantities(int maxWhole) {
    return integers().between(1, maxWhole).map(n -> Quantity.of(n));
  }
}
