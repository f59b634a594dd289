package io.bizloop.accounting.application;

import static io.bizloop.core.RejectionCode.INVALID_INPUT;
import static io.bizloop.core.RejectionCode.UNKNOWN_REFERENCE;

import io.bizloop.accounting.domain.Party;
import io.bizloop.accounting.domain.PartyAccount;
import io.bizloop.accounting.port.PartyAccounts;
import io.bizloop.core.Bounds;
import io.bizloop.core.CustomerId;
import io.bizloop.core.Outcome;
import io.bizloop.core.SupplierId;
import io.bizloop.core.port.UseCase;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Changes a customer's or a supplier's payment terms (账期) for the items posted from now on; items
 * already open keep their due dates. Publishes nothing. Rejections, in order: {@code INVALID_INPUT}
 * (neither or both of customer and supplier, days missing or outside 0..3650, no date),
 * {@code UNKNOWN_REFERENCE} (the party is not registered), {@code CONFLICT}.
 */
public final class SetPaymentTerms implements UseCase<SetPaymentTerms.Command, Void> {

  /**
   * New payment terms for exactly one party. Build it with {@link #forCustomer} or
   * {@link #forSupplier}.
   *
   * @param customer the customer, or {@code null} when the terms are a supplier's
   * @param supplier the supplier, or {@code null} when the terms are a customer's
   * @param days the terms in days, 0 to 3650
   * @param date business date
   */
  public record Command(
      CustomerId customer,
      SupplierId supplier,
      @NotNull @Min(0) @Max(Bounds.MAX_PAYMENT_TERMS_DAYS) Integer days,
      @NotNull LocalDate date) {

    /**
     * A customer's new terms.
     *
     * @param customer the customer
     * @param days the terms in days
     * @param date business date
     * @return the command
     */
    public static Command forCustomer(CustomerId customer, int days, LocalDate date) {
      return new Command(customer, null, days, date);
    }

    /**
     * A supplier's new terms.
     *
     * @param supplier the supplier
     * @param days the terms in days
     * @param date business date
     * @return the command
     */
    public static Command forSupplier(SupplierId supplier, int days, LocalDate date) {
      return new Command(null, supplier, days, date);
    }

    /**
     * The first problem with the command's shape.
     *
     * @return a message, or empty when well formed
     */
    Optional<String> problem() {
      if ((customer == null) == (supplier == null)) {
        return Optional.of("payment terms name exactly one of a customer and a supplier");
      }
      if (date == null) {
        return Optional.of("the date of the payment terms is missing");
      }
      return Optional.ofNullable(Bounds.paymentTermsDays(days, "payment terms"));
    }

    /** The party the terms are for; call only on a well-formed command. */
    Party party() {
      return customer != null ? Party.customer(customer) : Party.supplier(supplier);
    }
  }

  private final PartyAccounts parties;

  /**
   * The use case on the ports it uses.
   *
   * @param parties the customers' and suppliers' accounts
   */
  public SetPaymentTerms(PartyAccounts parties) {
    this.parties = Objects.requireNonNull(parties, "parties");
  }

  /**
   * Sets the terms.
   *
   * @param command the new terms
   * @return done, or the rejection
   */
  @Override
  public Outcome<Void> handle(Command command) {
    if (command == null) {
      return Bookkeeper.missing("the payment terms");
    }
    Optional<String> problem = command.problem();
    if (problem.isPresent()) {
      return Outcome.rejected(INVALID_INPUT, problem.get());
    }
    Party party = command.party();
    Optional<PartyAccount> found = parties.find(party).filter(PartyAccount::isRegistered);
    if (found.isEmpty()) {
      return Outcome.rejected(UNKNOWN_REFERENCE, party + " is not registered");
    }
    PartyAccount account = found.get();
    if (!account.setPaymentTerms(command.days())) {
      return Outcome.done();
    }
    return parties.save(account);
  }
}
