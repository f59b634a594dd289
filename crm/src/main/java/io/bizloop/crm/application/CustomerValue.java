package io.bizloop.crm.application;

import io.bizloop.core.CustomerId;
import io.bizloop.core.Money;

/**
 * What a customer is worth (formulas in {@link io.bizloop.crm.domain.Valuation}).
 *
 * @param id the customer
 * @param revenue recognised net revenue less credited net
 * @param cogs shipped cost less returned cost
 * @param grossMargin revenue − cogs
 * @param receivable open receivable items (from the books)
 * @param lifetimeValue customer lifetime value, or {@code null} while it has no revenue
 * @param segment its RFM segment
 */
public record CustomerValue(
    CustomerId id, Money revenue, Money cogs, Money grossMargin, Money receivable, Money lifetimeValue, String segment) {}
