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
          .hasMessageMatching(".*(missing|empty|white space|control character).*");
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
  @ValueSource(strings = {"", " ", "\n", " A", "A ", "\u3000A", "A\u00A0", "A\u2028"})
  void refusesBlankTextAndOuterWhiteSpace(String blank) {
    // given // when // then
    assertThatThrownBy(() -> Ids.requireText(blank, "sku"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("sku ");
  }

  @Test
  void countsCodePointsAndRefusesLoneSurrogates() {
    // given
    String emoji = "\uD83D\uDE00";
    String longestInCodePoints = emoji.repeat(Ids.MAX_LENGTH);

    // when // then
    assertThat(Sku.of(longestInCodePoints).value()).hasSize(2 * Ids.MAX_LENGTH);
    assertThatThrownBy(() -> Sku.of(longestInCodePoints + "x")).hasMessageContaining("longer than");
    assertThatThrownBy(() -> Sku.of("A\uD83D")).hasMessageContaining("lone surrogate");
    assertThatThrownBy(() -> Sku.of("\uDE00A")).hasMessageContaining("lone surrogate");
    assertThat(Sku.of("A/S1 #2:x").value()).isEqualTo("A/S1 #2:x");
  }

  @Test
  void messagesQuoteAtMostAFewDozenCharacters() {
    // given
    String huge = " " + "x".repeat(100_000);

    // when // then
    assertThatThrownBy(() -> Sku.of(huge.substring(0, 60))).message().hasSizeLessThan(100);
    assertThatThrownBy(() -> Sku.of(huge)).message().hasSizeLessThan(100);
  }

  @Test
  void documentNumbersOfDifferentDocumentsNeverCollide() {
    // given: orders whose ids look like other orders' shipments
    SalesOrderId plain = SalesOrderId.of("X/S1");
    SalesOrderId tricky = SalesOrderId.of("X/ship/1");
    SalesOrderId x = SalesOrderId.of("X");

    // when
    var ids = java.util.List.of(
        EventId.of("ship", ShipmentId.of(plain, 1)), EventId.of("ship", ShipmentId.of(tricky, 1)),
        EventId.of("ship", ShipmentId.of(x, 1)), EventId.of("ship", ShipmentId.of(SalesOrderId.of("X/S1/S1"), 1)),
        EventId.of("ship", ShipmentId.of(x, 11)), EventId.of("invoice", InvoiceId.of(plain, 1)),
        EventId.of("order-revenue", plain), EventId.of("shipment-revenue", ShipmentId.of(x, 1)));

    // then
    assertThat(ids).doesNotHaveDuplicates();
    assertThat(ShipmentId.of(plain, 1)).isNotEqualTo(ShipmentId.of(x, 1)).hasToString("X/S1/S1");
    assertThat(EventId.of("ship", ShipmentId.of(SalesOrderId.of("x".repeat(64)), Integer.MAX_VALUE)).value())
        .hasSizeLessThan(EventId.MAX_LENGTH);
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

  @ParameterizedTest(name = "{0}")
  @MethodSource("typedIds")
  void everyTypedIdRefusesHostileTextWithOnlyAShortIllegalArgumentException(String what, Function<String, Object> create) {
    // given
    String[] hostile = {
      null, "", " ", "\u3000", "a\u0000b", "a\u0085b", "\uD800", "x".repeat(EventId.MAX_LENGTH + 1), " " + "x".repeat(1_000_000)
    };

    // when // then
    for (String text : hostile) {
      assertThatThrownBy(() -> create.apply(text))
          .as("%s of %s", what, Ids.quote(text))
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .message()
          .startsWith(what + " ")
          .hasSizeLessThan(100);
    }
  }

  @Test
  void factoryMessagesSayWhatIsWrong() {
    // given // when // then
    assertThatThrownBy(() -> WarehouseId.of(" ")).hasMessage("warehouse id \" \" has leading or trailing white space");
    assertThatThrownBy(() -> WarehouseId.of(null)).hasMessage("warehouse id is missing");
    assertThatThrownBy(() -> WarehouseId.of("")).hasMessage("warehouse id is empty");
    assertThatThrownBy(() -> Sku.of("x".repeat(65))).hasMessage("sku is longer than 64 characters");
    assertThatThrownBy(() -> CustomerId.of("C\t1")).hasMessage("customer id has a control character");
    assertThatThrownBy(() -> AccountCode.of("1405 01")).hasMessage("account code \"1405 01\" may hold only letters, digits, '.' and '-'");
    assertThatThrownBy(() -> AccountCode.of("é".repeat(64)))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .message()
        .hasSizeLessThan(100);
  }

  @Test
  void eventIdsOfAMissingDocumentOrABadKindAreRefused() {
    // given
    DocumentId none = null;

    // when // then
    assertThatThrownBy(() -> EventId.of("ship", none)).isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("event document is missing");
    assertThatThrownBy(() -> EventId.of("Ship", SalesOrderId.of("X"))).isExactlyInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EventId.of(null, "C-1")).isExactlyInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EventId.of("customer", (String) null)).isExactlyInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void skusAreDistinctUnlessOneIsThereTwiceInAFewLinesOrInMany() {
    // given: lines as texts, their sku read from the text
    Function<String, Sku> skuOf = Sku::of;
    java.util.List<String> many = java.util.stream.IntStream.range(0, 40).mapToObj(i -> "P-" + i).toList();
    java.util.List<String> manyWithTwin = new java.util.ArrayList<>(many);
    manyWithTwin.add("P-7");

    // when // then
    assertThat(Sku.allDistinct(java.util.List.of(), skuOf)).isTrue();
    assertThat(Sku.allDistinct(java.util.List.of("P-1"), skuOf)).isTrue();
    assertThat(Sku.allDistinct(java.util.List.of("P-1", "P-2", "P-3"), skuOf)).isTrue();
    assertThat(Sku.allDistinct(java.util.List.of("P-1", "P-2", "P-1"), skuOf)).isFalse();
    assertThat(Sku.allDistinct(many, skuOf)).isTrue();
    assertThat(Sku.allDistinct(manyWithTwin, skuOf)).isFalse();
    assertThat(Sku.allDistinct(java.util.List.of("p-1", "P-1"), skuOf)).isTrue(); // ids are equal only when their texts are
  }
}
