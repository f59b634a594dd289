/** Ports of crm: its repositories (plural nouns) and what it asks of the other contexts (catalog, stock, receivables). */
package io.bizloop.crm.port;
