package io.bizloop.crm.domain;

import io.bizloop.core.CreditNoteId;
import io.bizloop.core.ReturnId;
import java.util.Objects;
import java.util.Optional;

/**
 * What an accepted customer return produced: the return's document id and, when anything was
 * credited, the credit note's.
 *
 * @param returnId the return, numbered per order ({@code <order>/R<n>})
 * @param creditNote the credit note ({@code <order>/CN<m>}), or empty when the credit was zero
 */
public record AcceptedReturn(ReturnId returnId, Optional<CreditNoteId> creditNote) {

  /**
   * Checks that both parts are given.
   *
   * @param returnId the return
   * @param creditNote the credit note, or empty
   *
   * @throws NullPointerException when a part is missing
   */
  public AcceptedReturn {
    Objects.requireNonNull(returnId, "returnId");
    Objects.requireNonNull(creditNote, "creditNote");
  }
}
