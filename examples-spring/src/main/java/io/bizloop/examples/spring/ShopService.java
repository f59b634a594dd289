package io.bizloop.examples.spring;

import io.bizloop.accounting.application.ReceivePayment;
import io.bizloop.accounting.domain.TrialBalanceRow;
import io.bizloop.core.Outcome;
import io.bizloop.core.PaymentId;
import io.bizloop.core.ReceiptId;
import io.bizloop.core.RejectedException;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.ShipmentId;
import io.bizloop.crm.application.Availability;
import io.bizloop.crm.application.ConfirmOrder;
import io.bizloop.crm.application.PlaceSalesOrder;
import io.bizloop.crm.application.RegisterCustomer;
import io.bizloop.inventory.application.ReceivePurchase;
import io.bizloop.inventory.application.RegisterProduct;
import io.bizloop.inventory.application.RegisterSupplier;
import io.bizloop.inventory.application.RegisterWarehouse;
import io.bizloop.inventory.application.ShipOrder;
import io.bizloop.inventory.application.StockRow;
import io.bizloop.loop.Bizloop;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shop's use of bizloop, one Spring transaction per method: bizloop's commands join it
 * ({@link SpringHostTransactions}), so they commit or roll back with the shop's own rows.
 *
 * <p>A command bizloop refuses is turned into a {@link RejectedException} ({@link
 * Outcome#orElseThrow()}), which rolls the whole transaction back. That is a decision, not a
 * default: inside a host's transaction bizloop undoes only its own refused command (a
 * savepoint), and a method that merely returned the refusal would commit whatever the shop had
 * written in the same transaction, e.g. a note about an order that does not exist.
 */
@Service
@Transactional
public class ShopService {

  /** The shop's own failure after bizloop's and the shop's writes, asked for by a request. */
  public static final class HostFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * The failure.
     *
     * @param message what failed
     */
    public HostFailure(String message) {
      super(message);
    }
  }

  private final Bizloop loop;
  private final JdbcTemplate jdbc;
  private final Clock clock;

  /**
   * The service over the loop and the shop's database.
   *
   * @param loop bizloop, on the shop's data source
   * @param jdbc the shop's own SQL, on the same data source
   * @param clock when notes are written
   */
  public ShopService(Bizloop loop, JdbcTemplate jdbc, Clock clock) {
    this.loop = loop;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Registers a warehouse.
   *
   * @param command the warehouse
   * @return its id
   * @throws RejectedException when bizloop refuses it
   */
  public String registerWarehouse(RegisterWarehouse.Command command) {
    return loop.inventory().registerWarehouse(command).orElseThrow().value();
  }

  /**
   * Registers a product.
   *
   * @param command the product
   * @return its sku
   * @throws RejectedException when bizloop refuses it
   */
  public String registerProduct(RegisterProduct.Command command) {
    return loop.inventory().registerProduct(command).orElseThrow().value();
  }

  /**
   * Registers a supplier.
   *
   * @param command the supplier
   * @return its id
   * @throws RejectedException when bizloop refuses it
   */
  public String registerSupplier(RegisterSupplier.Command command) {
    return loop.inventory().registerSupplier(command).orElseThrow().value();
  }

  /**
   * Registers a customer.
   *
   * @param command the customer
   * @return its id
   * @throws RejectedException when bizloop refuses it
   */
  public String registerCustomer(RegisterCustomer.Command command) {
    return loop.crm().registerCustomer(command).orElseThrow().value();
  }

  /**
   * Receives goods from a supplier: stock, its value and the payable.
   *
   * @param command the receipt
   * @return the receipt's id
   * @throws RejectedException when bizloop refuses it
   */
  public ReceiptId receivePurchase(ReceivePurchase.Command command) {
    return loop.inventory().receivePurchase(command).orElseThrow();
  }

  /**
   * Places a sales order in bizloop and writes the shop's note about it, in one transaction:
   * bizloop's order first, then the shop's row in {@code shop_order_note}. If the note does
   * not fit its column (500 characters), if {@code failAfter} is set (the shop failing after
   * both writes) or if bizloop refuses the order, the whole transaction rolls back: neither the
   * note nor the order stays.
   *
   * @param command the order
   * @param note the shop's note, may be null
   * @param failAfter fail after both writes, to show the joint rollback
   * @return the order's id
   * @throws RejectedException when bizloop refuses the order
   * @throws org.springframework.dao.DataIntegrityViolationException when the note does not fit
   * @throws HostFailure when {@code failAfter} is set
   */
  public SalesOrderId placeOrder(PlaceSalesOrder.Command command, String note, boolean failAfter) {
    SalesOrderId order = loop.crm().placeSalesOrder(command).orElseThrow();
    jdbc.update(
        "INSERT INTO shop_order_note (order_id, note, created_at) VALUES (?, ?, ?)",
        order.value(), note, LocalDateTime.now(clock));
    if (failAfter) {
      throw new HostFailure("failing after order " + order + " and its note were written, as asked");
    }
    return order;
  }

  /**
   * Confirms an order: reserves what is in stock, backorders the rest.
   *
   * @param command the confirmation
   * @return what was available per line
   * @throws RejectedException when bizloop refuses it
   */
  public List<Availability> confirmOrder(ConfirmOrder.Command command) {
    return loop.crm().confirmOrder(command).orElseThrow();
  }

  /**
   * Ships reserved stock of an order: cost of sales and the receivable are posted.
   *
   * @param command the shipment
   * @return the shipment's id
   * @throws RejectedException when bizloop refuses it
   */
  public ShipmentId shipOrder(ShipOrder.Command command) {
    return loop.inventory().shipOrder(command).orElseThrow();
  }

  /**
   * Receives a customer's payment, settling open items oldest first.
   *
   * @param command the payment
   * @return the payment's id
   * @throws RejectedException when bizloop refuses it
   */
  public PaymentId receivePayment(ReceivePayment.Command command) {
    return loop.accounting().receivePayment(command).orElseThrow();
  }

  /**
   * The trial balance, read in one snapshot.
   *
   * @return the accounts with a balance, in code order
   */
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public List<TrialBalanceRow> trialBalance() {
    return loop.accounting().trialBalance();
  }

  /**
   * The stock report, read in one snapshot.
   *
   * @return one row per stock item
   */
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public List<StockRow> stock() {
    return loop.inventory().stock();
  }
}
