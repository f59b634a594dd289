package io.bizloop.accounting.domain;

/** The life of a journal entry: built as a draft, then posted and immutable. */
public enum EntryStatus {
  /** Built and checked, not yet numbered. */
  DRAFT,
  /** Numbered and in the journal; its lines never change. */
  POSTED
}
