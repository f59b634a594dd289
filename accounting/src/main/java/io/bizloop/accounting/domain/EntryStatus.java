package io.bizloop.accounting.domain;

/** The life of a journal entry: built as a draft, then posted and immutable. */
public enum EntryStatus {
  DRAFT,
  POSTED
}
