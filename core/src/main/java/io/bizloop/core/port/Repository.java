package io.bizloop.core.port;

import io.bizloop.core.Outcome;
import java.util.Optional;

/**
 * The one repository contract of every context: find an aggregate by its id, save it back.
 *
 * <p>Contract the host honours: {@link #save} stores the aggregate with its version + 1 only when
 * the stored version is still the version the aggregate was loaded with (absent for a new one),
 * and answers {@link Outcome#done()}; otherwise it stores nothing and answers
 * {@code Outcome.rejected(CONFLICT, ...)} (optimistic locking). It never throws for a stale
 * version. The caller returns that rejection so the unit of work keeps nothing; the one place
 * that retries a conflict is {@link io.bizloop.core.port.CommandRunner}.
 *
 * @param <K> the id type
 * @param <A> the aggregate type
 */
public interface Repository<K, A> {

  /**
   * The aggregate with this id, as last saved.
   *
   * @param id its id
   * @return the aggregate, or empty when none was saved
   */
  Optional<A> find(K id);

  /**
   * Saves the aggregate, refusing a stale version.
   *
   * @param aggregate the changed aggregate
   * @return done, or rejected with CONFLICT when another writer saved it first
   */
  Outcome<Void> save(A aggregate);
}
