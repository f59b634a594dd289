package io.bizloop.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;

/**
 * The shop: a Spring Boot service that keeps its CRM, stock and books in bizloop, on its own
 * database and in its own transactions. Run it with {@code mvn -pl examples-spring
 * spring-boot:run} or {@code java -jar examples-spring/target/bizloop-examples-spring-*.jar}.
 *
 * <p>Boot's own Flyway support is left out: Boot 3.5 is written for Flyway 11, and with the Flyway
 * 13 that bizloop-jdbc needs its auto-configuration fails ({@code NoSuchMethodError:
 * FluentConfiguration.cleanOnValidationError}). The shop runs its migrations itself, with the
 * Flyway 13 API, in {@link BizloopConfiguration#shopMigrations}.
 */
@SpringBootApplication(exclude = FlywayAutoConfiguration.class)
public class ShopApplication {

  /**
   * Starts the shop.
   *
   * @param args Spring Boot's arguments, e.g. {@code --spring.datasource.url=jdbc:postgresql://...}
   */
  public static void main(String[] args) {
    SpringApplication.run(ShopApplication.class, args);
  }
}
