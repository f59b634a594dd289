/** Transactional in-memory building blocks for the adapters of tests, demos and small hosts. */
package io.bizloop.core.memory;
