package io.bizloop.crm.application;

import io.bizloop.core.CustomerId;
import io.bizloop.core.Outcome;
import io.bizloop.core.Rejection;
import io.bizloop.crm.domain.CompanySize;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Updates a customer's profile — industry, size, tags — keeping the change in its history.
 * A {@code null} field keeps the current value. Rejections: INVALID_INPUT (blank industry or
 * tag), UNKNOWN_REFERENCE.
 */
public final class UpdateProfile extends UseCase<UpdateProfile.Command, Void> {

  /**
   * @param customer the customer
   * @param industry the new industry, or {@code null} to keep it
   * @param size the new size band, or {@code null} to keep it
   * @param tags the new set of tags (replacing the old one), or {@code null} to keep them
   * @param date business date
   */
  public record Command(
      @NotNull CustomerId customer, String industry, CompanySize size, Set<String> tags, @NotNull LocalDate date) {}

  UpdateProfile(CrmContext ctx) {
    super(ctx);
  }

  @Override
  Optional<Rejection> shape(Command c) {
    Optional<Rejection> blankTag =
        c.tags() == null || c.tags().stream().allMatch(t -> t != null && !t.isBlank())
            ? Optional.empty()
            : invalid("a tag is blank");
    return first(
        required(c.customer(), "customer"),
        c.industry() == null ? Optional.empty() : text(c.industry(), "industry"),
        blankTag,
        date(c.date()));
  }

  @Override
  Outcome<Void> decide(Command c) {
    return onExisting(
        ctx.customers().find(c.customer()),
        "customer " + c.customer(),
        customer -> {
          customer.updateProfile(c.industry(), c.size(), c.tags(), c.date());
          return Outcome.done();
        },
        ctx.customers()::save);
  }
}
