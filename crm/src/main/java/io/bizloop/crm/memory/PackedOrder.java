package io.bizloop.crm.memory;

import io.bizloop.core.CustomerId;
import io.bizloop.core.LineAmounts;
import io.bizloop.core.Money;
import io.bizloop.core.Quantity;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.Sku;
import io.bizloop.core.VatRate;
import io.bizloop.core.WarehouseId;
import io.bizloop.crm.domain.OrderLine;
import io.bizloop.crm.domain.SalesOrder;
import io.bizloop.crm.domain.SalesOrderStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * A one-line sales order's snapshot as the in-memory store keeps it: one object whose amounts are
 * numbers in minor units of one currency, instead of the snapshot, its line list, the line, its
 * net-and-VAT pairs and their amounts (seven objects, 248 bytes, per order of the year, which every
 * young collection copied once). {@link #unpack} gives back a snapshot equal to the one packed.
 * Orders of more lines, or whose amounts are not all in one currency, are kept as their snapshot.
 */
final class PackedOrder {

  private final SalesOrderId id;
  private final CustomerId customer;
  private final WarehouseId warehouse;
  private final SalesOrderStatus status;
  private final LocalDate placedOn;
  private final LocalDate confirmedOn;
  private final LocalDate lastActivityOn;
  private final int invoices;
  private final int returns;
  private final int creditNotes;
  private final long version;
  // the line
  private final Sku sku;
  private final Quantity ordered;
  private final BigDecimal unitPrice;
  private final BigDecimal discount;
  private final VatRate vatRate;
  private final Quantity shipped;
  private final Quantity invoiced;
  private final Quantity returned;
  private final Currency currency;
  private final boolean fixed;
  private final long fixedNet;
  private final long fixedVat;
  private final long recognisedNet;
  private final long recognisedVat;
  private final long creditedNet;
  private final long creditedVat;
  private final long shippedCost;
  private final long returnedCost;

  private PackedOrder(SalesOrder.Snapshot s, OrderLine line, Currency currency) {
    id = s.id();
    customer = s.customer();
    warehouse = s.warehouse();
    status = s.status();
    placedOn = s.placedOn();
    confirmedOn = s.confirmedOn();
    lastActivityOn = s.lastActivityOn();
    invoices = s.invoices();
    returns = s.returns();
    creditNotes = s.creditNotes();
    version = s.version();
    sku = line.sku();
    ordered = line.ordered();
    unitPrice = line.unitPrice();
    discount = line.discount();
    vatRate = line.vatRate();
    shipped = line.shipped();
    invoiced = line.invoiced();
    returned = line.returned();
    this.currency = currency;
    fixed = line.amounts() != null;
    fixedNet = fixed ? line.amounts().net().minor() : 0;
    fixedVat = fixed ? line.amounts().vat().minor() : 0;
    recognisedNet = line.recognised().net().minor();
    recognisedVat = line.recognised().vat().minor();
    creditedNet = line.credited().net().minor();
    creditedVat = line.credited().vat().minor();
    shippedCost = line.shippedCost().minor();
    returnedCost = line.returnedCost().minor();
  }

  /**
   * What the store keeps for {@code snapshot}: a packed order when it has one line whose amounts
   * are all in one currency, else the snapshot itself.
   *
   * @param snapshot the snapshot to store
   * @return a {@link PackedOrder} or {@code snapshot}
   */
  static Object pack(SalesOrder.Snapshot snapshot) {
    if (snapshot.lines().size() != 1) {
      return snapshot;
    }
    OrderLine line = snapshot.lines().get(0);
    Currency c = line.currency();
    boolean oneCurrency = (line.amounts() == null || in(line.amounts(), c))
        && in(line.recognised(), c) && in(line.credited(), c)
        && line.shippedCost().currency() == c && line.returnedCost().currency() == c;
    return oneCurrency ? new PackedOrder(snapshot, line, c) : snapshot;
  }

  private static boolean in(LineAmounts amounts, Currency c) {
    return amounts.net().currency() == c && amounts.vat().currency() == c;
  }

  /**
   * The snapshot {@code stored} stands for.
   *
   * @param stored what {@link #pack} gave
   * @return a snapshot equal to the one packed
   */
  static SalesOrder.Snapshot unpack(Object stored) {
    return stored instanceof PackedOrder p ? p.snapshot() : (SalesOrder.Snapshot) stored;
  }

  /**
   * The optimistic-locking version of what is stored.
   *
   * @param stored what {@link #pack} gave
   * @return its version
   */
  static long version(Object stored) {
    return stored instanceof PackedOrder p ? p.version : ((SalesOrder.Snapshot) stored).version();
  }

  private SalesOrder.Snapshot snapshot() {
    LineAmounts recognised = amounts(recognisedNet, recognisedVat);
    LineAmounts amounts = !fixed ? null
        : fixedNet == recognisedNet && fixedVat == recognisedVat ? recognised : amounts(fixedNet, fixedVat);
    OrderLine line = new OrderLine(
        sku, ordered, unitPrice, discount, vatRate, amounts, shipped, invoiced, returned, recognised,
        amounts(creditedNet, creditedVat), Money.ofMinor(shippedCost, currency), Money.ofMinor(returnedCost, currency));
    return new SalesOrder.Snapshot(
        id, customer, warehouse, status, List.of(line), placedOn, confirmedOn, lastActivityOn, invoices, returns,
        creditNotes, version);
  }

  private LineAmounts amounts(long net, long vat) {
    return new LineAmounts(Money.ofMinor(net, currency), Money.ofMinor(vat, currency));
  }
}
