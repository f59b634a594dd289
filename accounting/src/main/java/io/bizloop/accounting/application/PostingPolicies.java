package io.bizloop.accounting.application;

import static io.bizloop.accounting.domain.AccountRole.COGS;
import static io.bizloop.accounting.domain.AccountRole.CUSTOMER_ADVANCES;
import static io.bizloop.accounting.domain.AccountRole.INPUT_VAT;
import static io.bizloop.accounting.domain.AccountRole.INVENTORY;
import static io.bizloop.accounting.domain.AccountRole.OUTPUT_VAT;
import static io.bizloop.accounting.domain.AccountRole.PAYABLE;
import static io.bizloop.accounting.domain.AccountRole.RECEIVABLE;
import static io.bizloop.accounting.domain.AccountRole.REVENUE;
import static io.bizloop.accounting.domain.AccountRole.STOCK_DIFFERENCES;
import static io.bizloop.accounting.domain.AccountRole.SUPPLIER_PREPAYMENTS;
import static io.bizloop.core.RejectionCode.CONFLICT;
import static io.bizloop.core.RejectionCode.INVALID_INPUT;

import io.bizloop.accounting.domain.EntryKind;
import io.bizloop.accounting.domain.EntryLines;
import io.bizloop.accounting.domain.JournalEntry;
import io.bizloop.accounting.domain.JournalLine;
import io.bizloop.accounting.domain.Party;
import io.bizloop.accounting.domain.PartyAccount;
import io.bizloop.accounting.domain.Settlement;
import io.bizloop.accounting.port.JournalEntries;
import io.bizloop.accounting.port.PartyAccounts;
import io.bizloop.core.AccountCode;
import io.bizloop.core.LineAmounts;
import io.bizloop.core.Money;
import io.bizloop.core.Outcome;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.bus.SynchronousEventBus;
import io.bizloop.core.event.BusinessEvent;
import io.bizloop.core.event.CreditNoteIssued;
import io.bizloop.core.event.CustomerRegistered;
import io.bizloop.core.event.GoodsReceived;
import io.bizloop.core.event.GoodsReturned;
import io.bizloop.core.event.GoodsShipped;
import io.bizloop.core.event.RevenueRecognised;
import io.bizloop.core.event.SalesOrderCancelled;
import io.bizloop.core.event.StockAdjusted;
import io.bizloop.core.event.SupplierRegistered;
import io.bizloop.core.port.UnitOfWork;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The posting rules: one policy per business event, each posting the entries of design.md's
 * table through the {@link AccountingSettings#mapping() account mapping} and the one
 * {@link PostingService}.
 *
 * <p>Every policy is idempotent by event id (the bus's inbox, and the journal's record of the
 * event id of each entry), leaves out zero lines, posts nothing for an all-zero entry, and
 * answers {@code PERIOD_CLOSED} when it would post a non-zero entry into a closed period (which
 * aborts the publishing command). A malformed event (negative amounts, another currency) is
 * {@code INVALID_INPUT}.
 */
public final class PostingPolicies {

  /** The consumer name of accounting on the bus. */
  public static final String CONSUMER = "accounting";

  private final UnitOfWork unitOfWork;
  private final AccountingSettings settings;
  private final JournalEntries journal;
  private final PartyAccounts parties;
  private final PostingService posting;

  public PostingPolicies(
      UnitOfWork unitOfWork,
      AccountingSettings settings,
      JournalEntries journal,
      PartyAccounts parties,
      PostingService posting) {
    this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.journal = Objects.requireNonNull(journal, "journal");
    this.parties = Objects.requireNonNull(parties, "parties");
    this.posting = Objects.requireNonNull(posting, "posting");
  }

  /** Subscribes every policy on {@code bus} under {@link #CONSUMER}. */
  public void subscribeTo(SynchronousEventBus bus) {
    bus.subscribe(CONSUMER, CustomerRegistered.class, this::onCustomerRegistered)
        .subscribe(CONSUMER, SupplierRegistered.class, this::onSupplierRegistered)
        .subscribe(CONSUMER, GoodsReceived.class, this::onGoodsReceived)
        .subscribe(CONSUMER, GoodsShipped.class, this::onGoodsShipped)
        .subscribe(CONSUMER, RevenueRecognised.class, this::onRevenueRecognised)
        .subscribe(CONSUMER, CreditNoteIssued.class, this::onCreditNoteIssued)
        .subscribe(CONSUMER, GoodsReturned.class, this::onGoodsReturned)
        .subscribe(CONSUMER, StockAdjusted.class, this::onStockAdjusted)
        .subscribe(CONSUMER, SalesOrderCancelled.class, this::onSalesOrderCancelled);
  }

  /** Opens (or names) the customer's receivable sub-ledger. */
  public Outcome<Void> onCustomerRegistered(CustomerRegistered event) {
    return register(Party.customer(event.customer()), event.name());
  }

  /** Opens (or names) the supplier's payable sub-ledger. */
  public Outcome<Void> onSupplierRegistered(SupplierRegistered event) {
    return register(Party.supplier(event.supplier()), event.name());
  }

  /**
   * Dr Inventory N, Dr input VAT T / Cr Payable N+T and a payable item; then, while the supplier
   * has a prepayment P, Dr Payable min(P, N+T) / Cr supplier prepayments.
   */
  public Outcome<Void> onGoodsReceived(GoodsReceived event) {
    return guarded(
        event,
        () -> {
          Money net = event.net();
          Money vat = event.vat();
          requireNotNegative(net, "receipt value");
          requireNotNegative(vat, "receipt VAT");
          Money gross = net.plus(vat);
          PartyAccount supplier = accountOf(Party.supplier(event.supplier()));
          String order = event.order().map(Object::toString).orElse(null);
          Money applied = gross.isPositive() ? supplier.addItem(event.receipt(), order, event.date(), gross) : gross;
          List<JournalLine> receipt =
              EntryLines.create()
                  .debit(code(INVENTORY), net)
                  .debit(code(INPUT_VAT), vat)
                  .credit(code(PAYABLE), gross)
                  .toList();
          List<JournalLine> prepayment =
              EntryLines.create().debit(code(PAYABLE), applied).credit(code(SUPPLIER_PREPAYMENTS), applied).toList();
          return postAll(
              event,
              supplier,
              new Posting("purchase receipt " + event.receipt() + " from supplier " + event.supplier(),
                  EntryKind.PURCHASE_RECEIPT, null, receipt),
              new Posting("prepayment of supplier " + event.supplier() + " applied to " + event.receipt(),
                  EntryKind.PREPAYMENT_APPLIED, null, prepayment));
        });
  }

  /** Dr COGS C / Cr Inventory C. */
  public Outcome<Void> onGoodsShipped(GoodsShipped event) {
    return guarded(
        event,
        () -> {
          Money cost = event.cost();
          requireNotNegative(cost, "shipped cost");
          List<JournalLine> lines = EntryLines.create().debit(code(COGS), cost).credit(code(INVENTORY), cost).toList();
          return postAll(
              event, null,
              new Posting("cost of shipment " + event.shipment() + " for order " + event.order(),
                  EntryKind.SHIPMENT, event.order(), lines));
        });
  }

  /**
   * Dr Receivable N+T / Cr Revenue N, Cr output VAT T and a receivable item; then, while the
   * customer has an advance A, Dr customer advances min(A, N+T) / Cr Receivable.
   */
  public Outcome<Void> onRevenueRecognised(RevenueRecognised event) {
    return guarded(
        event,
        () -> {
          LineAmounts amounts = event.amounts();
          requireNotNegative(amounts.net(), "recognised revenue");
          requireNotNegative(amounts.vat(), "recognised VAT");
          Money gross = amounts.gross();
          PartyAccount customer = accountOf(Party.customer(event.customer()));
          Money applied =
              gross.isPositive()
                  ? customer.addItem(event.document(), event.order().value(), event.date(), gross)
                  : gross;
          List<JournalLine> revenue =
              EntryLines.create()
                  .debit(code(RECEIVABLE), gross)
                  .credit(code(REVENUE), amounts.net())
                  .credit(code(OUTPUT_VAT), amounts.vat())
                  .toList();
          List<JournalLine> advance =
              EntryLines.create().debit(code(CUSTOMER_ADVANCES), applied).credit(code(RECEIVABLE), applied).toList();
          return postAll(
              event,
              customer,
              new Posting("revenue of order " + event.order() + " recognised by " + event.document(),
                  EntryKind.REVENUE, event.order(), revenue),
              new Posting("advance of customer " + event.customer() + " applied to " + event.document(),
                  EntryKind.ADVANCE_APPLIED, event.order(), advance));
        });
  }

  /**
   * Dr Revenue N, Dr output VAT T / Cr Receivable up to the customer's open items (the order's
   * items first, then the oldest), Cr customer advances beyond.
   */
  public Outcome<Void> onCreditNoteIssued(CreditNoteIssued event) {
    return guarded(
        event,
        () -> {
          LineAmounts amounts = event.amounts();
          requireNotNegative(amounts.net(), "credited revenue");
          requireNotNegative(amounts.vat(), "credited VAT");
          Money gross = amounts.gross();
          PartyAccount customer = accountOf(Party.customer(event.customer()));
          Settlement split =
              gross.isPositive() ? customer.credit(gross, event.order().value()) : new Settlement(gross, gross);
          List<JournalLine> lines =
              EntryLines.create()
                  .debit(code(REVENUE), amounts.net())
                  .debit(code(OUTPUT_VAT), amounts.vat())
                  .credit(code(RECEIVABLE), split.onItems())
                  .credit(code(CUSTOMER_ADVANCES), split.onAdvance())
                  .toList();
          return postAll(
              event,
              customer,
              new Posting("credit note " + event.creditNote() + " for order " + event.order(),
                  EntryKind.CREDIT_NOTE, event.order(), lines));
        });
  }

  /** Dr Inventory C / Cr COGS C. */
  public Outcome<Void> onGoodsReturned(GoodsReturned event) {
    return guarded(
        event,
        () -> {
          Money cost = event.cost();
          requireNotNegative(cost, "returned cost");
          List<JournalLine> lines = EntryLines.create().debit(code(INVENTORY), cost).credit(code(COGS), cost).toList();
          return postAll(
              event, null,
              new Posting("cost of return " + event.returnId() + " for order " + event.order(),
                  EntryKind.RETURN, event.order(), lines));
        });
  }

  /** A gain: Dr Inventory V / Cr stock differences V; a loss: Dr stock differences / Cr Inventory |V|. */
  public Outcome<Void> onStockAdjusted(StockAdjusted event) {
    return guarded(
        event,
        () -> {
          Money value = event.value();
          List<JournalLine> lines =
              value.isNegative()
                  ? EntryLines.create()
                      .debit(code(STOCK_DIFFERENCES), value.negate())
                      .credit(code(INVENTORY), value.negate())
                      .toList()
                  : EntryLines.create().debit(code(INVENTORY), value).credit(code(STOCK_DIFFERENCES), value).toList();
          return postAll(
              event, null,
              new Posting("stock count " + event.count() + ": " + event.sku() + " in " + event.warehouse(),
                  EntryKind.STOCK_ADJUSTMENT, null, lines));
        });
  }

  /**
   * Reverses every unreversed entry that recognised revenue of the order, except that the
   * Receivable credit is limited to what is still open (the order's items first, then the
   * oldest) and the rest goes to customer advances, so receivables never go negative.
   */
  public Outcome<Void> onSalesOrderCancelled(SalesOrderCancelled event) {
    return guarded(
        event,
        () -> {
          List<JournalEntry> recognised =
              journal.ofOrder(event.order()).stream()
                  .filter(e -> e.kind() == EntryKind.REVENUE && e.isPosted() && !e.isReversed())
                  .toList();
          if (recognised.isEmpty()) {
            return Outcome.done();
          }
          PartyAccount customer = accountOf(Party.customer(event.customer()));
          AccountCode receivable = code(RECEIVABLE);
          List<Posting> reversals = new ArrayList<>();
          for (JournalEntry original : recognised) {
            EntryLines lines = EntryLines.create();
            for (JournalLine line : original.lines()) {
              if (line.account().equals(receivable) && line.isDebit()) {
                Settlement split = customer.credit(line.debit(), event.order().value());
                lines.credit(receivable, split.onItems()).credit(code(CUSTOMER_ADVANCES), split.onAdvance());
              } else {
                lines.add(line.swapped());
              }
            }
            reversals.add(
                new Posting("cancellation of order " + event.order() + ": reversal of entry " + original.number(),
                    EntryKind.REVERSAL, event.order(), lines.toList(), original));
          }
          return postAll(event, customer, reversals.toArray(Posting[]::new));
        });
  }

  /** One entry a policy wants posted. */
  private record Posting(String memo, EntryKind kind, SalesOrderId order, List<JournalLine> lines, JournalEntry reverses) {
    Posting(String memo, EntryKind kind, SalesOrderId order, List<JournalLine> lines) {
      this(memo, kind, order, lines, null);
    }
  }

  /**
   * Checks the period once for all non-empty postings, then saves the changed party account and
   * posts each non-empty entry in order (marking what it reverses).
   */
  private Outcome<Void> postAll(BusinessEvent event, PartyAccount changed, Posting... postings) {
    boolean anything = false;
    for (Posting p : postings) {
      anything |= !p.lines().isEmpty();
    }
    if (anything) {
      var closed = posting.refuseIfClosed(event.date(), "event " + event.eventId() + " (" + event.source() + ")");
      if (closed.isPresent()) {
        return closed.get();
      }
    }
    if (changed != null && !parties.save(changed)) {
      return Outcome.rejected(CONFLICT, "the account of " + changed.party() + " changed meanwhile");
    }
    for (Posting p : postings) {
      Outcome<java.util.Optional<JournalEntry>> posted =
          posting.post(event.date(), event.source(), p.memo(), event.eventId(), p.kind(), p.order(),
              p.reverses() == null ? null : p.reverses().number(), p.lines());
      if (posted.isRejected()) {
        return Outcome.rejected(posted.rejection());
      }
      if (p.reverses() != null && posted.value().isPresent()) {
        Outcome<Void> marked = p.reverses().markReversedBy(posted.value().get().number());
        if (marked.isRejected()) {
          return marked;
        }
        if (!journal.save(p.reverses())) {
          return Outcome.rejected(CONFLICT, "entry " + p.reverses().number() + " changed meanwhile");
        }
      }
    }
    return Outcome.done();
  }

  private Outcome<Void> register(Party party, String name) {
    return unitOfWork.execute(
        () -> {
          PartyAccount account = accountOf(party);
          boolean isNew = account.version() == 0;
          if (account.register(name) || isNew) {
            if (!parties.save(account)) {
              return Outcome.rejected(CONFLICT, "the account of " + party + " changed meanwhile");
            }
          }
          return Outcome.done();
        });
  }

  private Outcome<Void> guarded(BusinessEvent event, Supplier<Outcome<Void>> work) {
    return unitOfWork.execute(
        () -> {
          if (journal.containsEvent(event.eventId())) {
            return Outcome.done();
          }
          try {
            return work.get();
          } catch (IllegalArgumentException | ArithmeticException e) {
            return Outcome.rejected(INVALID_INPUT, "event " + event.eventId() + " cannot be posted: " + e.getMessage());
          }
        });
  }

  private PartyAccount accountOf(Party party) {
    return parties.find(party).orElseGet(() -> PartyAccount.open(party, settings.currency(), null));
  }

  private AccountCode code(io.bizloop.accounting.domain.AccountRole role) {
    return settings.code(role);
  }

  private static void requireNotNegative(Money amount, String what) {
    if (amount.isNegative()) {
      throw new IllegalArgumentException(what + " " + amount + " is negative");
    }
  }
}
