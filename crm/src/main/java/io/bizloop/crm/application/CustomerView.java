package io.bizloop.crm.application;

import io.bizloop.core.CustomerId;
import io.bizloop.crm.domain.Activity;
import java.util.List;

/**
 * A customer's profile and history.
 *
 * @param id the customer
 * @param name its name
 * @param industry or {@code null}
 * @param owner or {@code null}
 * @param activities the follow-up history, oldest first
 */
public record CustomerView(CustomerId id, String name, String industry, String owner, List<Activity> activities) {
  public CustomerView {
    activities = List.copyOf(activities);
  }
}
