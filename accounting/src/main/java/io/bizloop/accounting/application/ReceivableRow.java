package io.bizloop.accounting.application;

import io.bizloop.core.CustomerId;
import io.bizloop.core.Money;

/**
 * What one customer owes and has paid in advance.
 *
 * @param customer the customer
 * @param open Σ its open receivable items: what it owes, never negative
 * @param advance what it paid beyond its open items (its share of 2203 customer advances), never
 *     negative; while it has an advance it has no open item
 */
public record ReceivableRow(CustomerId customer, Money open, Money advance) {}
