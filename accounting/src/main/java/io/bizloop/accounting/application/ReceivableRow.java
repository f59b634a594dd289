package io.bizloop.accounting.application;

import io.bizloop.core.CustomerId;
import io.bizloop.core.Money;

/**
 * What one customer owes and has paid in advance.
 *
 * @param customer the customer
 * @param open Σ open receivable items
 * @param advance the customer's advance (2203)
 */
public record ReceivableRow(CustomerId customer, Money open, Money advance) {}
