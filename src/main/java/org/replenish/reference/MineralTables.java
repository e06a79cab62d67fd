package org.replenish.reference;

/** The target table and the (optional) upper-limit table of one mineral in one basis. */
public record MineralTables(ValueTable target, ValueTable upperLimit) {
}
