package io.bizloop.jdbc;

import static io.bizloop.jdbc.Fixtures.DAY;
import static io.bizloop.jdbc.Fixtures.HOT;
import static io.bizloop.jdbc.Fixtures.SUPPLIER;
import static io.bizloop.jdbc.Fixtures.WH;
import static io.bizloop.jdbc.Fixtures.capital;
import static io.bizloop.jdbc.Fixtures.expectAccepted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.bizloop.accounting.application.JournalEntryView;
import io.bizloop.accounting.domain.FiscalPeriod;
import io.bizloop.core.AccountCode;
import io.bizloop.core.AgentId;
import io.bizloop.core.EventId;
import io.bizloop.core.Money;
import io.bizloop.core.Outcome;
import io.bizloop.core.Period;
import io.bizloop.core.Quantity;
import io.bizloop.core.ReceiptId;
import io.bizloop.core.RejectionCode;
import io.bizloop.core.Sku;
import io.bizloop.core.WarehouseId;
import io.bizloop.core.event.GoodsReceived;
import io.bizloop.core.port.EventPublisher;
import io.bizloop.crm.domain.Agent;
import io.bizloop.inventory.domain.CostLayer;
import io.bizloop.inventory.domain.CostingMethod;
import io.bizloop.inventory.domain.Product;
import io.bizloop.inventory.domain.ReservationId;
import io.bizloop.inventory.domain.StockItem;
import io.bizloop.inventory.domain.StockKey;
import io.bizloop.inventory.domain.Warehouse;
import io.bizloop.loop.Bizloop;
import io.bizloop.loop.CompanySettings;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every database under the JDBC adapter must show: the ports' contracts, as the in-memory adapters keep them. */
abstract class AdapterContract {

  static final List<String> TABLES = List.of(
      "bizloop_counter", "bizloop_processed_event", "bizloop_outbox", "bizloop_journal_entry", "bizloop_journal_line", "bizloop_ledger_balance", "bizloop_ledger_turnover",
      "bizloop_fiscal_period", "bizloop_party_account", "bizloop_warehouse", "bizloop_product", "bizloop_supplier", "bizloop_stock_item", "bizloop_purchase_order",
      "bizloop_order_allocation", "bizloop_customer", "bizloop_crm_lead", "bizloop_opportunity", "bizloop_sales_order", "bizloop_ticket", "bizloop_agent");

  private static final Currency CNY = Currency.getInstance("CNY");

  HikariDataSource db;
  JdbcLoopStore store;
  Bizloop loop;

  /** A new, empty database. */
  abstract HikariDataSource newDatabase(String name);

  @BeforeEach
  void openLoop() {
    db = newDatabase(getClass().getSimpleName());
    store = JdbcLoopStore.open(db, CompanySettings.chinaDefaults());
    loop = store.bizloop();
  }

  @AfterEach
  void closeDatabase() {
    db.close();
  }

  @Test
  void reopeningWithOtherSettingsIsRefusedNamingBothValues() {
    // given: the books were opened in CNY on the Chinese chart (openLoop)

    // when
    Throwable refused = org.assertj.core.api.Assertions.catchThrowable(
        () -> JdbcLoopStore.open(db, CompanySettings.ifrs(java.util.Currency.getInstance("EUR"))));

    // then
    assertThat(refused).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("currency is CNY in the database but EUR in the settings given");
    assertThat(JdbcLoopStore.open(db, CompanySettings.chinaDefaults()).company())
        .hasToString(CompanySettings.chinaDefaults().toString());
  }

  @Test
  void refusesAStaleSaveWithAConflictLikeTheInMemoryAdapters() {
    // given
    JdbcAgents agents = new JdbcAgents(store.unitOfWork());
    Agent fresh = Agent.register(new AgentId("A-1"), "Ann", Set.of("pumps"), DAY);
    assertThat(agents.save(fresh).isAccepted()).isTrue();
    Agent first = agents.find(new AgentId("A-1")).orElseThrow();
    Agent second = agents.find(new AgentId("A-1")).orElseThrow();

    // when
    first.assigned(1);
    Outcome<Void> firstSaved = agents.save(first);
    second.assigned(2);
    Outcome<Void> secondSaved = agents.save(second);

    // then
    assertThat(firstSaved.isAccepted()).isTrue();
    assertThat(secondSaved.rejection().code()).as("stale version").isEqualTo(RejectionCode.CONFLICT);
    assertThat(agents.save(fresh).rejection().code()).as("a new aggregate over an existing one")
        .isEqualTo(RejectionCode.CONFLICT);
    assertThat(agents.find(new AgentId("A-1")).orElseThrow().snapshot()).isEqualTo(first.snapshot().withVersion(2));
  }

  @Test
  void refusesAStaleStockItemWithAConflict() {
    // given
    JdbcStockItems items = new JdbcStockItems(store.unitOfWork());
    expectAccepted(items.save(StockItem.create(HOT, WH, Quantity.EACH, CostingMethod.MOVING_AVERAGE, CNY)));
    StockItem first = items.find(new StockKey(HOT, WH)).orElseThrow();
    StockItem second = items.find(new StockKey(HOT, WH)).orElseThrow();
    first.receive(Quantity.of(10), new BigDecimal("2.00"));
    second.receive(Quantity.of(5), new BigDecimal("2.00"));

    // when
    Outcome<Void> saved = items.save(first);
    Outcome<Void> stale = items.save(second);

    // then
    assertThat(saved.isAccepted()).isTrue();
    assertThat(stale.rejection().code()).isEqualTo(RejectionCode.CONFLICT);
    assertThat(items.find(new StockKey(HOT, WH)).orElseThrow().onHand()).isEqualTo(Quantity.of(10));
    assertThat(new BigDecimal(query("SELECT on_hand FROM bizloop_stock_item").get(0))).isEqualByComparingTo("10");
  }

  @Test
  void referenceDataIsStoredOnceAndATakenKeyIsAConflict() {
    // given
    JdbcWarehouses warehouses = new JdbcWarehouses(store.unitOfWork());
    JdbcProducts products = new JdbcProducts(store.unitOfWork());
    Warehouse main = new Warehouse(WH, "main", 1);
    Product product = products.find(HOT).orElse(null);

    // when
    Outcome<Void> first = warehouses.save(main);
    Outcome<Void> again = warehouses.save(new Warehouse(WH, "other", 2));

    // then
    assertThat(product).isNull();
    assertThat(first.isAccepted()).isTrue();
    assertThat(again.rejection().code()).isEqualTo(RejectionCode.CONFLICT);
    assertThat(warehouses.find(WH)).contains(main);
    assertThat(warehouses.all()).containsExactly(main);
  }

  @Test
  void fiscalPeriodsAreVersionedAggregates() {
    // given
    JdbcFiscalPeriods periods = new JdbcFiscalPeriods(store.unitOfWork());
    Period november = new Period(YearMonth.of(2026, 11));
    FiscalPeriod opened = FiscalPeriod.open(november);
    expectAccepted(opened.close());
    expectAccepted(periods.save(opened));
    FiscalPeriod first = periods.find(november).orElseThrow();
    FiscalPeriod second = periods.find(november).orElseThrow();

    // when
    expectAccepted(first.reopen());
    Outcome<Void> saved = periods.save(first);
    expectAccepted(second.reopen());
    Outcome<Void> stale = periods.save(second);

    // then
    assertThat(saved.isAccepted()).isTrue();
    assertThat(stale.rejection().code()).isEqualTo(RejectionCode.CONFLICT);
    assertThat(periods.save(FiscalPeriod.open(november)).rejection().code()).isEqualTo(RejectionCode.CONFLICT);
    assertThat(periods.isClosed(november)).isFalse();
    assertThat(periods.find(november).orElseThrow().snapshot()).isEqualTo(new FiscalPeriod.Snapshot(november, false, 2));
    assertThat(periods.closed()).isEmpty();
  }

  @Test
  void aStockItemWithHoldsAndLayersComesBackAsItWasSaved() {
    // given: FIFO layers, a stand-alone hold, an id of 64 code points beyond the BMP
    Sku wide = new Sku("\uD842\uDFB7".repeat(64));
    WarehouseId far = new WarehouseId("倉".repeat(64));
    JdbcStockItems items = new JdbcStockItems(store.unitOfWork());
    StockItem item = StockItem.create(wide, far, Quantity.EACH, CostingMethod.FIFO, CNY);
    item.receive(Quantity.of("999999990.1234"), new BigDecimal("0.01"));
    item.receive(Quantity.of("3"), new BigDecimal("2.50"));
    expectAccepted(item.reserve(ReservationId.of("hold-1"), Quantity.of("4.5")));
    StockItem.Snapshot before = item.snapshot();

    // when
    expectAccepted(items.save(item));

    // then
    StockItem.Snapshot after = items.find(new StockKey(wide, far)).orElseThrow().snapshot();
    assertThat(after).isEqualTo(before.nextVersion());
    assertThat(after.layers()).hasSize(2);
    assertThat(after.holds()).extracting(StockItem.Hold::id).containsExactly(ReservationId.of("hold-1"));
    assertThat(new BigDecimal(query("SELECT reserved FROM bizloop_stock_item").get(0))).isEqualByComparingTo("4.5");
  }

  @Test
  void aRolledBackUnitOfWorkLeavesNoRows() {
    // when: a rejected unit and a failed one, each after real work
    Outcome<Object> rejected = store.unitOfWork().execute(() -> {
      Fixtures.stock(loop, 10);
      expectAccepted(capital(loop, "100.00"));
      return Outcome.rejected(RejectionCode.CONFLICT, "changed my mind");
    });
    assertThatThrownBy(() -> store.unitOfWork().execute(() -> {
      Fixtures.stock(loop, 10);
      expectAccepted(capital(loop, "100.00"));
      throw new IllegalStateException("boom");
    })).hasMessage("boom");

    // then
    assertThat(rejected.isRejected()).isTrue();
    for (String table : TABLES) {
      assertThat(count(table)).as(table).isZero();
    }
    expectAccepted(capital(loop, "1.00"));
    assertThat(loop.accounting().journal()).extracting(JournalEntryView::number).containsExactly(1L);
  }

  @Test
  void aNestedRejectionRollsBackToItsSavepointOnly() {
    // when
    Outcome<Void> outer = store.unitOfWork().execute(() -> {
      expectAccepted(capital(loop, "10.00"));
      Outcome<Object> inner = store.unitOfWork().execute(() -> {
        expectAccepted(capital(loop, "20.00"));
        return Outcome.rejected(RejectionCode.CONFLICT, "inner no");
      });
      assertThat(inner.isRejected()).isTrue();
      return Outcome.done();
    });
    expectAccepted(capital(loop, "30.00"));

    // then: the inner entry and its number are gone; numbers stay without gaps
    assertThat(outer.isAccepted()).isTrue();
    assertThat(loop.accounting().journal()).extracting(JournalEntryView::number).containsExactly(1L, 2L);
    assertThat(loop.accounting().balance(new AccountCode("1002"))).isEqualTo(Money.of("40.00", "CNY"));
    assertThat(store.accounting().balances().turnover()).contains(Money.of("40.00", "CNY"));
    assertThat(loop.invariantViolations()).isEmpty();
  }

  @Test
  void aRedeliveredEventHasOneEffect() {
    // given
    Fixtures.stock(loop, 1);
    int entries = loop.accounting().journal().size();
    long outbox = count("bizloop_outbox");
    String eventId = "redelivered-" + "事".repeat(243);
    GoodsReceived event = new GoodsReceived(
        new EventId(eventId), DAY, ReceiptId.of(99), SUPPLIER, WH, null,
        List.of(new GoodsReceived.Line(HOT, Quantity.of(3), Money.of("6.00", "CNY"), Money.of("0.78", "CNY"))));
    EventPublisher bus = (EventPublisher) loop.events();
    List<String> consumersOnce = new java.util.ArrayList<>();

    // when
    for (int delivery = 0; delivery < 3; delivery++) {
      expectAccepted(store.unitOfWork().execute(() -> bus.publish(event)));
      if (delivery == 0) {
        consumersOnce.addAll(consumers(eventId));
      }
    }

    // then
    assertThat(loop.accounting().journal()).hasSize(entries + 1);
    assertThat(count("bizloop_outbox")).isEqualTo(outbox + 1);
    assertThat(consumersOnce).contains("accounting", "outbox");
    assertThat(consumers(eventId)).isEqualTo(consumersOnce);
  }

  @Test
  void theOutboxHoldsEveryPublishedEventOfAKeptCommandAndNothingOfARejectedOne() {
    // when
    Fixtures.stock(loop, 5);
    List<String> kept = query("SELECT event_type FROM bizloop_outbox ORDER BY seq");
    Outcome<?> refused = Fixtures.reserve(loop, "too-much", 6);

    // then
    assertThat(refused.rejection().code()).isEqualTo(RejectionCode.INSUFFICIENT_STOCK);
    assertThat(query("SELECT event_type FROM bizloop_outbox ORDER BY seq")).isEqualTo(kept).contains("GoodsReceived");
    assertThat(store.outbox().unrelayed(100)).hasSize(kept.size());
    store.outbox().markRelayed(store.outbox().unrelayed(1).get(0).seq());
    assertThat(store.outbox().unrelayed(100)).extracting(JdbcOutbox.Message::type)
        .containsExactlyElementsOf(kept.subList(1, kept.size()));
    JdbcOutbox.Message receipt = store.outbox().unrelayed(100).stream()
        .filter(m -> m.type().equals("GoodsReceived")).findFirst().orElseThrow();
    assertThat(receipt.payload()).contains("\"eventId\"").contains("\"receipt\"");
  }

  @Test
  void aRelayTurnHoldsTheLeaseSoAnotherRelayWaitsAndAFailedDeliveryMarksNothing() {
    // given
    Fixtures.stock(loop, 5);
    long waiting = store.outbox().unrelayedCount();
    List<JdbcOutbox.Message> delivered = new java.util.ArrayList<>();
    java.util.concurrent.atomic.AtomicReference<java.util.OptionalInt> other = new java.util.concurrent.atomic.AtomicReference<>();

    // when: while one relay delivers, another (a thread of its own, as another JVM) tries its turn
    java.util.OptionalInt first = store.outbox().relay("events", "one", 100, batch -> {
      delivered.addAll(batch);
      other.set(java.util.concurrent.CompletableFuture.supplyAsync(
          () -> store.outbox().relay("events", "two", 100, b -> { throw new AssertionError("two relays at once"); })).join());
    });

    // then
    assertThat(first).hasValue((int) waiting);
    assertThat(other.get()).isEmpty();
    assertThat(delivered).extracting(JdbcOutbox.Message::source).contains("S-1", "RCPT-1");
    assertThat(store.outbox().unrelayedCount()).isZero();
    assertThat(query("SELECT holder FROM bizloop_relay_lease WHERE name = 'events'")).containsExactly("one");
    assertThat(store.outbox().relay("events", "two", 100, b -> { throw new AssertionError("nothing waits"); })).hasValue(0);

    // and when a delivery fails, nothing is marked and the next turn delivers the same messages
    for (String customer : List.of("C-1", "C-2")) {
      expectAccepted(loop.crm().registerCustomer(io.bizloop.crm.application.RegisterCustomer.Command.of(
          io.bizloop.core.CustomerId.of(customer), customer, DAY)));
    }
    long more = store.outbox().unrelayedCount();
    assertThatThrownBy(() -> store.outbox().relay("events", "one", 100, b -> { throw new IllegalStateException("broker down"); }))
        .hasMessage("broker down");
    assertThat(store.outbox().unrelayedCount()).isEqualTo(more);
    List<String> again = new java.util.ArrayList<>();
    assertThat(store.outbox().relay("events", "two", 100, b -> b.forEach(m -> again.add(m.eventId())))).hasValue((int) more);
    assertThat(again).containsExactly("customer-registered:C-1", "customer-registered:C-2");
  }

  @Test
  void journalLinesAndBalancesAreRowsSoTheTrialBalanceIsAQuery() {
    // given
    Fixtures.stock(loop, 7);
    expectAccepted(capital(loop, "1000.00"));

    // when
    Map<String, Long> fromLines = new HashMap<>();
    queryRows("SELECT account, SUM(debit_minor) - SUM(credit_minor) FROM bizloop_journal_line GROUP BY account",
        rs -> fromLines.put(rs.getString(1), rs.getLong(2)));
    Map<String, Long> balances = new HashMap<>();
    queryRows("SELECT account, balance_minor FROM bizloop_ledger_balance", rs -> balances.put(rs.getString(1), rs.getLong(2)));
    long debits = Long.parseLong(query("SELECT SUM(debit_minor) FROM bizloop_journal_line").get(0));

    // then
    assertThat(balances).isEqualTo(fromLines);
    assertThat(balances.values().stream().mapToLong(Long::longValue).sum()).isZero();
    assertThat(store.accounting().balances().turnover()).contains(Money.ofMinor(debits, CNY));
    loop.accounting().trialBalance().forEach(row ->
        assertThat(row.balance().minor()).as(row.account().value()).isEqualTo(balances.get(row.account().value())));
    assertThat(loop.invariantViolations()).isEmpty();
  }

  @Test
  void stockRowsCarryOnHandAndReservedAndTheDatabaseRefusesAnOversell() {
    // given
    Fixtures.stock(loop, 10);
    expectAccepted(Fixtures.reserve(loop, "r-1", 4));

    // then
    assertThat(query("SELECT on_hand FROM bizloop_stock_item")).singleElement()
        .satisfies(v -> assertThat(new BigDecimal(v)).isEqualByComparingTo("10"));
    assertThat(query("SELECT reserved FROM bizloop_stock_item")).singleElement()
        .satisfies(v -> assertThat(new BigDecimal(v)).isEqualByComparingTo("4"));
    assertThatThrownBy(() -> new Sql(store.unitOfWork()).update("UPDATE bizloop_stock_item SET reserved = 11"))
        .isInstanceOf(JdbcException.class);
  }

  @Test
  void aBalanceNearTheLongRangeIsKeptInMinorUnits() {
    // when
    store.accounting().balances().add(new AccountCode("9999"), Money.ofMinor(Long.MAX_VALUE - 1, CNY));

    // then
    assertThat(store.accounting().balances().balance(new AccountCode("9999")))
        .contains(Money.ofMinor(Long.MAX_VALUE - 1, CNY));
    assertThat(query("SELECT balance_minor FROM bizloop_ledger_balance WHERE account = '9999'"))
        .containsExactly(String.valueOf(Long.MAX_VALUE - 1));
  }

  // ---- helpers

  List<String> consumers(String eventId) {
    List<String> consumers = new java.util.ArrayList<>();
    queryRows("SELECT consumer FROM bizloop_processed_event WHERE event_id = '" + eventId + "' ORDER BY consumer",
        rs -> consumers.add(rs.getString(1)));
    return consumers;
  }

  long count(String table) {
    return Long.parseLong(query("SELECT COUNT(*) FROM " + table).get(0));
  }

  List<String> query(String sql) {
    return new Sql(store.unitOfWork()).list(sql, rs -> rs.getString(1));
  }

  @FunctionalInterface
  interface RowConsumer {
    void accept(ResultSet rs) throws SQLException;
  }

  void queryRows(String sql, RowConsumer row) {
    try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        row.accept(rs);
      }
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aBatchKeepsItsAcceptedCommandsNumbersWithoutGapsAndNothingOfARefusedOne() {
    // given: a batch whose second command posts, then refuses as a whole (its posting was a deferred write)
    java.util.function.Supplier<Outcome<?>> postsThenRefuses = () -> loop.atomically(() -> {
      expectAccepted(capital(loop, "5.00"));
      return loop.accounting().postJournalEntry(io.bizloop.accounting.application.PostJournalEntry.Command.on(DAY)
          .debit("1002", "1.00").credit("3001", "2.00"));
    });

    // when
    List<Outcome<?>> outcomes = loop.batch(List.of(() -> capital(loop, "10.00"), postsThenRefuses,
        () -> capital(loop, "20.00"), () -> loop.accounting().trialBalance().isEmpty()
            ? Outcome.rejected(RejectionCode.INVALID_STATE, "no balances seen") : capital(loop, "40.00")));

    // then
    assertThat(outcomes).extracting(Outcome::isAccepted).containsExactly(true, false, true, true);
    assertThat(outcomes.get(1).rejection().code()).isEqualTo(RejectionCode.UNBALANCED_ENTRY);
    assertThat(loop.accounting().journal()).extracting(JournalEntryView::number).containsExactly(1L, 2L, 3L);
    assertThat(loop.accounting().balance(new AccountCode("1002")).amount()).isEqualByComparingTo("70.00");
    assertThat(loop.invariantViolations()).isEmpty();
  }

  @Test
  void fastPathReservationsAreFoldedIntoTheItemByItsNextSaveAndNeverOversell() throws SQLException {
    // given
    Fixtures.stock(loop, 10);

    // when: A 3 + 2 and B 4 by the conditional update; releasing A decides on the whole item (and folds the holds);
    // C 4 by the conditional update again; D 3 is more than is left
    expectAccepted(Fixtures.reserve(loop, "A", 3));
    expectAccepted(Fixtures.reserve(loop, "A", 2));
    expectAccepted(Fixtures.reserve(loop, "B", 4));
    long holdRowsBeforeRelease = Long.parseLong(query("SELECT COUNT(*) FROM bizloop_stock_hold").get(0));
    expectAccepted(loop.inventory().releaseStock(
        io.bizloop.inventory.application.ReleaseStock.Command.all(HOT, WH, ReservationId.of("A"), DAY)));
    expectAccepted(Fixtures.reserve(loop, "C", 4));
    Outcome<?> d = Fixtures.reserve(loop, "D", 3);

    // then
    assertThat(holdRowsBeforeRelease).isEqualTo(2);
    assertThat(d.rejection().code()).isEqualTo(RejectionCode.INSUFFICIENT_STOCK);
    StockItem item = new JdbcStockItems(store.unitOfWork()).find(new StockKey(HOT, WH)).orElseThrow();
    assertThat(item.held(ReservationId.of("A")).isZero()).isTrue();
    assertThat(item.held(ReservationId.of("B")).value()).isEqualByComparingTo("4");
    assertThat(item.held(ReservationId.of("C")).value()).isEqualByComparingTo("4");
    assertThat(item.holds()).extracting(h -> h.id().value()).containsExactly("B", "C");
    assertThat(item.reserved().value()).isEqualByComparingTo("8");
    assertThat(query("SELECT COUNT(*) FROM bizloop_stock_hold")).containsExactly("1");
    assertThat(new BigDecimal(query("SELECT reserved FROM bizloop_stock_item").get(0))).isEqualByComparingTo("8");
    assertThat(loop.invariantViolations()).isEmpty();
  }

  @Test
  void theOrdersThatWaitForStockAreReadFromTheBackorderIndexOldestFirst() {
    // given: three orders for 4 each of 5 on hand: the first reserved whole, the other two wait; then one cancelled
    expectAccepted(loop.inventory().registerWarehouse(new io.bizloop.inventory.application.RegisterWarehouse.Command(WH, "main", DAY)));
    expectAccepted(loop.inventory().registerProduct(io.bizloop.inventory.application.RegisterProduct.Command.of(HOT, "hot", DAY)));
    expectAccepted(loop.inventory().registerSupplier(new io.bizloop.inventory.application.RegisterSupplier.Command(SUPPLIER, "s", DAY)));
    expectAccepted(loop.inventory().receivePurchase(
        io.bizloop.inventory.application.ReceivePurchase.Command.from(SUPPLIER, WH, DAY).line(HOT, new BigDecimal("5"), new BigDecimal("2.00"))));
    io.bizloop.core.CustomerId customer = io.bizloop.core.CustomerId.of("C-1");
    expectAccepted(loop.crm().registerCustomer(io.bizloop.crm.application.RegisterCustomer.Command.of(customer, "c", DAY)));
    for (String id : List.of("SO-1", "SO-2", "SO-3", "SO-4")) {
      io.bizloop.core.SalesOrderId order = io.bizloop.core.SalesOrderId.of(id);
      expectAccepted(loop.crm().placeSalesOrder(io.bizloop.crm.application.PlaceSalesOrder.Command.of(order, customer, DAY)
          .line(HOT, "4", "3.00")));
      expectAccepted(loop.crm().confirmOrder(new io.bizloop.crm.application.ConfirmOrder.Command(order, DAY)));
    }
    expectAccepted(loop.crm().cancelOrder(new io.bizloop.crm.application.CancelOrder.Command(io.bizloop.core.SalesOrderId.of("SO-3"), DAY)));
    io.bizloop.inventory.port.OrderAllocations allocations = store.inventory().allocations();

    // when
    List<String> waiting = loop.atomically(() -> io.bizloop.core.Outcome.accepted(
        allocations.withBackorders().stream().map(a -> a.order().value()).toList())).value();
    List<String> filtered = loop.atomically(() -> io.bizloop.core.Outcome.accepted(allocations.all().stream()
        .filter(a -> !a.cancelled() && a.lines().stream().anyMatch(l -> l.backordered().isPositive()))
        .map(a -> a.order().value()).toList())).value();

    // then: SO-1 holds 4 of 5; SO-2 holds the last one and waits for 3, SO-3 was cancelled, SO-4 waits for 4
    assertThat(waiting).containsExactly("SO-2", "SO-4").isEqualTo(filtered);
    assertThat(loop.inventory().stock().get(0).backordered().value()).isEqualByComparingTo("7");
  }

  @Test
  void indexesMissingFromOlderBooksAreFilledAtOpenAndServeTheNextReceipt() throws SQLException {
    // given: an order backordered for 5, then the indexes emptied as books from before them would be
    io.bizloop.core.CustomerId customer = io.bizloop.core.CustomerId.of("C-1");
    io.bizloop.core.SalesOrderId order = io.bizloop.core.SalesOrderId.of("SO-1");
    expectAccepted(loop.inventory().registerWarehouse(new io.bizloop.inventory.application.RegisterWarehouse.Command(WH, "main", DAY)));
    expectAccepted(loop.inventory().registerProduct(io.bizloop.inventory.application.RegisterProduct.Command.of(HOT, "hot", DAY)));
    expectAccepted(loop.inventory().registerSupplier(new io.bizloop.inventory.application.RegisterSupplier.Command(SUPPLIER, "s", DAY)));
    expectAccepted(loop.crm().registerCustomer(io.bizloop.crm.application.RegisterCustomer.Command.of(customer, "c", DAY)));
    expectAccepted(loop.crm().placeSalesOrder(io.bizloop.crm.application.PlaceSalesOrder.Command.of(order, customer, DAY)
        .line(HOT, "5", "3.00")));
    expectAccepted(loop.crm().confirmOrder(new io.bizloop.crm.application.ConfirmOrder.Command(order, DAY)));
    try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
      s.executeUpdate("DELETE FROM bizloop_backorder");
      s.executeUpdate("UPDATE bizloop_sales_order SET customer_id = NULL");
      // what migration V5 notes on books from before it
      s.executeUpdate("INSERT INTO bizloop_pending_fill (name) VALUES ('backorder'), ('sales_order_customer')");
    }

    // when: the store is opened again, and goods arrive
    Bizloop reopened = JdbcLoopStore.open(db, CompanySettings.chinaDefaults()).bizloop();
    List<String> indexed = query("SELECT order_id FROM bizloop_backorder");
    List<String> customers = query("SELECT customer_id FROM bizloop_sales_order");
    expectAccepted(reopened.inventory().receivePurchase(
        io.bizloop.inventory.application.ReceivePurchase.Command.from(SUPPLIER, WH, DAY).line(HOT, new BigDecimal("5"), new BigDecimal("2.00"))));

    // then
    assertThat(indexed).containsExactly("SO-1");
    assertThat(customers).containsExactly("C-1");
    assertThat(reopened.inventory().order(order).orElseThrow().lines().get(0).reserved().value()).isEqualByComparingTo("5");
    assertThat(query("SELECT COUNT(*) FROM bizloop_backorder")).containsExactly("0");
    assertThat(reopened.crm().creditExposure(customer)).isPresent();
    assertThat(reopened.invariantViolations()).isEmpty();
    assertThat(query("SELECT COUNT(*) FROM bizloop_pending_fill")).containsExactly("0");
  }
}
