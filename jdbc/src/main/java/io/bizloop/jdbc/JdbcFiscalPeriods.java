package io.bizloop.jdbc;

import io.bizloop.accounting.domain.FiscalPeriod;
import io.bizloop.accounting.port.FiscalPeriods;
import io.bizloop.core.Outcome;
import io.bizloop.core.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Fiscal periods in {@code bizloop_fiscal_period}, one row per period ever closed: its month, whether it
 * is closed now, a version (optimistic locking, a stale save answers CONFLICT) and its snapshot.
 */
final class JdbcFiscalPeriods implements FiscalPeriods {

  private final Sql sql;
  private final SnapshotTable<FiscalPeriod.Snapshot> table;

  JdbcFiscalPeriods(Sql sql) {
    this.sql = sql;
    this.table =
        new SnapshotTable<>(
            sql, "bizloop_fiscal_period", FiscalPeriod.Snapshot.class,
            List.of("period_month"), s -> new Object[] {s.period().toString()},
            List.of("closed"), s -> new Object[] {s.closed()},
            FiscalPeriod.Snapshot::version,
            s -> new FiscalPeriod.Snapshot(s.period(), s.closed(), s.version() + 1),
            "period_month");
  }

  public JdbcFiscalPeriods(JdbcUnitOfWork unitOfWork) {
    this(new Sql(unitOfWork));
  }

  @Override
  public Optional<FiscalPeriod> find(Period period) {
    return period == null ? Optional.empty() : table.find(period.toString()).map(FiscalPeriod::restore);
  }

  @Override
  public Outcome<Void> save(FiscalPeriod period) {
    Transaction tx = sql.transaction();
    if (tx != null) {
      tx.cache(List.of("closed", period.period().toString()), null);
    }
    return table.save(period.snapshot());
  }

  /** Whether {@code period} is closed, read once per transaction (a save in it reads again). */
  @Override
  public boolean isClosed(Period period) {
    Transaction tx = sql.transaction();
    List<String> key = List.of("closed", period.toString());
    if (tx != null && tx.cached(key) instanceof Boolean known) {
      return known;
    }
    boolean closed = sql.one("SELECT closed FROM bizloop_fiscal_period WHERE period_month = ?", rs -> rs.getBoolean(1),
        period.toString()).orElse(false);
    if (tx != null) {
      tx.cache(key, closed);
    }
    return closed;
  }

  @Override
  public Set<Period> closed() {
    return new TreeSet<>(sql.list("SELECT period_month FROM bizloop_fiscal_period WHERE closed = TRUE",
        rs -> Period.parse(rs.getString(1))));
  }
}
