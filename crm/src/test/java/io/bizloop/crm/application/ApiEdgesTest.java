package io.bizloop.crm.application;

import static io.bizloop.crm.application.CrmKit.CNY;
import static io.bizloop.crm.application.CrmKit.DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bizloop.core.CustomerId;
import io.bizloop.core.OpportunityId;
import io.bizloop.core.Outcome;
import io.bizloop.core.Quantity;
import io.bizloop.core.RejectionCode;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.Sku;
import io.bizloop.core.TicketId;
import io.bizloop.core.VatRate;
import io.bizloop.core.event.GoodsReturned;
import io.bizloop.core.event.GoodsShipped;
import io.bizloop.core.event.PaymentReceived;
import io.bizloop.core.event.RevenueRecognised;
import io.bizloop.core.memory.InMemoryUnitOfWork;
import io.bizloop.core.port.CommandValidator;
import io.bizloop.core.port.HostPorts;
import io.bizloop.crm.domain.CrmSettings;
import io.bizloop.crm.domain.OpportunityStatus;
import io.bizloop.crm.domain.RevenueRecognition;
import io.bizloop.crm.domain.SalesOrder;
import io.bizloop.crm.memory.InMemoryCrmPorts;
import io.bizloop.crm.memory.InMemoryCustomers;
import io.bizloop.crm.memory.InMemorySalesOrders;
import io.bizloop.crm.port.Catalog;
import io.bizloop.crm.port.ProductTerms;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The edges of crm's API (issue 11): typed rejections where a host could pass something odd. */
class ApiEdgesTest {

  private final CrmKit kit = new CrmKit().product("P-1").customer("C-1").customer("C-2");
  private final Crm crm = kit.crm;

  @Test
  void winningWithACancelledOrderIsInvalidState() {
    // given
    crm.openOpportunity(OpenOpportunity.Command.of(OpportunityId.of("OP-1"), CustomerId.of("C-1"), "100", DAY))
        .orElseThrow();
    SalesOrderId order = kit.confirmedOrder("SO-1", "C-1", "P-1", "1", "1.00");
    crm.cancelOrder(new CancelOrder.Command(order, DAY)).orElseThrow();

    // when
    Outcome<Void> won = crm.winOpportunity(WinOpportunity.Command.of(OpportunityId.of("OP-1"), DAY).order(order));

    // then
    assertThat(won.rejection().code()).isEqualTo(RejectionCode.INVALID_STATE);
    assertThat(crm.opportunities().get(0).status()).isEqualTo(OpportunityStatus.OPEN);
  }

  @Test
  void aTicketsOrderMustExistAndBelongToItsCustomer() {
    // given
    SalesOrderId others = kit.confirmedOrder("SO-2", "C-2", "P-1", "1", "1.00");
    OpenTicket.Command ticket = OpenTicket.Command.of(TicketId.of("T-1"), CustomerId.of("C-1"), "broken", DAY);

    // when
    Outcome<?> unknown = crm.openTicket(ticket.order(SalesOrderId.of("SO-X")));
    Outcome<?> notHers = crm.openTicket(ticket.order(others));
    Outcome<?> hers = crm.openTicket(
        OpenTicket.Command.of(TicketId.of("T-1"), CustomerId.of("C-2"), "broken", DAY).order(others));

    // then
    assertThat(unknown.rejection().code()).isEqualTo(RejectionCode.UNKNOWN_REFERENCE);
    assertThat(notHers.rejection().code()).isEqualTo(RejectionCode.INVALID_STATE);
    assertThat(hers.isAccepted()).isTrue();
    assertThat(crm.tickets()).hasSize(1);
  }

  @Test
  void aBlankWhiteSpaceOnlyOrTooLongSkillIsInvalidInput() {
    OpenTicket.Command ticket = OpenTicket.Command.of(TicketId.of("T-1"), CustomerId.of("C-1"), "help", DAY);

    assertThat(crm.openTicket(ticket.skill("")).rejection().code()).isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(crm.openTicket(ticket.skill(" \t\u3000")).rejection().code()).isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(crm.openTicket(ticket.skill("x".repeat(201))).rejection().code())
        .isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(crm.registerAgent(RegisterAgent.Command.of(io.bizloop.core.AgentId.of("A-1"), DAY).skills(" "))
            .rejection().code())
        .isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(crm.tickets()).isEmpty();
    assertThat(crm.openTicket(ticket.skill(" repair ")).isAccepted()).isTrue();
  }

  @Test
  void policiesRejectAMissingEventInsteadOfThrowing() {
    // given
    InMemoryUnitOfWork uow = new InMemoryUnitOfWork();
    InMemorySalesOrders orders = new InMemorySalesOrders(uow);
    CrmSettings settings = CrmSettings.defaults();

    // when / then
    assertThat(new RecordShipment(orders, kit.bus, settings).on(null).rejection().code())
        .isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(new RecordReturnedGoods(orders).on(null).rejection().code()).isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(new RecordPayment(new InMemoryCustomers(uow)).on(null).rejection().code())
        .isEqualTo(RejectionCode.INVALID_INPUT);
    HostPorts host = new HostPorts(kit.bus, kit.bus, uow, CommandValidator.none());
    assertThat(host.runner().react((GoodsShipped) null, new RecordShipment(orders, kit.bus, settings)::on)
            .rejection().code())
        .isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(host.runner().react((GoodsReturned) null, new RecordReturnedGoods(orders)::on).rejection().code())
        .isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(host.runner().react((PaymentReceived) null, new RecordPayment(new InMemoryCustomers(uow))::on)
            .rejection().code())
        .isEqualTo(RejectionCode.INVALID_INPUT);
  }

  @Test
  void aMissingCommandOrMissingPartsAreInvalidInput() {
    assertThat(crm.placeSalesOrder(null).rejection().code()).isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(new ConfirmOrder(
            new InMemorySalesOrders(kit.uow), new InMemoryCustomers(kit.uow),
            io.bizloop.crm.port.Receivables.of(c -> null, c -> null),
            io.bizloop.crm.port.Catalog.of(sku -> java.util.Optional.empty(), w -> true),
            (sku, warehouse) -> Quantity.of(1), kit.bus, CrmSettings.defaults())
        .handle(null).rejection().code())
        .isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(crm.placeSalesOrder(new PlaceSalesOrder.Command(SalesOrderId.of("SO-9"), CustomerId.of("C-1"), null, null, DAY))
            .rejection().code())
        .isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(crm.returnGoods(new ReturnGoods.Command(SalesOrderId.of("SO-9"), null, null, DAY)).rejection().code())
        .isEqualTo(RejectionCode.INVALID_INPUT);
  }

  @Test
  void boundsAreCheckedFirstWithShortMessages() {
    PlaceSalesOrder.Command order = PlaceSalesOrder.Command.of(SalesOrderId.of("SO-9"), CustomerId.of("C-1"), DAY);

    Outcome<SalesOrderId> hugePrice = crm.placeSalesOrder(order.line(Sku.of("P-1"), "1", "1e30"));
    Outcome<SalesOrderId> tinyQuantity = crm.placeSalesOrder(order.line(Sku.of("P-1"), "1e-999999999", "1"));
    Outcome<SalesOrderId> hugeQuantity = crm.placeSalesOrder(order.line(Sku.of("P-1"), "1e999999999", "1"));
    Outcome<SalesOrderId> hugeLine = crm.placeSalesOrder(order.line(Sku.of("P-1"), "1000000000", "1001"));
    Outcome<SalesOrderId> fineLine = crm.placeSalesOrder(order.line(Sku.of("P-1"), "1000000000", "1000"));
    Outcome<OpportunityId> hugeAmount = crm.openOpportunity(
        OpenOpportunity.Command.of(OpportunityId.of("OP-9"), CustomerId.of("C-1"), "1000000000000.01", DAY));
    Outcome<CustomerId> longName = crm.registerCustomer(
        RegisterCustomer.Command.of(CustomerId.of("C-9"), "n".repeat(201), DAY));

    for (Outcome<?> refused : List.of(hugePrice, tinyQuantity, hugeQuantity, hugeLine, hugeAmount, longName)) {
      assertThat(refused.rejection().code()).isEqualTo(RejectionCode.INVALID_INPUT);
      assertThat(refused.rejection().message()).hasSizeLessThan(120);
    }
    assertThat(fineLine.isAccepted()).isTrue();
    assertThat(crm.orders()).hasSize(1);
    assertThat(crm.customerValues()).hasSize(2);
  }

  @Test
  void documentsOfOrdersWhoseIdsLookAlikeNeverShareAnEventId() {
    // given orders X/S1 and X/ship/1, each shipped once
    SalesOrderId first = kit.confirmedOrder("X/S1", "C-1", "P-1", "1", "10.00");
    SalesOrderId second = kit.confirmedOrder("X/ship/1", "C-1", "P-1", "1", "10.00");

    // when
    kit.ship(first, "C-1", "P-1", "1").orElseThrow();
    kit.ship(second, "C-1", "P-1", "1").orElseThrow();

    // then both shipments recognised revenue under distinct event ids
    assertThat(kit.events(RevenueRecognised.class))
        .extracting(r -> r.eventId().value())
        .containsExactly("shipment-revenue:X/S1/S1", "shipment-revenue:X/ship/1/S1");
  }

  @Test
  void aStaleSaveIsAConflictNotAnException() {
    // given two copies of one order loaded before either is saved
    InMemorySalesOrders orders = new InMemorySalesOrders(new InMemoryUnitOfWork());
    SalesOrder placed = SalesOrder.place(SalesOrderId.of("SO-1"), CustomerId.of("C-1"), null,
        List.of(io.bizloop.crm.domain.OrderLine.draft(
            Sku.of("P-1"), Quantity.of(1), BigDecimal.ONE, VatRate.STANDARD_CN, CNY)), DAY);
    orders.save(placed).orElseThrow();
    SalesOrder one = orders.find(SalesOrderId.of("SO-1")).orElseThrow();
    SalesOrder other = orders.find(SalesOrderId.of("SO-1")).orElseThrow();

    // when
    Outcome<Void> firstSave = orders.save(one);
    Outcome<Void> staleSave = orders.save(other);

    // then
    assertThat(firstSave.isAccepted()).isTrue();
    assertThat(staleSave.rejection().code()).isEqualTo(RejectionCode.CONFLICT);
  }

  @Test
  void anExceptionInsideADecisionIsABugThatEscapes() {
    // given a catalog that fails
    Catalog failing = new Catalog() {
      @Override
      public Optional<ProductTerms> product(Sku sku) {
        throw new IllegalArgumentException("catalog is broken");
      }

      @Override
      public boolean warehouseExists(io.bizloop.core.WarehouseId warehouse) {
        return true;
      }
    };
    Crm broken = Crm.install(
        new HostPorts(kit.bus, kit.bus, kit.uow, CommandValidator.none()),
        new CrmSettings(CNY, VatRate.STANDARD_CN, false, RevenueRecognition.SHIPMENT),
        InMemoryCrmPorts.create(
            kit.uow, failing, (sku, warehouse) -> Quantity.of(1), io.bizloop.crm.port.Receivables.of(c -> null, c -> null)));
    broken.registerCustomer(RegisterCustomer.Command.of(CustomerId.of("C-1"), "Roma", DAY)).orElseThrow();

    // when / then: not turned into INVALID_INPUT
    assertThatThrownBy(() -> broken.placeSalesOrder(
            PlaceSalesOrder.Command.of(SalesOrderId.of("SO-1"), CustomerId.of("C-1"), DAY).line(Sku.of("P-1"), "1", "1")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(broken.orders()).isEmpty();
  }
}
