package io.bizloop.loop;

import io.bizloop.accounting.application.Accounting;
import io.bizloop.accounting.application.PayableRow;
import io.bizloop.accounting.application.ReceivableRow;
import io.bizloop.accounting.domain.AccountRole;
import io.bizloop.core.Money;
import io.bizloop.core.Sku;
import io.bizloop.inventory.application.Inventory;
import io.bizloop.inventory.application.OrderFulfilment;
import io.bizloop.inventory.application.StockRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The invariants that span contexts (design.md): the books agree with the sub-ledgers and the
 * stock. Each check answers the violations it found, empty when the loop is consistent.
 */
final class LoopInvariants {

  private LoopInvariants() {}

  /** Every cross-module invariant, checked on {@code bizloop} as it is now. */
  static List<String> violations(Bizloop bizloop) {
    Accounting books = bizloop.accounting();
    Inventory stock = bizloop.inventory();
    Currency currency = bizloop.settings().currency();
    List<String> violations = new ArrayList<>();
    if (!books.totals().balances()) {
      violations.add("trial balance does not balance: " + books.totals());
    }
    Money stockValue = Money.sum(stock.stock().stream().map(StockRow::value).toList(), currency);
    agree(violations, "inventory account", balance(books, AccountRole.INVENTORY), "Σ stock values", stockValue);
    List<ReceivableRow> receivables = books.receivables();
    agree(violations, "receivable control", balance(books, AccountRole.RECEIVABLE),
        "Σ open customer items", sum(receivables, ReceivableRow::open, currency));
    agree(violations, "customer advances", balance(books, AccountRole.CUSTOMER_ADVANCES).negate(),
        "Σ advances", sum(receivables, ReceivableRow::advance, currency));
    List<PayableRow> payables = books.payables();
    agree(violations, "payable control", balance(books, AccountRole.PAYABLE).negate(),
        "Σ open supplier items", sum(payables, PayableRow::open, currency));
    agree(violations, "supplier prepayments", balance(books, AccountRole.SUPPLIER_PREPAYMENTS),
        "Σ prepayments", sum(payables, PayableRow::prepayment, currency));
    for (StockRow row : stock.stock()) {
      if (row.reserved().isNegative() || row.reserved().isGreaterThan(row.onHand())) {
        violations.add("stock " + row.warehouse() + "/" + row.sku() + ": reserved " + row.reserved()
            + " outside [0, onHand " + row.onHand() + "]");
      }
      if (row.onHand().isZero() && !row.value().isZero()) {
        violations.add("stock " + row.warehouse() + "/" + row.sku() + ": nothing on hand but value " + row.value());
      }
      if (row.value().isNegative()) {
        violations.add("stock " + row.warehouse() + "/" + row.sku() + ": negative value " + row.value());
      }
    }
    Map<Sku, BigDecimal> reservedInStock = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
    // stand-alone reservations (ReserveStock) hold stock apart from orders
    stock.stock().forEach(row -> reservedInStock.merge(row.sku(), row.reserved().minus(row.heldApart()).value(), BigDecimal::add));
    Map<Sku, BigDecimal> reservedForOrders = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
    bizloop.crm().orders().forEach(order -> stock.order(order.id()).ifPresent(f -> {
      for (OrderFulfilment.Line line : f.lines()) {
        reservedForOrders.merge(line.sku(), line.reserved().value(), BigDecimal::add);
      }
    }));
    reservedInStock.forEach((sku, reserved) -> {
      BigDecimal forOrders = reservedForOrders.getOrDefault(sku, BigDecimal.ZERO);
      if (reserved.compareTo(forOrders) != 0) {
        violations.add("sku " + sku + ": reserved " + reserved.toPlainString() + " in stock for orders but "
            + forOrders.toPlainString() + " for open orders");
      }
    });
    return violations;
  }

  private static Money balance(Accounting books, AccountRole role) {
    return books.balance(books.settings().code(role));
  }

  private static <T> Money sum(List<T> rows, Function<T, Money> amount, Currency currency) {
    return Money.sum(rows.stream().map(amount).toList(), currency);
  }

  private static void agree(List<String> violations, String leftName, Money left, String rightName, Money right) {
    if (!left.equals(right)) {
      violations.add(leftName + " " + left + " ≠ " + rightName + " " + right);
    }
  }

}
