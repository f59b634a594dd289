/** The shared kernel: money, quantities, ids, outcomes and rejections used by every context. */
package io.bizloop.core;
