package org.replenish.reference;

/** A publication that reference values are taken from: a stable id that values cite, citation, year, table. */
public record Source(String id, String citation, int year, String table) {
}
