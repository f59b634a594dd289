package io.bizloop.core;

/** The stable codes of a business "no" (scenario-format.md). Never renamed, only added to. */
public enum RejectionCode {
  /** Missing, malformed, negative or zero where a positive value is needed. */
  INVALID_INPUT,
  /** An id that names nothing known. */
  UNKNOWN_REFERENCE,
  /** An id that is already taken. */
  DUPLICATE_ID,
  /** Not enough stock available or reserved. */
  INSUFFICIENT_STOCK,
  /** The thing exists but its state does not allow the command. */
  INVALID_STATE,
  /** Debits and credits of an entry differ. */
  UNBALANCED_ENTRY,
  /** The command would post into a closed fiscal period. */
  PERIOD_CLOSED,
  /** A scenario step of an unknown kind. */
  UNKNOWN_STEP,
  /** Another writer changed the aggregate first (optimistic locking); the command may be retried. */
  CONFLICT,
  /** Confirming the order would take the customer's exposure beyond its credit limit. */
  CREDIT_LIMIT
}
