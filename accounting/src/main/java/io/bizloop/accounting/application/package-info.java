/**
 * The accounting use cases (one class each, with a {@code Command} and {@code handle}), the
 * posting policies (one class per business event, each with {@code on}), the report rows and the
 * {@link io.bizloop.accounting.application.Accounting} entry that wires them on a host's ports.
 */
package io.bizloop.accounting.application;
