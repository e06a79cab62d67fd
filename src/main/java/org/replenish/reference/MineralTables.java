package org.replenish.reference;

/**
 * The target table, the (optional) upper-limit table and the (optional) Estimated Average Requirement table of one
 * mineral in one basis (sheet 8: magnesium, calcium and phosphorus have EARs beside their RDAs).
 */
public record MineralTables(ValueTable target, ValueTable upperLimit, ValueTable averageRequirement) {
}
