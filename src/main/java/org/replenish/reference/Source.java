package org.replenish.reference;

/**
 * A publication that reference values are taken from: the stable id that values cite, its authors (or issuing body),
 * title, full citation, year, the table or page used, and a link where a stable one exists (DOI, PMC, eCFR, NAP).
 */
public record Source(String id, String authors, String title, String citation, int year, String table, String link) {
}
