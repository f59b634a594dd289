package io.bizloop.examples.jdbc;

import static io.bizloop.examples.jdbc.Fixtures.DAY;
import static io.bizloop.examples.jdbc.Fixtures.HOT;
import static io.bizloop.examples.jdbc.Fixtures.SUPPLIER;
import static io.bizloop.examples.jdbc.Fixtures.WH;
import static io.bizloop.examples.jdbc.Fixtures.capital;
import static io.bizloop.examples.jdbc.Fixtures.expectAccepted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.bizloop.accounting.application.JournalEntryView;
import io.bizloop.core.AgentId;
import io.bizloop.core.EventId;
import io.bizloop.core.Money;
import io.bizloop.core.Outcome;
import io.bizloop.core.Quantity;
import io.bizloop.core.RejectionCode;
import io.bizloop.core.event.GoodsReceived;
import io.bizloop.crm.domain.Agent;
import io.bizloop.examples.inmemory.BizloopSettings;
import io.bizloop.inventory.domain.CostingMethod;
import io.bizloop.inventory.domain.StockItem;
import io.bizloop.inventory.domain.StockKey;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ConcurrentModificationException;
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
      "counter", "processed_event", "outbox", "journal_entry", "journal_line", "ledger_balance", "fiscal_period",
      "party_account", "warehouse", "product", "supplier", "stock_item", "purchase_order", "order_allocation",
      "customer", "crm_lead", "opportunity", "sales_order", "ticket", "agent");

  private static final Currency CNY = Currency.getInstance("CNY");

  HikariDataSource db;
  JdbcBizloop loop;

  /** A new, empty database. */
  abstract HikariDataSource newDatabase(String name);

  @BeforeEach
  void openLoop() {
    db = newDatabase(getClass().getSimpleName());
    loop = JdbcBizloop.start(BizloopSettings.chinaDefaults(), db);
  }

  @AfterEach
  void closeDatabase() {
    db.close();
  }

  @Test
  void refusesAStaleSaveLikeTheInMemoryAdapters() {
    // given
    JdbcAgents agents = new JdbcAgents(loop.unitOfWork());
    Agent fresh = Agent.register(new AgentId("A-1"), "Ann", Set.of("pumps"), DAY);
    assertThat(agents.save(fresh)).isTrue();
    Agent first = agents.find(new AgentId("A-1")).orElseThrow();
    Agent second = agents.find(new AgentId("A-1")).orElseThrow();

    // when
    first.assigned(1);
    boolean firstSaved = agents.save(first);
    second.assigned(2);
    boolean secondSaved = agents.save(second);

    // then
    assertThat(firstSaved).isTrue();
    assertThat(secondSaved).as("stale version").isFalse();
    assertThat(agents.save(fresh)).as("a new aggregate over an existing one").isFalse();
    assertThat(agents.find(new AgentId("A-1")).orElseThrow().snapshot()).isEqualTo(first.snapshot().withVersion(2));
  }

  @Test
  void refusesAStaleStockItemWithAConcurrentModification() {
    // given
    JdbcStockItems items = new JdbcStockItems(loop.unitOfWork());
    items.save(StockItem.create(HOT, WH, Quantity.EACH, CostingMethod.MOVING_AVERAGE, CNY));
    StockItem first = items.find(new StockKey(HOT, WH)).orElseThrow();
    StockItem second = items.find(new StockKey(HOT, WH)).orElseThrow();
    first.receive(Quantity.of(10), Money.of("20.00", "CNY"), new BigDecimal("2.00"));
    second.receive(Quantity.of(5), Money.of("10.00", "CNY"), new BigDecimal("2.00"));

    // when
    items.save(first);

    // then
    assertThatThrownBy(() -> items.save(second)).isInstanceOf(ConcurrentModificationException.class);
    assertThat(items.find(new StockKey(HOT, WH)).orElseThrow().onHand()).isEqualTo(Quantity.of(10));
    assertThat(query("SELECT on_hand FROM stock_item").get(0)).isEqualTo("10.0000");
  }

  @Test
  void aRolledBackUnitOfWorkLeavesNoRows() {
    // when: a rejected unit and a failed one, each after real work
    Outcome<Object> rejected = loop.unitOfWork().execute(() -> {
      Fixtures.stock(loop, 10);
      expectAccepted(capital(loop, "100.00"));
      return Outcome.rejected(RejectionCode.CONFLICT, "changed my mind");
    });
    assertThatThrownBy(() -> loop.unitOfWork().execute(() -> {
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
    Outcome<Void> outer = loop.unitOfWork().execute(() -> {
      expectAccepted(capital(loop, "10.00"));
      Outcome<Object> inner = loop.unitOfWork().execute(() -> {
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
    assertThat(loop.accounting().balance(new io.bizloop.core.AccountCode("1002"))).isEqualTo(Money.of("40.00", "CNY"));
  }

  @Test
  void aRedeliveredEventHasOneEffect() {
    // given
    Fixtures.stock(loop, 1);
    int entries = loop.accounting().journal().size();
    long outbox = count("outbox");
    GoodsReceived event = new GoodsReceived(
        new EventId("redelivered-1"), DAY, "RCPT-X", SUPPLIER, WH, null,
        List.of(new GoodsReceived.Line(HOT, Quantity.of(3), Money.of("6.00", "CNY"), Money.of("0.78", "CNY"))));

    // when
    for (int delivery = 0; delivery < 3; delivery++) {
      expectAccepted(loop.unitOfWork().execute(() -> loop.bus().publish(event)));
    }

    // then
    assertThat(loop.accounting().journal()).hasSize(entries + 1);
    assertThat(count("outbox")).isEqualTo(outbox + 1);
    assertThat(query("SELECT consumer FROM processed_event WHERE event_id = 'redelivered-1' ORDER BY consumer"))
        .containsExactly("accounting", "outbox");
  }

  @Test
  void theOutboxHoldsEveryPublishedEventOfAKeptCommandAndNothingOfARejectedOne() {
    // when
    Fixtures.stock(loop, 5);
    Outcome<?> refused = Fixtures.reserve(loop, "too-much", 6);

    // then
    assertThat(refused.rejection().code()).isEqualTo(RejectionCode.INSUFFICIENT_STOCK);
    assertThat(query("SELECT event_type FROM outbox ORDER BY seq")).containsExactly("SupplierRegistered", "GoodsReceived");
    assertThat(loop.outbox().unrelayed(10)).hasSize(2);
    loop.outbox().markRelayed(loop.outbox().unrelayed(1).get(0).seq());
    assertThat(loop.outbox().unrelayed(10)).extracting(JdbcOutbox.Message::type).containsExactly("GoodsReceived");
    assertThat(loop.outbox().unrelayed(10).get(0).payload()).contains("\"eventId\"").contains("RCPT");
  }

  @Test
  void journalLinesAndBalancesAreRowsSoTheTrialBalanceIsAQuery() {
    // given
    Fixtures.stock(loop, 7);
    expectAccepted(capital(loop, "1000.00"));

    // when
    Map<String, Long> fromLines = new HashMap<>();
    queryRows("SELECT account, SUM(debit_minor) - SUM(credit_minor) FROM journal_line GROUP BY account",
        rs -> fromLines.put(rs.getString(1), rs.getLong(2)));
    Map<String, Long> balances = new HashMap<>();
    queryRows("SELECT account, balance_minor FROM ledger_balance", rs -> balances.put(rs.getString(1), rs.getLong(2)));

    // then
    assertThat(balances).isEqualTo(fromLines);
    assertThat(balances.values().stream().mapToLong(Long::longValue).sum()).isZero();
    loop.accounting().trialBalance().forEach(row ->
        assertThat(row.balance().minor()).as(row.account().value()).isEqualTo(balances.get(row.account().value())));
  }

  @Test
  void stockRowsCarryOnHandAndReservedAndTheDatabaseRefusesAnOversell() {
    // given
    Fixtures.stock(loop, 10);
    expectAccepted(Fixtures.reserve(loop, "r-1", 4));

    // then
    assertThat(query("SELECT on_hand || '/' || reserved FROM stock_item")).containsExactly("10.0000/4.0000");
    assertThatThrownBy(() -> new Sql(loop.unitOfWork()).update("UPDATE stock_item SET reserved = 11"))
        .isInstanceOf(JdbcException.class);
  }

  // ---- helpers

  long count(String table) {
    return Long.parseLong(query("SELECT COUNT(*) FROM " + table).get(0));
  }

  List<String> query(String sql) {
    return new Sql(loop.unitOfWork()).list(sql, rs -> rs.getString(1));
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
}
