package io.bizloop.crm.application;

import static io.bizloop.crm.application.CrmKit.DAY;
import static io.bizloop.crm.application.CrmKit.WH;
import static io.bizloop.crm.application.CrmKit.amounts;
import static org.assertj.core.api.Assertions.assertThat;

import io.bizloop.core.CreditNoteId;
import io.bizloop.core.CustomerId;
import io.bizloop.core.InvoiceId;
import io.bizloop.core.Money;
import io.bizloop.core.Outcome;
import io.bizloop.core.Quantity;
import io.bizloop.core.RejectionCode;
import io.bizloop.core.ReturnId;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.ShipmentId;
import io.bizloop.core.Sku;
import io.bizloop.core.WarehouseId;
import io.bizloop.core.event.CreditNoteIssued;
import io.bizloop.core.event.ReturnAccepted;
import io.bizloop.core.event.RevenueRecognised;
import io.bizloop.core.event.SalesOrderCancelled;
import io.bizloop.core.event.SalesOrderConfirmed;
import io.bizloop.crm.domain.AcceptedReturn;
import io.bizloop.crm.domain.RevenueRecognition;
import io.bizloop.crm.domain.SalesOrderStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SalesOrderTest {

  private static PlaceSalesOrder.Command place(String id, String customer, PlaceSalesOrder.Line... lines) {
    PlaceSalesOrder.Command command = PlaceSalesOrder.Command.of(SalesOrderId.of(id), CustomerId.of(customer), DAY);
    for (PlaceSalesOrder.Line line : lines) {
      command = command.line(line.sku(), line.quantity(), line.unitPrice());
    }
    return command;
  }

  private static PlaceSalesOrder.Line line(String sku, String qty, String price) {
    return new PlaceSalesOrder.Line(Sku.of(sku), new BigDecimal(qty), new BigDecimal(price));
  }

  private static ReturnGoods.Command returning(SalesOrderId order, String sku, String qty) {
    return ReturnGoods.Command.of(order, DAY).line(Sku.of(sku), qty);
  }

  @Test
  void recognisesRevenueOfEachShipmentAsItsShareOfTheLine() {
    // given
    CrmKit kit = new CrmKit().product("P-1").customer("C-1");
    SalesOrderId order = kit.confirmedOrder("SO-1", "C-1", "P-1", "60", "20.00");

    // when
    kit.ship(order, "C-1", "P-1", "50");
    kit.ship(order, "C-1", "P-1", "10");

    // then
    assertThat(kit.events(RevenueRecognised.class))
        .extracting(RevenueRecognised::document, RevenueRecognised::amounts)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ShipmentId.of(order, 1), amounts("1000.00", "130.00")),
            org.assertj.core.groups.Tuple.tuple(ShipmentId.of(order, 2), amounts("200.00", "26.00")));
    assertThat(kit.events(RevenueRecognised.class).get(0).eventId().value()).isEqualTo("shipment-revenue:SO-1/S1");
    SalesOrderView view = kit.crm.order(order).orElseThrow();
    assertThat(view.status()).isEqualTo(SalesOrderStatus.SHIPPED);
    assertThat(view.lines().get(0).shipped()).isEqualTo(Quantity.of(60));
  }

  @Test
  void sharesOfAnAwkwardLineAddUpToTheLineExactly() {
    // given 7 × 3.33 = 23.31, VAT 3.03
    CrmKit kit = new CrmKit().product("P-1").customer("C-1");
    SalesOrderId order = kit.confirmedOrder("SO-1", "C-1", "P-1", "7", "3.33");

    // when
    kit.ship(order, "C-1", "P-1", "3");
    kit.ship(order, "C-1", "P-1", "3");
    kit.ship(order, "C-1", "P-1", "1");

    // then
    List<RevenueRecognised> revenue = kit.events(RevenueRecognised.class);
    Money net = Money.sum(revenue.stream().map(r -> r.amounts().net()).toList(), CrmKit.CNY);
    Money vat = Money.sum(revenue.stream().map(r -> r.amounts().vat()).toList(), CrmKit.CNY);
    assertThat(net).isEqualTo(Money.of("23.31", "CNY"));
    assertThat(vat).isEqualTo(Money.of("3.03", "CNY"));
    assertThat(revenue.get(0).amounts()).isEqualTo(amounts("9.99", "1.30"));
  }

  @Test
  void marksAPartlyShippedOrder() {
    // given
    CrmKit kit = new CrmKit().product("P-1").customer("C-1");
    SalesOrderId order = kit.confirmedOrder("SO-1", "C-1", "P-1", "60", "20.00");

    // when
    kit.ship(order, "C-1", "P-1", "5");

    // then
    assertThat(kit.crm.order(order).orElseThrow().status()).isEqualTo(SalesOrderStatus.PARTIALLY_SHIPPED);
  }

  @Test
  void fixesInclusivePricesAtConfirmation() {
    // given 10 × 11.30 incl. 13 % = gross 113.00 → net 100.00, VAT 13.00
    CrmKit kit = new CrmKit(RevenueRecognition.SHIPMENT, true).product("P-1").customer("C-1");

    // when
    SalesOrderId order = kit.confirmedOrder("SO-1", "C-1", "P-1", "10", "11.30");

    // then
    SalesOrderConfirmed confirmed = kit.events(SalesOrderConfirmed.class).get(0);
    assertThat(confirmed.eventId().value()).isEqualTo("order-confirmed:SO-1");
    assertThat(confirmed.lines().get(0).amounts()).isEqualTo(amounts("100.00", "13.00"));
    assertThat(kit.crm.order(order).orElseThrow().lines().get(0).net()).isEqualTo(Money.of("100.00", "CNY"));
  }

  @Test
  void recognisesTheWholeOrderAtConfirmationWhenTheCompanySaysSo() {
    // given
    CrmKit kit = new CrmKit(RevenueRecognition.ORDER_CONFIRMATION, false).product("P-1").product("P-2").customer("C-1");
    kit.crm.placeSalesOrder(place("SO-1", "C-1", line("P-1", "2", "10.00"), line("P-2", "1", "5.00")).warehouse(WH)).orElseThrow();

    // when
    kit.crm.confirmOrder(new ConfirmOrder.Command(SalesOrderId.of("SO-1"), DAY)).orElseThrow();
    kit.ship(SalesOrderId.of("SO-1"), "C-1", "P-1", "2");

    // then
    assertThat(kit.events(RevenueRecognised.class))
        .singleElement()
        .satisfies(r -> {
          assertThat(r.document()).isEqualTo(SalesOrderId.of("SO-1"));
          assertThat(r.eventId().value()).isEqualTo("order-revenue:SO-1");
          assertThat(r.amounts()).isEqualTo(amounts("25.00", "3.25"));
        });
  }

  @Test
  void invoicesWhatIsShippedAndNotYetInvoicedUnderInvoiceRecognition() {
    // given
    CrmKit kit = new CrmKit(RevenueRecognition.INVOICE, false).product("P-1").customer("C-1");
    SalesOrderId order = kit.confirmedOrder("SO-1", "C-1", "P-1", "60", "20.00");
    kit.ship(order, "C-1", "P-1", "50");

    // when
    Outcome<InvoiceId> first = kit.crm.invoiceOrder(new InvoiceOrder.Command(order, DAY));
    Outcome<InvoiceId> nothingLeft = kit.crm.invoiceOrder(new InvoiceOrder.Command(order, DAY));
    kit.ship(order, "C-1", "P-1", "10");
    InvoiceId second = kit.crm.invoiceOrder(new InvoiceOrder.Command(order, DAY)).orElseThrow();

    // then
    assertThat(first.orElseThrow()).isEqualTo(InvoiceId.of(order, 1));
    assertThat(second).isEqualTo(InvoiceId.of(order, 2));
    assertThat(nothingLeft.rejection().code()).isEqualTo(RejectionCode.INVALID_STATE);
    assertThat(kit.events(RevenueRecognised.class))
        .extracting(RevenueRecognised::document, RevenueRecognised::amounts)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(InvoiceId.of(order, 1), amounts("1000.00", "130.00")),
            org.assertj.core.groups.Tuple.tuple(InvoiceId.of(order, 2), amounts("200.00", "26.00")));
    assertThat(kit.events(RevenueRecognised.class).get(1).eventId().value()).isEqualTo("invoice-revenue:SO-1/I2");
    assertThat(kit.crm.order(order).orElseThrow().lines().get(0).invoiced()).isEqualTo(Quantity.of(60));
  }

  @Test
  void acceptsAnInvoiceWithoutPostingUnderShipmentRecognition() {
    // given
    CrmKit kit = new CrmKit().product("P-1").customer("C-1");
    SalesOrderId order = kit.confirmedOrder("SO-1", "C-1", "P-1", "6", "20.00");

    // when
    Outcome<InvoiceId> invoiced = kit.crm.invoiceOrder(new InvoiceOrder.Command(order, DAY));
    Outcome<InvoiceId> again = kit.crm.invoiceOrder(new InvoiceOrder.Command(order, DAY));

    // then: numbered per order although nothing is posted
    assertThat(invoiced.orElseThrow()).isEqualTo(InvoiceId.of(order, 1));
    assertThat(again.orElseThrow()).isEqualTo(InvoiceId.of(order, 2));
    assertThat(kit.events(RevenueRecognised.class)).isEmpty();
  }

  @Test
  void refusesToInvoiceADraft() {
    // given
    CrmKit kit = new CrmKit().product("P-1").customer("C-1");
    kit.crm.placeSalesOrder(place("SO-1", "C-1", line("P-1", "1", "1.00"))).orElseThrow();

    // when
    Outcome<InvoiceId> invoiced = kit.crm.invoiceOrder(new InvoiceOrder.Command(SalesOrderId.of("SO-1"), DAY));

    // then
    assertThat(invoiced.rejection().code()).isEqualTo(RejectionCode.INVALID_STATE);
  }

  @Test
  void creditsAReturnAtItsShareOfTheRecognisedAmounts() {
    // given
    CrmKit kit = new CrmKit().product("P-1").customer("C-1");
    SalesOrderId order = kit.confirmedOrder("SO-1", "C-1", "P-1", "7", "3.33");
    kit.ship(order, "C-1", "P-1", "7");

    // when
    AcceptedReturn first = kit.crm.returnGoods(returning(order, "P-1", "3")).orElseThrow();
    AcceptedReturn second = kit.crm.returnGoods(returning(order, "P-1", "4")).orElseThrow();

    // then
    assertThat(first).isEqualTo(new AcceptedReturn(ReturnId.of(order, 1), Optional.of(CreditNoteId.of(order, 1))));
    assertThat(second).isEqualTo(new AcceptedReturn(ReturnId.of(order, 2), Optional.of(CreditNoteId.of(order, 2))));
    List<CreditNoteIssued> notes = kit.events(CreditNoteIssued.class);
    assertThat(notes).extracting(CreditNoteIssued::creditNote)
        .containsExactly(CreditNoteId.of(order, 1), CreditNoteId.of(order, 2));
    assertThat(notes).extracting(n -> n.eventId().value()).containsExactly("credit-note:SO-1/CN1", "credit-note:SO-1/CN2");
    assertThat(notes.get(0).amounts()).isEqualTo(amounts("9.99", "1.30"));
    assertThat(notes.get(0).amounts().plus(notes.get(1).amounts())).isEqualTo(amounts("23.31", "3.03"));
    assertThat(kit.events(ReturnAccepted.class)).extracting(ReturnAccepted::returnId)
        .containsExactly(ReturnId.of(order, 1), ReturnId.of(order, 2));
    SalesOrderView view = kit.crm.order(order).orElseThrow();
    assertThat(view.status()).isEqualTo(SalesOrderStatus.SHIPPED);
    assertThat(view.lines().get(0).returned()).isEqualTo(Quantity.of(7));
    CustomerValue value = kit.crm.customerValues().get(0);
    assertThat(value.revenue()).isEqualTo(Money.of("0.00", "CNY"));
    assertThat(value.cogs()).isEqualTo(Money.of("0.00", "CNY"));
    assertThat(value.lifetimeValue()).isNull();
  }

  @Test
  void refusesToReturnMoreThanIsReturnable() {
    // given
    CrmKit kit = new CrmKit().product("P-1").customer("C-1");
    SalesOrderId order = kit.confirmedOrder("SO-1", "C-1", "P-1", "10", "5.00");
    kit.ship(order, "C-1", "P-1", "4");
    kit.crm.returnGoods(returning(order, "P-1", "1")).orElseThrow();
    SalesOrderView before = kit.crm.order(order).orElseThrow();

    // when
    Outcome<AcceptedReturn> tooMuch = kit.crm.returnGoods(returning(order, "P-1", "4"));

    // then
    assertThat(tooMuch.rejection().code()).isEqualTo(RejectionCode.INVALID_STATE);
    assertThat(kit.crm.order(order)).contains(before);
  }

  @Test
  void underInvoiceRecognitionOnlyInvoicedGoodsCanBeReturned() {
    // given
    CrmKit kit = new CrmKit(RevenueRecognition.INVOICE, false).product("P-1").customer("C-1");
    SalesOrderId order = kit.confirmedOrder("SO-1", "C-1", "P-1", "10", "5.00");
    kit.ship(order, "C-1", "P-1", "4");

    // when
    Outcome<AcceptedReturn> notInvoiced = kit.crm.returnGoods(returning(order, "P-1", "1"));

    // then
    assertThat(notInvoiced.rejection().code()).isEqualTo(RejectionCode.INVALID_STATE);
  }

  @Test
  void checksAReturnInTheContractOrder() {
    // given
    CrmKit kit = new CrmKit().product("P-1").product("P-2").customer("C-1");
    SalesOrderId order = kit.confirmedOrder("SO-1", "C-1", "P-1", "10", "5.00");

    // when / then
    assertThat(kit.crm.returnGoods(ReturnGoods.Command.of(order, DAY)).rejection().code())
        .isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(kit.crm.returnGoods(returning(SalesOrderId.of("SO-X"), "P-1", "1")).rejection().code())
        .isEqualTo(RejectionCode.UNKNOWN_REFERENCE);
    assertThat(kit.crm.returnGoods(returning(order, "P-2", "1")).rejection().code())
        .isEqualTo(RejectionCode.UNKNOWN_REFERENCE);
    assertThat(kit.crm.returnGoods(returning(order, "P-1", "0")).rejection().code())
        .isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(kit.crm.returnGoods(returning(order, "P-1", "1")).rejection().code())
        .isEqualTo(RejectionCode.INVALID_STATE);
  }

  @Test
  void refusesBadOrdersWithTheirCodesAndKeepsNothing() {
    // given
    CrmKit kit = new CrmKit().product("P-1").customer("C-1");
    kit.crm.placeSalesOrder(place("SO-1", "C-1", line("P-1", "1", "1.00"))).orElseThrow();

    // when / then
    assertThat(kit.crm.placeSalesOrder(place("SO-2", "C-1")).rejection().code())
        .isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(kit.crm.placeSalesOrder(place("SO-2", "C-1", line("P-1", "-1", "1.00"))).rejection().code())
        .isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(kit.crm.placeSalesOrder(place("SO-2", "C-1", line("P-1", "1.00001", "1.00"))).rejection().code())
        .isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(kit.crm.placeSalesOrder(place("SO-2", "C-1", line("P-1", "1", "0"))).rejection().code())
        .isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(kit.crm.placeSalesOrder(place("SO-2", "C-1", line("P-1", "1", "1"), line("P-1", "2", "1"))).rejection().code())
        .isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(kit.crm.placeSalesOrder(place("SO-1", "C-9", line("P-1", "1", "1.00"))).rejection().code())
        .isEqualTo(RejectionCode.DUPLICATE_ID);
    assertThat(kit.crm.placeSalesOrder(place("SO-2", "C-9", line("P-1", "1", "1.00"))).rejection().code())
        .isEqualTo(RejectionCode.UNKNOWN_REFERENCE);
    assertThat(kit.crm.placeSalesOrder(place("SO-2", "C-1", line("P-1", "1", "1.00")).warehouse(WarehouseId.of("WH-X"))).rejection().code())
        .isEqualTo(RejectionCode.UNKNOWN_REFERENCE);
    assertThat(kit.crm.placeSalesOrder(place("SO-2", "C-1", line("P-9", "1", "1.00"))).rejection().code())
        .isEqualTo(RejectionCode.UNKNOWN_REFERENCE);
    assertThat(kit.crm.orders()).extracting(SalesOrderView::id).containsExactly(SalesOrderId.of("SO-1"));
  }

  @Test
  void aConfirmationRefusedByInventoryLeavesTheOrderADraft() {
    // given
    CrmKit kit = new CrmKit().product("P-1").customer("C-1");
    kit.crm.placeSalesOrder(place("SO-1", "C-1", line("P-1", "1", "1.00"))).orElseThrow();
    kit.inventoryRefusesConfirmation = true;

    // when
    Outcome<?> confirmed = kit.crm.confirmOrder(new ConfirmOrder.Command(SalesOrderId.of("SO-1"), DAY));

    // then
    assertThat(confirmed.rejection().code()).isEqualTo(RejectionCode.INVALID_STATE);
    assertThat(kit.crm.order(SalesOrderId.of("SO-1")).orElseThrow().status()).isEqualTo(SalesOrderStatus.DRAFT);
  }

  @Test
  void cancelsOnlyWhileNothingIsShipped() {
    // given
    CrmKit kit = new CrmKit().product("P-1").customer("C-1");
    SalesOrderId unshipped = kit.confirmedOrder("SO-1", "C-1", "P-1", "10", "5.00");
    SalesOrderId shipped = kit.confirmedOrder("SO-2", "C-1", "P-1", "10", "5.00");
    kit.ship(shipped, "C-1", "P-1", "1");

    // when
    Outcome<Void> cancelled = kit.crm.cancelOrder(new CancelOrder.Command(unshipped, DAY));
    Outcome<Void> refused = kit.crm.cancelOrder(new CancelOrder.Command(shipped, DAY));
    Outcome<Void> twice = kit.crm.cancelOrder(new CancelOrder.Command(unshipped, DAY));

    // then
    assertThat(cancelled.isAccepted()).isTrue();
    assertThat(kit.events(SalesOrderCancelled.class)).singleElement().satisfies(e -> assertThat(e.wasConfirmed()).isTrue());
    assertThat(refused.rejection().code()).isEqualTo(RejectionCode.INVALID_STATE);
    assertThat(twice.rejection().code()).isEqualTo(RejectionCode.INVALID_STATE);
  }

  @Test
  void answersAvailabilityWhenConfirming() {
    // given
    CrmKit kit = new CrmKit().product("P-1").customer("C-1");
    kit.crm.placeSalesOrder(place("SO-1", "C-1", line("P-1", "150", "1.00")).warehouse(WH)).orElseThrow();

    // when
    List<Availability> availability =
        kit.crm.confirmOrder(new ConfirmOrder.Command(SalesOrderId.of("SO-1"), DAY)).orElseThrow();

    // then
    assertThat(availability).singleElement().satisfies(a -> {
      assertThat(a.available()).isEqualTo(Quantity.of(100));
      assertThat(a.fully()).isFalse();
    });
  }

  @Test
  void ignoresTheSameShipmentDeliveredTwice() {
    // given
    CrmKit kit = new CrmKit().product("P-1").customer("C-1");
    SalesOrderId order = kit.confirmedOrder("SO-1", "C-1", "P-1", "60", "20.00");
    io.bizloop.core.event.GoodsShipped event = new io.bizloop.core.event.GoodsShipped(
        io.bizloop.core.EventId.of("goods-shipped", ShipmentId.of(order, 9)), DAY, ShipmentId.of(order, 9), order,
        CustomerId.of("C-1"),
        List.of(new io.bizloop.core.event.GoodsShipped.Line(Sku.of("P-1"), WH, Quantity.of(5), Money.of("50.00", "CNY"))));

    // when
    kit.uow.execute(() -> kit.bus.publish(event));
    kit.uow.execute(() -> kit.bus.publish(event));

    // then
    assertThat(kit.crm.order(order).orElseThrow().lines().get(0).shipped()).isEqualTo(Quantity.of(5));
    assertThat(kit.events(RevenueRecognised.class)).hasSize(1);
    assertThat(kit.crm.customerValues().get(0).cogs()).isEqualTo(Money.of("50.00", "CNY"));
  }
}
