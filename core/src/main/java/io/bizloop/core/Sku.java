package io.bizloop.core;

/**
 * A stock-keeping unit: the id of a product, the key of its stock items in every warehouse.
 *
 * <p>Invariant: {@code value} follows the id rule of {@link Ids}: 1 to {@value Ids#MAX_LENGTH}
 * code points, no control character, no lone surrogate, no leading or trailing white space.
 * Ids are equal exactly when their texts are equal.
 *
 * @param value the id text
 */
public record Sku(String value) {

  /**
   * Checks the text against the id rule.
   *
   * @param value the id text
   * @throws IllegalArgumentException when the text is missing or breaks the id rule; the message
   *     says how, quoting at most a few dozen characters of it
   */
  public Sku {
    Ids.requireText(value, "sku");
  }

  /**
   * A sku from its text.
   *
   * @param value the id text
   * @return the id
   * @throws IllegalArgumentException when the text is missing or breaks the id rule
   */
  public static Sku of(String value) {
    return new Sku(value);
  }

  /**
   * Whether no sku appears twice among the skus of {@code items} (a pairwise look for the few
   * lines of most documents, a set beyond): the check of every order's lines, without a stream.
   *
   * @param items the lines of a document
   * @param skuOf the sku of a line
   * @param <T> the line type
   * @return true when every sku is there once
   */
  public static <T> boolean allDistinct(java.util.List<T> items, java.util.function.Function<? super T, Sku> skuOf) {
    int n = items.size();
    if (n > 16) {
      java.util.Set<Sku> seen = new java.util.HashSet<>();
      for (T item : items) {
        if (!seen.add(skuOf.apply(item))) {
          return false;
        }
      }
      return true;
    }
    for (int a = 0; a < n; a++) {
      Sku sku = skuOf.apply(items.get(a));
      for (int b = a + 1; b < n; b++) {
        if (sku.equals(skuOf.apply(items.get(b)))) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The id text, so that an id prints exactly as it was given.
   *
   * @return {@link #value()}
   */
  @Override
  public String toString() {
    return value;
  }

  /**
   * Equal when the values are equal (written out: a record's generated equality is slower on
   * the hot paths of the in-memory store, where ids are map keys).
   *
   * @param other another object
   * @return whether it is the same id
   */
  @Override
  public boolean equals(Object other) {
    return this == other || (other instanceof Sku that && value.equals(that.value));
  }

  /**
   * The value's hash, as the record's generated one.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return value.hashCode();
  }
}
