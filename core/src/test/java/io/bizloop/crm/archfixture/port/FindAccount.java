package io.bizloop.crm.archfixture.port;

/** A well-behaved port value: a top-level record. */
public record FindAccount(String id) {}
