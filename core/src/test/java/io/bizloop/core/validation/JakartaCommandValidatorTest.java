package io.bizloop.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.bizloop.core.Rejection;
import io.bizloop.core.RejectionCode;
import io.bizloop.core.port.CommandValidator;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JakartaCommandValidatorTest {

  /** A command record as the use cases declare them. */
  record ReserveStock(@NotBlank String sku, @NotNull String warehouse, @NotNull @Positive BigDecimal quantity) {}

  private static ValidatorFactory factory;
  private static CommandValidator validator;

  @BeforeAll
  static void startTheHostsValidator() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = new JakartaCommandValidator(factory.getValidator());
  }

  @AfterAll
  static void stopTheHostsValidator() {
    factory.close();
  }

  @Test
  void acceptsAValidCommand() {
    // given
    ReserveStock command = new ReserveStock("SKU-1", "WH-1", new BigDecimal("2.5"));

    // when
    Optional<Rejection> rejection = validator.check(command);

    // then
    assertThat(rejection).isEmpty();
  }

  @Test
  void rejectsAMissingFieldAsInvalidInputNamingTheField() {
    // given
    ReserveStock command = new ReserveStock("SKU-1", null, BigDecimal.ONE);

    // when
    Optional<Rejection> rejection = validator.check(command);

    // then
    assertThat(rejection).hasValueSatisfying(
        r -> {
          assertThat(r.code()).isEqualTo(RejectionCode.INVALID_INPUT);
          assertThat(r.message()).startsWith("ReserveStock ").contains("warehouse").doesNotContain("quantity");
        });
  }

  @Test
  void namesEveryViolatedFieldInFieldNameOrder() {
    // given
    ReserveStock command = new ReserveStock(" ", null, new BigDecimal("-1"));

    // when
    Optional<Rejection> rejection = validator.check(command);

    // then
    assertThat(rejection).isPresent();
    String message = rejection.get().message();
    assertThat(rejection.get().code()).isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(message).contains("quantity: ", "sku: ", "warehouse: ");
    assertThat(message.indexOf("quantity:")).isLessThan(message.indexOf("sku:"));
    assertThat(message.indexOf("sku:")).isLessThan(message.indexOf("warehouse:"));
    assertThat(message.split("; ")).hasSize(3);
  }

  @Test
  void rejectsAZeroQuantityAsNotPositive() {
    // given
    ReserveStock command = new ReserveStock("SKU-1", "WH-1", BigDecimal.ZERO);

    // when
    Optional<Rejection> rejection = validator.check(command);

    // then
    assertThat(rejection).map(Rejection::message).hasValueSatisfying(m -> assertThat(m).contains("quantity"));
  }

  @Test
  void rejectsAMissingCommand() {
    // given // when
    Optional<Rejection> rejection = validator.check(null);

    // then
    assertThat(rejection).contains(Rejection.of(RejectionCode.INVALID_INPUT, "command is missing"));
  }

  @Test
  void noValidatorAcceptsEverything() {
    // given
    ReserveStock command = new ReserveStock(null, null, null);

    // when // then
    assertThat(CommandValidator.none().check(command)).isEmpty();
  }
}
