package io.bizloop.examples.spring;

/** The shop on the default database: H2 in memory, from a plain URL. */
class ShopH2Test extends ShopContract {}
