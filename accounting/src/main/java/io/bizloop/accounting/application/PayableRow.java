package io.bizloop.accounting.application;

import io.bizloop.core.Money;
import io.bizloop.core.SupplierId;

/**
 * What the company owes one supplier and has prepaid to it.
 *
 * @param supplier the supplier
 * @param open Σ its open payable items: what the company owes it, never negative
 * @param prepayment what the company paid it beyond its open items (its share of 1123 supplier
 *     prepayments), never negative; while it has a prepayment it has no open item
 */
public record PayableRow(SupplierId supplier, Money open, Money prepayment) {}
