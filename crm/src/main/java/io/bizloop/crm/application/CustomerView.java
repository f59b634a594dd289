package io.bizloop.crm.application;

import io.bizloop.core.CustomerId;
import io.bizloop.crm.domain.Activity;
import io.bizloop.crm.domain.CompanySize;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A customer's profile and history.
 *
 * @param id the customer
 * @param name its name
 * @param industry or {@code null}
 * @param size or {@code null}
 * @param tags the labels, in the order they were given
 * @param owner or {@code null}
 * @param activities the follow-up history, oldest first
 */
public record CustomerView(
    CustomerId id, String name, String industry, CompanySize size, Set<String> tags, String owner,
    List<Activity> activities) {
  /**
   * Keeps unmodifiable copies of the tags and the history.
   *
   * @param id the customer
   * @param name its name
   * @param industry its industry, or {@code null}
   * @param size its size band, or {@code null}
   * @param tags its labels
   * @param owner its owner, or {@code null}
   * @param activities its history
   */
  public CustomerView {
    tags = Collections.unmodifiableSet(new LinkedHashSet<>(tags));
    activities = List.copyOf(activities);
  }
}
