package io.bizloop.inventory.domain;

/** How a stock item values what it issues. */
public enum CostingMethod {
  /** Moving weighted average (移动加权平均): issue cost = round(value × q / onHand). */
  MOVING_AVERAGE,
  /** First in, first out: cost layers, oldest issued first. */
  FIFO
}
