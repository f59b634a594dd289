package io.bizloop.crm.application;

import static io.bizloop.crm.application.CrmKit.DAY;
import static io.bizloop.crm.application.CrmKit.WH;
import static io.bizloop.crm.application.CrmKit.amounts;
import static org.assertj.core.api.Assertions.assertThat;

import io.bizloop.core.CustomerId;
import io.bizloop.core.Money;
import io.bizloop.core.Outcome;
import io.bizloop.core.RejectionCode;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.Sku;
import io.bizloop.core.event.CustomerRegistered;
import io.bizloop.core.event.RevenueRecognised;
import io.bizloop.core.event.SalesOrderConfirmed;
import io.bizloop.crm.domain.CreditExposure;
import io.bizloop.crm.domain.RevenueRecognition;
import io.bizloop.crm.domain.SalesOrderStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Credit limits on confirmation, the exposure query, and line discounts. */
class CreditAndDiscountTest {

  private static final CustomerId C1 = CustomerId.of("C-1");

  private static Money cny(String amount) {
    return Money.of(amount, "CNY");
  }

  private static Outcome<SalesOrderId> place(CrmKit kit, String id, String qty, String price) {
    return kit.crm.placeSalesOrder(
        PlaceSalesOrder.Command.of(SalesOrderId.of(id), C1, DAY).warehouse(WH).line(Sku.of("P-1"), qty, price));
  }

  private static Outcome<List<Availability>> confirm(CrmKit kit, String id) {
    return kit.crm.confirmOrder(new ConfirmOrder.Command(SalesOrderId.of(id), DAY));
  }

  private static CrmKit withLimit(String limit) {
    CrmKit kit = new CrmKit().product("P-1");
    kit.crm.registerCustomer(RegisterCustomer.Command.of(C1, "Roma", DAY).creditLimit(limit).paymentTerms(30))
        .orElseThrow();
    return kit;
  }

  @Test
  void refusesAConfirmationBeyondTheLimitAndConfirmsNothing() {
    // given a limit of 500, an order of 40 × 5.00 = 200 + 26 confirmed
    CrmKit kit = withLimit("500.00");
    place(kit, "SO-1", "40", "5.00").orElseThrow();
    confirm(kit, "SO-1").orElseThrow();
    place(kit, "SO-2", "60", "5.00").orElseThrow();

    // when 226 + 339 = 565 > 500
    var refused = confirm(kit, "SO-2");

    // then
    assertThat(refused.rejection().code()).isEqualTo(RejectionCode.CREDIT_LIMIT);
    assertThat(kit.crm.order(SalesOrderId.of("SO-2")).orElseThrow().status()).isEqualTo(SalesOrderStatus.DRAFT);
    assertThat(kit.events(SalesOrderConfirmed.class)).hasSize(1);
    assertThat(kit.crm.creditExposure(C1)).hasValueSatisfying(e -> {
      assertThat(e.exposure()).isEqualTo(cny("226.00"));
      assertThat(e.headroom()).contains(cny("274.00"));
    });
  }

  @Test
  void exposureCountsOpenReceivablesLessTheAdvancePlusUnrecognisedGross() {
    // given a limit of 400 and an order of 226 confirmed, half shipped (113 recognised)
    CrmKit kit = withLimit("400.00");
    place(kit, "SO-1", "40", "5.00").orElseThrow();
    confirm(kit, "SO-1").orElseThrow();
    kit.ship(SalesOrderId.of("SO-1"), "C-1", "P-1", "20");
    kit.open.put(C1, cny("113.00"));

    // then 113 open + 113 unrecognised
    assertThat(kit.crm.creditExposure(C1).orElseThrow().exposure()).isEqualTo(cny("226.00"));

    // when the books say it paid 113 and 50 more in advance
    kit.open.put(C1, cny("0.00"));
    kit.advances.put(C1, cny("50.00"));

    // then 0 − 50 + 113 = 63, and an order of 339 is refused (63 + 339 = 402 > 400)
    assertThat(kit.crm.creditExposure(C1).orElseThrow().exposure()).isEqualTo(cny("63.00"));
    place(kit, "SO-2", "60", "5.00").orElseThrow();
    assertThat(confirm(kit, "SO-2").rejection().code()).isEqualTo(RejectionCode.CREDIT_LIMIT);

    // when the advance grows to 52: 61 + 339 = 400 ≤ 400
    kit.advances.put(C1, cny("52.00"));
    assertThat(confirm(kit, "SO-2").isAccepted()).isTrue();
  }

  @Test
  void aZeroLimitMeansNoCreditAndNoLimitMeansNoCheck() {
    // given
    CrmKit kit = withLimit("0");
    place(kit, "SO-1", "1", "0.001").orElseThrow();
    place(kit, "SO-2", "1", "1.00").orElseThrow();

    // then an order of 0.00 fits a zero limit, one of 1.13 does not
    assertThat(confirm(kit, "SO-1").isAccepted()).isTrue();
    assertThat(confirm(kit, "SO-2").rejection().code()).isEqualTo(RejectionCode.CREDIT_LIMIT);

    // when the limit is removed
    assertThat(kit.crm.setCreditLimit(SetCreditLimit.Command.noLimit(C1, DAY)).isAccepted()).isTrue();

    // then
    assertThat(confirm(kit, "SO-2").isAccepted()).isTrue();
    assertThat(kit.crm.creditExposure(C1).orElseThrow().limit()).isEmpty();
  }

  @Test
  void setCreditLimitChecksItsInputAndTheCustomer() {
    // given
    CrmKit kit = withLimit("10.00");

    // then
    assertThat(kit.crm.setCreditLimit(SetCreditLimit.Command.of(C1, "-1", DAY)).rejection().code())
        .isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(kit.crm.setCreditLimit(SetCreditLimit.Command.of(C1, "1.001", DAY)).rejection().code())
        .isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(kit.crm.setCreditLimit(SetCreditLimit.Command.of(C1, "1000000000000.01", DAY)).rejection().code())
        .isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(kit.crm.setCreditLimit(SetCreditLimit.Command.of(CustomerId.of("C-9"), "1", DAY)).rejection().code())
        .isEqualTo(RejectionCode.UNKNOWN_REFERENCE);
    assertThat(kit.crm.setCreditLimit(SetCreditLimit.Command.of(C1, "0", DAY)).isAccepted()).isTrue();
    assertThat(kit.crm.creditExposure(C1).orElseThrow().limit()).contains(cny("0.00"));
  }

  @Test
  void registrationCarriesThePaymentTermsAndChecksThemAndTheLimit() {
    // given
    CrmKit kit = withLimit("10.00");

    // then
    assertThat(kit.events(CustomerRegistered.class)).singleElement()
        .satisfies(e -> assertThat(e.paymentTermsDays()).isEqualTo(30));
    assertThat(kit.crm.registerCustomer(RegisterCustomer.Command.of(CustomerId.of("C-2"), "X", DAY).paymentTerms(3651))
        .rejection().code()).isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(kit.crm.registerCustomer(RegisterCustomer.Command.of(CustomerId.of("C-2"), "X", DAY).creditLimit("-0.01"))
        .rejection().code()).isEqualTo(RejectionCode.INVALID_INPUT);
  }

  @Test
  void invalidStateComesBeforeCreditLimit() {
    // given a confirmed order and a limit lowered to zero
    CrmKit kit = withLimit("1000.00");
    place(kit, "SO-1", "1", "5.00").orElseThrow();
    confirm(kit, "SO-1").orElseThrow();
    kit.crm.setCreditLimit(SetCreditLimit.Command.of(C1, "0", DAY)).orElseThrow();

    // then confirming it again is INVALID_STATE, not CREDIT_LIMIT
    assertThat(confirm(kit, "SO-1").rejection().code()).isEqualTo(RejectionCode.INVALID_STATE);
  }

  @Test
  void discountsExclusivePricesBeforeVat() {
    // given 40 × 5.00 at 10 %: net round(180) = 180.00, VAT 23.40; 3 × 9.99 at 12.5 %: net 26.22 (26.2238), VAT 3.41
    CrmKit kit = new CrmKit().product("P-1").product("P-2").customer("C-1");
    kit.crm.placeSalesOrder(PlaceSalesOrder.Command.of(SalesOrderId.of("SO-1"), C1, DAY).warehouse(WH)
        .line(Sku.of("P-1"), "40", "5.00", "10").line(Sku.of("P-2"), "3", "9.99", "12.5")).orElseThrow();

    // when
    confirm(kit, "SO-1").orElseThrow();

    // then
    assertThat(kit.events(SalesOrderConfirmed.class).get(0).lines())
        .extracting(SalesOrderConfirmed.Line::amounts)
        .containsExactly(amounts("180.00", "23.40"), amounts("26.22", "3.41"));
  }

  @Test
  void discountsInclusivePricesOnTheGrossAndSharesTakeTheDiscountedFigures() {
    // given prices include VAT: 10 × 11.30 at 20 % → gross 90.40, net round(90.40 / 1.13) = 80.00, VAT 10.40
    CrmKit kit = new CrmKit(RevenueRecognition.SHIPMENT, true).product("P-1").customer("C-1");
    kit.crm.placeSalesOrder(PlaceSalesOrder.Command.of(SalesOrderId.of("SO-1"), C1, DAY).warehouse(WH)
        .line(Sku.of("P-1"), "10", "11.30", "20")).orElseThrow();
    confirm(kit, "SO-1").orElseThrow();

    // when 3 of 10 ship: net round(80 × 3 / 10) = 24.00, VAT round(10.40 × 3 / 10) = 3.12
    kit.ship(SalesOrderId.of("SO-1"), "C-1", "P-1", "3");
    kit.ship(SalesOrderId.of("SO-1"), "C-1", "P-1", "7");

    // then the shares add up to the discounted line
    assertThat(kit.events(RevenueRecognised.class)).extracting(RevenueRecognised::amounts)
        .containsExactly(amounts("24.00", "3.12"), amounts("56.00", "7.28"));
  }

  @Test
  void refusesABadDiscount() {
    // given
    CrmKit kit = new CrmKit().product("P-1").customer("C-1");

    // then
    for (String bad : List.of("100", "-1", "10.005", "150")) {
      assertThat(kit.crm.placeSalesOrder(PlaceSalesOrder.Command.of(SalesOrderId.of("SO-1"), C1, DAY)
          .line(Sku.of("P-1"), "1", "1.00", bad)).rejection().code()).as(bad).isEqualTo(RejectionCode.INVALID_INPUT);
    }
    assertThat(kit.crm.placeSalesOrder(PlaceSalesOrder.Command.of(SalesOrderId.of("SO-1"), C1, DAY)
        .line(Sku.of("P-1"), "1", "1.00", "99.99")).isAccepted()).isTrue();
  }

  @Test
  void exposureIsEmptyForAnUnknownCustomer() {
    assertThat(new CrmKit().crm.creditExposure(C1)).isEmpty();
    assertThat(new CrmKit().customer("C-1").crm.creditExposures()).extracting(CreditExposure::exposure)
        .containsExactly(cny("0.00"));
  }
}
