package org.replenish.reference;

/** Sweat sodium of a Lara 2016 group, with the group's mean chloride. */
public record SodiumProfileDefault(SourcedRange sodium, double chlorideExpected) {
}
