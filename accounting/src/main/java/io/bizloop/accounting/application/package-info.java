/** Accounting use cases, the posting policies for business events, queries and the {@link io.bizloop.accounting.application.Accounting} facade. */
package io.bizloop.accounting.application;
