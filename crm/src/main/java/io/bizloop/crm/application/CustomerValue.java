package io.bizloop.crm.application;

import io.bizloop.core.CustomerId;
import io.bizloop.core.Money;

/**
 * What a customer is worth (formulas in {@link io.bizloop.crm.domain.Valuation}).
 *
 * @param id the customer
 * @param revenue recognised net revenue less credited net, in the company currency; zero or
 *     positive
 * @param cogs cost of goods shipped less the cost of goods returned; zero or positive
 * @param grossMargin revenue − cogs; negative when the goods cost more than they earned
 * @param receivable the open receivable items the books hold for it; zero or positive
 * @param lifetimeValue customer lifetime value, or {@code null} while it has no revenue; negative
 *     when its margin does not cover its tickets' service cost
 * @param segment its RFM segment: PROSPECT, CHAMPION, LOYAL, NEW, PROMISING, AT_RISK or
 *     HIBERNATING
 */
public record CustomerValue(
    CustomerId id, Money revenue, Money cogs, Money grossMargin, Money receivable, Money lifetimeValue, String segment) {}
