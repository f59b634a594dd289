package io.bizloop.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdsTest {

  static Stream<Arguments> typedIds() {
    return Stream.of(
        Arguments.of("customer id", (Function<String, Object>) CustomerId::of),
        Arguments.of("sku", (Function<String, Object>) Sku::of),
        Arguments.of("warehouse id", (Function<String, Object>) WarehouseId::of),
        Arguments.of("sales order id", (Function<String, Object>) SalesOrderId::of),
        Arguments.of("purchase order id", (Function<String, Object>) PurchaseOrderId::of),
        Arguments.of("supplier id", (Function<String, Object>) SupplierId::of),
        Arguments.of("lead id", (Function<String, Object>) LeadId::of),
        Arguments.of("opportunity id", (Function<String, Object>) OpportunityId::of),
        Arguments.of("ticket id", (Function<String, Object>) TicketId::of),
        Arguments.of("agent id", (Function<String, Object>) AgentId::of),
        Arguments.of("event id", (Function<String, Object>) EventId::of),
        Arguments.of("account code", (Function<String, Object>) AccountCode::of));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("typedIds")
  void everyTypedIdRefusesBlankText(String what, Function<String, Object> create) {
    // given
    String[] blanks = {null, "", "   ", "\t"};

    // when // then
    for (String blank : blanks) {
      assertThatThrownBy(() -> create.apply(blank))
          .as("%s of %s", what, blank == null ? "null" : "'" + blank + "'")
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("blank");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("typedIds")
  void everyTypedIdKeepsItsTextAndComparesByValue(String what, Function<String, Object> create) {
    // given
    String text = "A-1001";

    // when
    Object id = create.apply(text);

    // then
    assertThat(id).hasToString(text).isEqualTo(create.apply(text)).isNotEqualTo(create.apply("A-1002"));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", " ", "\n"})
  void refusesBlankText(String blank) {
    // given // when // then
    assertThatThrownBy(() -> Ids.requireText(blank, "sku"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sku is blank");
  }

  @Test
  void refusesControlCharacters() {
    // given
    String withNewline = "SKU\n1";

    // when // then
    assertThatThrownBy(() -> Sku.of(withNewline))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("control character");
  }

  @Test
  void refusesTextLongerThanTheLimit() {
    // given
    String longest = "x".repeat(Ids.MAX_LENGTH);
    String tooLong = longest + "x";

    // when // then
    assertThat(Sku.of(longest).value()).hasSize(Ids.MAX_LENGTH);
    assertThatThrownBy(() -> Sku.of(tooLong))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("longer than");
  }

  @Test
  void acceptsTextWithSpacesAndUnicode() {
    // given // when
    CustomerId id = CustomerId.of("客户 001");

    // then
    assertThat(id.value()).isEqualTo("客户 001");
  }

  @Test
  void accountCodesHoldOnlyLettersDigitsDotsAndDashes() {
    // given // when // then
    assertThat(AccountCode.of("22210101").value()).isEqualTo("22210101");
    assertThat(AccountCode.of("1405-A.1").value()).isEqualTo("1405-A.1");
    assertThatThrownBy(() -> AccountCode.of("1405 01")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AccountCode.of("应收")).isInstanceOf(IllegalArgumentException.class);
  }
}
