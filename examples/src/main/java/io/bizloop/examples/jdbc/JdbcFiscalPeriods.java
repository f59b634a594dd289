package io.bizloop.examples.jdbc;

import io.bizloop.accounting.port.FiscalPeriods;
import io.bizloop.core.Period;
import java.util.Set;
import java.util.TreeSet;

/** Closed and reopened fiscal periods in {@code fiscal_period}, part of the transaction. */
public final class JdbcFiscalPeriods implements FiscalPeriods {

  private final Sql sql;

  JdbcFiscalPeriods(Sql sql) {
    this.sql = sql;
  }

  public JdbcFiscalPeriods(JdbcUnitOfWork unitOfWork) {
    this(new Sql(unitOfWork));
  }

  @Override
  public boolean isClosed(Period period) {
    return sql.one("SELECT closed FROM fiscal_period WHERE period_month = ?", rs -> rs.getBoolean(1), period.toString())
        .orElse(false);
  }

  @Override
  public void close(Period period) {
    put(period, true);
  }

  @Override
  public void reopen(Period period) {
    put(period, false);
  }

  private void put(Period period, boolean closed) {
    for (int attempt = 0; attempt < 2; attempt++) {
      if (sql.update("UPDATE fiscal_period SET closed = ? WHERE period_month = ?", closed, period.toString()) == 1) {
        return;
      }
      if (sql.update("INSERT INTO fiscal_period (period_month, closed) VALUES (?, ?) ON CONFLICT DO NOTHING",
          period.toString(), closed) == 1) {
        return;
      }
    }
    throw new IllegalStateException("cannot record period " + period);
  }

  @Override
  public Set<Period> closed() {
    return new TreeSet<>(sql.list("SELECT period_month FROM fiscal_period WHERE closed = TRUE",
        rs -> Period.parse(rs.getString(1))));
  }
}
