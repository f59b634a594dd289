package io.bizloop.accounting.domain;

import io.bizloop.core.CustomerId;
import io.bizloop.core.Ids;
import io.bizloop.core.SupplierId;
import java.util.Objects;

/**
 * A customer or a supplier, as the sub-ledgers know it.
 *
 * @param kind customer or supplier
 * @param id the customer's or supplier's id
 */
public record Party(PartyKind kind, String id) {

  /**
   * Checks the parts.
   *
   * @param kind customer or supplier
   * @param id the customer's or supplier's id
   * @throws NullPointerException when the kind is missing
   * @throws IllegalArgumentException when the id breaks the id rule
   */
  public Party {
    Objects.requireNonNull(kind, "kind");
    Ids.requireText(id, "party id");
  }

  /**
   * The receivable side of a customer.
   *
   * @param customer the customer
   * @return the party
   */
  public static Party customer(CustomerId customer) {
    return new Party(PartyKind.CUSTOMER, customer.value());
  }

  /**
   * The payable side of a supplier.
   *
   * @param supplier the supplier
   * @return the party
   */
  public static Party supplier(SupplierId supplier) {
    return new Party(PartyKind.SUPPLIER, supplier.value());
  }

  @Override
  public String toString() {
    return kind.name().toLowerCase(java.util.Locale.ROOT) + " " + id;
  }

  /**
   * Equal when kind and id are (written out: faster than the record's generated equality on the
   * hot paths of the in-memory store, where parties are map keys).
   *
   * @param other another object
   * @return whether it is the same party
   */
  @Override
  public boolean equals(Object other) {
    return this == other || (other instanceof Party that && kind == that.kind && id.equals(that.id));
  }

  /**
   * A hash from the kind's position and the id (the same in every run, unlike an enum's own hash).
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return 31 * kind.ordinal() + id.hashCode();
  }
}
