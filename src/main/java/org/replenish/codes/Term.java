package org.replenish.codes;

/**
 * A name the reference data gives in English (an age band's label), as a message parameter: its text is the bundle's
 * translation under {@code key} where one exists, else the English name; its parameter is the stable id.
 */
public record Term(String key, String id, String english) {
}
