package io.bizloop.inventory.archfixture;

/** A type of the inventory context, for the fixture that must not import it. */
public record SomeType(String value) {}
