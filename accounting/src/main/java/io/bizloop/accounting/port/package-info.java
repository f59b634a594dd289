/** Ports the host implements for the books: journal entries, ledger balances, fiscal periods, party accounts, sequences. */
package io.bizloop.accounting.port;
