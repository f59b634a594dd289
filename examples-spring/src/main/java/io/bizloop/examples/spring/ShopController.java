package io.bizloop.examples.spring;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.bizloop.accounting.application.ReceivePayment;
import io.bizloop.core.CustomerId;
import io.bizloop.core.RejectedException;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.Sku;
import io.bizloop.core.SupplierId;
import io.bizloop.core.WarehouseId;
import io.bizloop.crm.application.ConfirmOrder;
import io.bizloop.crm.application.PlaceSalesOrder;
import io.bizloop.crm.application.RegisterCustomer;
import io.bizloop.inventory.application.ReceivePurchase;
import io.bizloop.inventory.application.RegisterProduct;
import io.bizloop.inventory.application.RegisterSupplier;
import io.bizloop.inventory.application.RegisterWarehouse;
import io.bizloop.inventory.application.ShipOrder;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The shop's REST API over {@link ShopService}: JSON in and out, amounts and quantities as
 * decimal numbers or strings in requests and as strings in answers (exact to the cent). Every
 * request may give the business {@code date}; without it, today by the {@link Clock}. A command
 * bizloop refuses answers 422 {@code {"code": "INSUFFICIENT_STOCK", "message": "..."}}; a body
 * that is not JSON, or lacks a required field, answers 400 with code {@code BAD_REQUEST}.
 */
@RestController
public class ShopController {

  /**
   * A new warehouse.
   *
   * @param id its id, e.g. {@code MAIN}
   * @param name its name
   * @param date the business date, or null for today
   */
  public record WarehouseRequest(String id, String name, LocalDate date) {}

  /**
   * A new product.
   *
   * @param sku its sku
   * @param name its name
   * @param unit its unit, or null for each ({@code EA})
   * @param reorderPoint the stock at which to buy more, or null for none
   * @param maxStock the stock to buy up to, or null for none
   * @param date the business date, or null for today
   */
  public record ProductRequest(
      String sku, String name, String unit, BigDecimal reorderPoint, BigDecimal maxStock, LocalDate date) {}

  /**
   * A new customer.
   *
   * @param id its id
   * @param name its name
   * @param creditLimit its credit limit, or null for none
   * @param paymentTermsDays days to pay, or null for the default
   * @param date the business date, or null for today
   */
  public record CustomerRequest(
      String id, String name, BigDecimal creditLimit, Integer paymentTermsDays, LocalDate date) {}

  /**
   * A new supplier.
   *
   * @param id its id
   * @param name its name
   * @param paymentTermsDays days to pay it, or null for the default
   * @param date the business date, or null for today
   */
  public record SupplierRequest(String id, String name, Integer paymentTermsDays, LocalDate date) {}

  /**
   * Goods received from a supplier into a warehouse.
   *
   * @param supplier the supplier's id
   * @param warehouse the warehouse's id
   * @param lines what arrived
   * @param date the business date, or null for today
   */
  public record PurchaseRequest(String supplier, String warehouse, List<PurchaseLine> lines, LocalDate date) {}

  /**
   * A line of goods received.
   *
   * @param sku the product
   * @param quantity how much
   * @param unitCost the cost per unit, before VAT
   */
  public record PurchaseLine(String sku, BigDecimal quantity, BigDecimal unitCost) {}

  /**
   * A sales order, and the shop's note about it.
   *
   * @param id the order's id
   * @param customer the customer's id
   * @param warehouse the warehouse to ship from, or null for any
   * @param lines what is ordered
   * @param note the shop's note (at most 500 characters), or null
   * @param failAfter make the shop fail after both writes, to show the joint rollback
   * @param date the business date, or null for today
   */
  public record OrderRequest(
      String id, String customer, String warehouse, List<OrderLine> lines, String note, boolean failAfter,
      LocalDate date) {}

  /**
   * An ordered line.
   *
   * @param sku the product
   * @param quantity how much
   * @param unitPrice the price per unit, before VAT
   */
  public record OrderLine(String sku, BigDecimal quantity, BigDecimal unitPrice) {}

  /**
   * A request that carries only the business date (the body may be left out).
   *
   * @param date the business date, or null for today
   */
  public record DateRequest(LocalDate date) {}

  /**
   * A customer's payment.
   *
   * @param customer the customer's id
   * @param amount how much was paid
   * @param date the business date, or null for today
   */
  public record PaymentRequest(String customer, BigDecimal amount, LocalDate date) {}

  /**
   * What a command created.
   *
   * @param id its id or document number
   */
  public record Created(String id) {}

  /**
   * A confirmed order's line: what was ordered and what was available to reserve.
   *
   * @param sku the product
   * @param ordered how much was ordered
   * @param available how much was available (the rest is backordered)
   * @param fully whether the line is fully reserved
   */
  public record ConfirmedLine(String sku, String ordered, String available, boolean fully) {}

  /**
   * A row of the trial balance.
   *
   * @param account the account's code
   * @param name the account's name
   * @param balance debits − credits (a credit balance is negative)
   */
  public record TrialBalanceLine(String account, String name, String balance) {}

  /**
   * A row of the stock report.
   *
   * @param warehouse the warehouse
   * @param sku the product
   * @param onHand physically there
   * @param reserved reserved for confirmed orders
   * @param available on hand − reserved
   * @param backordered ordered by customers, not yet reserved
   * @param incoming on purchase orders, not yet received
   * @param value the stock's value at cost
   */
  public record StockLine(
      String warehouse, String sku, String onHand, String reserved, String available, String backordered,
      String incoming, String value) {}

  /**
   * Why a request failed.
   *
   * @param code a stable code: bizloop's rejection code, {@code BAD_REQUEST},
   *     {@code CONSTRAINT_VIOLATED} or {@code HOST_FAILURE}
   * @param message what was wrong
   */
  public record Problem(String code, String message) {}

  private final ShopService shop;
  private final Clock clock;

  /**
   * The API over the service.
   *
   * @param shop the shop's service
   * @param clock today's date when a request gives none
   */
  public ShopController(ShopService shop, Clock clock) {
    this.shop = shop;
    this.clock = clock;
  }

  /**
   * Registers a warehouse.
   *
   * @param r the warehouse
   * @return its id
   */
  @PostMapping("/warehouses")
  @ResponseStatus(HttpStatus.CREATED)
  public Created registerWarehouse(@RequestBody WarehouseRequest r) {
    var command = input(() ->
        new RegisterWarehouse.Command(WarehouseId.of(r.id()), required(r.name(), "name"), day(r.date())));
    return new Created(shop.registerWarehouse(command));
  }

  /**
   * Registers a product.
   *
   * @param r the product
   * @return its sku
   */
  @PostMapping("/products")
  @ResponseStatus(HttpStatus.CREATED)
  public Created registerProduct(@RequestBody ProductRequest r) {
    var command = input(() -> {
      var product = RegisterProduct.Command.of(Sku.of(r.sku()), required(r.name(), "name"), day(r.date()));
      if (r.unit() != null) {
        product = product.unit(r.unit());
      }
      if (r.reorderPoint() != null || r.maxStock() != null) {
        product = product.reorder(required(r.reorderPoint(), "reorderPoint"), required(r.maxStock(), "maxStock"));
      }
      return product;
    });
    return new Created(shop.registerProduct(command));
  }

  /**
   * Registers a customer.
   *
   * @param r the customer
   * @return its id
   */
  @PostMapping("/customers")
  @ResponseStatus(HttpStatus.CREATED)
  public Created registerCustomer(@RequestBody CustomerRequest r) {
    var command = input(() -> {
      var customer = RegisterCustomer.Command.of(CustomerId.of(r.id()), required(r.name(), "name"), day(r.date()));
      if (r.creditLimit() != null) {
        customer = customer.creditLimit(r.creditLimit());
      }
      return r.paymentTermsDays() == null ? customer : customer.paymentTerms(r.paymentTermsDays());
    });
    return new Created(shop.registerCustomer(command));
  }

  /**
   * Registers a supplier.
   *
   * @param r the supplier
   * @return its id
   */
  @PostMapping("/suppliers")
  @ResponseStatus(HttpStatus.CREATED)
  public Created registerSupplier(@RequestBody SupplierRequest r) {
    var command = input(() -> {
      var supplier = RegisterSupplier.Command.of(SupplierId.of(r.id()), required(r.name(), "name"), day(r.date()));
      return r.paymentTermsDays() == null ? supplier : supplier.paymentTerms(r.paymentTermsDays());
    });
    return new Created(shop.registerSupplier(command));
  }

  /**
   * Receives goods from a supplier.
   *
   * @param r the receipt
   * @return the receipt's number
   */
  @PostMapping("/purchases")
  @ResponseStatus(HttpStatus.CREATED)
  public Created receivePurchase(@RequestBody PurchaseRequest r) {
    var command = input(() -> {
      var receipt =
          ReceivePurchase.Command.from(SupplierId.of(r.supplier()), WarehouseId.of(r.warehouse()), day(r.date()));
      for (PurchaseLine line : nonEmpty(r.lines())) {
        receipt = receipt.line(Sku.of(line.sku()), required(line.quantity(), "quantity"), line.unitCost());
      }
      return receipt;
    });
    return new Created(shop.receivePurchase(command).number());
  }

  /**
   * Places a sales order and writes the shop's note about it, in one transaction.
   *
   * @param r the order
   * @return its id
   */
  @PostMapping("/orders")
  @ResponseStatus(HttpStatus.CREATED)
  public Created placeOrder(@RequestBody OrderRequest r) {
    var command = input(() -> {
      var order = PlaceSalesOrder.Command.of(SalesOrderId.of(r.id()), CustomerId.of(r.customer()), day(r.date()));
      if (r.warehouse() != null) {
        order = order.warehouse(WarehouseId.of(r.warehouse()));
      }
      for (OrderLine line : nonEmpty(r.lines())) {
        order = order.line(
            Sku.of(line.sku()), required(line.quantity(), "quantity"), required(line.unitPrice(), "unitPrice"));
      }
      return order;
    });
    return new Created(shop.placeOrder(command, r.note(), r.failAfter()).value());
  }

  /**
   * Confirms an order.
   *
   * @param id the order's id
   * @param r the business date, may be left out
   * @return what was available per line
   */
  @PostMapping("/orders/{id}/confirm")
  public List<ConfirmedLine> confirmOrder(@PathVariable("id") String id, @RequestBody(required = false) DateRequest r) {
    var command = input(() -> new ConfirmOrder.Command(SalesOrderId.of(id), day(r)));
    return shop.confirmOrder(command).stream()
        .map(a -> new ConfirmedLine(
            a.sku().value(), a.ordered().toPlainString(), a.available().toPlainString(), a.fully()))
        .toList();
  }

  /**
   * Ships everything reserved for an order.
   *
   * @param id the order's id
   * @param r the business date, may be left out
   * @return the shipment's number
   */
  @PostMapping("/orders/{id}/ship")
  @ResponseStatus(HttpStatus.CREATED)
  public Created shipOrder(@PathVariable("id") String id, @RequestBody(required = false) DateRequest r) {
    var command = input(() -> ShipOrder.Command.all(SalesOrderId.of(id), day(r)));
    return new Created(shop.shipOrder(command).number());
  }

  /**
   * Receives a customer's payment.
   *
   * @param r the payment
   * @return the payment's number
   */
  @PostMapping("/payments")
  @ResponseStatus(HttpStatus.CREATED)
  public Created receivePayment(@RequestBody PaymentRequest r) {
    var command = input(() ->
        ReceivePayment.Command.of(CustomerId.of(r.customer()), required(r.amount(), "amount"), day(r.date())));
    return new Created(shop.receivePayment(command).number());
  }

  /**
   * The trial balance.
   *
   * @return the accounts with a balance, in code order
   */
  @GetMapping("/trial-balance")
  public List<TrialBalanceLine> trialBalance() {
    return shop.trialBalance().stream()
        .map(row -> new TrialBalanceLine(row.account().value(), row.name(), row.balance().toPlainString()))
        .toList();
  }

  /**
   * The stock report.
   *
   * @return one row per stock item
   */
  @GetMapping("/stock")
  public List<StockLine> stock() {
    return shop.stock().stream()
        .map(s -> new StockLine(
            s.warehouse().value(), s.sku().value(), s.onHand().toPlainString(), s.reserved().toPlainString(),
            s.available().toPlainString(), s.backordered().toPlainString(), s.incoming().toPlainString(),
            s.value().toPlainString()))
        .toList();
  }

  /**
   * A command bizloop refused: 422 with its code and message.
   *
   * @param e the refusal
   * @return the problem
   */
  @ExceptionHandler(RejectedException.class)
  @ResponseStatus(HttpStatus.UNPROCESSABLE_ENTITY)
  public Problem rejected(RejectedException e) {
    return new Problem(e.rejection().code().name(), e.rejection().message());
  }

  /**
   * A body that is not JSON of the expected shape, or an id or a field that is missing or
   * malformed: 400.
   *
   * @param e what was wrong
   * @return the problem
   */
  @ExceptionHandler({HttpMessageNotReadableException.class, BadInput.class})
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  public Problem badRequest(Exception e) {
    if (e instanceof HttpMessageNotReadableException unreadable) {
      return new Problem("BAD_REQUEST", unreadable.getCause() instanceof JsonProcessingException json
          ? json.getOriginalMessage()
          : "the body is missing or not JSON");
    }
    return new Problem("BAD_REQUEST", e.getMessage());
  }

  /**
   * A write of the shop's refused by a database constraint (e.g. a note longer than its column):
   * 422; the transaction, bizloop's writes included, was rolled back.
   *
   * @param e the violation
   * @return the problem
   */
  @ExceptionHandler(DataIntegrityViolationException.class)
  @ResponseStatus(HttpStatus.UNPROCESSABLE_ENTITY)
  public Problem constraintViolated(DataIntegrityViolationException e) {
    return new Problem("CONSTRAINT_VIOLATED", e.getMostSpecificCause().getMessage());
  }

  /**
   * The shop's own failure: 500; the transaction, bizloop's writes included, was rolled back.
   *
   * @param e the failure
   * @return the problem
   */
  @ExceptionHandler(ShopService.HostFailure.class)
  @ResponseStatus(HttpStatus.INTERNAL_SERVER_ERROR)
  public Problem hostFailure(ShopService.HostFailure e) {
    return new Problem("HOST_FAILURE", e.getMessage());
  }

  private LocalDate day(LocalDate date) {
    return date != null ? date : LocalDate.now(clock);
  }

  private LocalDate day(DateRequest r) {
    return day(r == null ? null : r.date());
  }

  /**
   * The command a request makes; an id or a field the request lacks or malforms (bizloop's ids
   * and {@link #required} throw {@link IllegalArgumentException}) becomes a {@link BadInput}, so
   * that only the request's own faults answer 400, not an {@code IllegalArgumentException} from
   * deeper down.
   */
  private static <T> T input(Supplier<T> command) {
    try {
      return command.get();
    } catch (IllegalArgumentException e) {
      throw new BadInput(e.getMessage());
    }
  }

  /** A request's own fault: an id or a field missing or malformed. */
  private static final class BadInput extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadInput(String message) {
      super(message);
    }
  }

  private static <T> T required(T value, String field) {
    if (value == null) {
      throw new IllegalArgumentException(field + " is missing");
    }
    return value;
  }

  private static <T> List<T> nonEmpty(List<T> lines) {
    if (lines == null || lines.isEmpty()) {
      throw new IllegalArgumentException("lines are missing");
    }
    return lines;
  }
}
