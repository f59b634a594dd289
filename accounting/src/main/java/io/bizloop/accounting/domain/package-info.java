/** The books: chart of accounts, journal entries, open items of customers and suppliers, and ledger reports (java.* and core only). */
package io.bizloop.accounting.domain;
