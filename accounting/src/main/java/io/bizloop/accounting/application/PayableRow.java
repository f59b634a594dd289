package io.bizloop.accounting.application;

import io.bizloop.core.Money;
import io.bizloop.core.SupplierId;

/**
 * What the company owes one supplier and has prepaid to it.
 *
 * @param supplier the supplier
 * @param open Σ open payable items
 * @param prepayment the prepayment to the supplier (1123)
 */
public record PayableRow(SupplierId supplier, Money open, Money prepayment) {}
