/**
 * A Spring Boot host of bizloop: the loop's state in the shop's own database through
 * {@code bizloop-jdbc}, its commands joining the shop's {@code @Transactional} methods
 * ({@link io.bizloop.examples.spring.SpringHostTransactions}), the shop's own Flyway migrations
 * beside bizloop's, and a small REST API ({@link io.bizloop.examples.spring.ShopController}).
 */
package io.bizloop.examples.spring;
