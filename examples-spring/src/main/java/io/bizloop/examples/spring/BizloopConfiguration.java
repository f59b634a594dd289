package io.bizloop.examples.spring;

import io.bizloop.jdbc.JdbcLoopStore;
import io.bizloop.loop.Bizloop;
import io.bizloop.loop.CompanySettings;
import java.time.Clock;
import java.util.Currency;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires bizloop into the shop: the shop's own Flyway migrations first, then bizloop's store on
 * the same {@link DataSource}, joining the shop's Spring transactions, and the {@link Bizloop}
 * facade as a bean.
 */
@Configuration(proxyBeanMethods = false)
public class BizloopConfiguration {

  /**
   * The clock the business date comes from when a request gives none.
   *
   * @return the system clock in the default time zone
   */
  @Bean
  public Clock clock() {
    return Clock.systemDefaultZone();
  }

  /**
   * The shop's own migrations ({@code classpath:db/migration}, history table
   * {@code flyway_schema_history}), run with the Flyway 13 API that bizloop-jdbc also uses. They
   * run before bizloop's store opens (it takes this bean), so the shop's history table is the
   * first in an empty schema; bizloop then adds its own tables and history beside it.
   *
   * @param dataSource the shop's database
   * @return the Flyway instance, migrated
   */
  @Bean
  public Flyway shopMigrations(DataSource dataSource) {
    Flyway flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();
    flyway.migrate();
    return flyway;
  }

  /**
   * The company whose books bizloop keeps, from {@code bizloop.chart} ({@code ifrs} or
   * {@code china}), {@code bizloop.currency} and {@code bizloop.vat-rate}. The store keeps them
   * at its first open and refuses to open later with others.
   *
   * @param chart {@code ifrs} (IFRS-style chart) or {@code china} (小企业会计准则)
   * @param currency the ISO 4217 code of the books' currency
   * @param vatRate the standard VAT rate, e.g. {@code 0.20}
   * @return the settings
   */
  @Bean
  public CompanySettings companySettings(
      @Value("${bizloop.chart:ifrs}") String chart,
      @Value("${bizloop.currency:EUR}") String currency,
      @Value("${bizloop.vat-rate:0.20}") String vatRate) {
    Currency books = Currency.getInstance(currency);
    CompanySettings company = switch (chart) {
      case "ifrs" -> CompanySettings.ifrs(books);
      case "china" -> CompanySettings.china(books);
      default -> throw new IllegalArgumentException("bizloop.chart must be ifrs or china, not " + chart);
    };
    return company.vatRate(vatRate);
  }

  /**
   * bizloop's store on the shop's data source: it migrates bizloop's own schema
   * ({@code classpath:db/bizloop}, history table {@code bizloop_schema_history}) and joins the
   * shop's Spring transactions through {@link SpringHostTransactions}.
   *
   * @param dataSource the shop's database
   * @param shopMigrations the shop's migrations, asked for so that they run first
   * @param company the company's settings
   * @return the store
   */
  @Bean
  public JdbcLoopStore bizloopStore(DataSource dataSource, Flyway shopMigrations, CompanySettings company) {
    return JdbcLoopStore.builder(dataSource).joining(new SpringHostTransactions(dataSource)).open(company);
  }

  /**
   * The loop: CRM, inventory and accounting over the store.
   *
   * @param store bizloop's store
   * @return the loop
   */
  @Bean
  public Bizloop bizloop(JdbcLoopStore store) {
    return store.bizloop();
  }
}
