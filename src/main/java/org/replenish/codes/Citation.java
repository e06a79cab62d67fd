package org.replenish.codes;

/**
 * A source as a message cites it: its text shows the short citation ("Lara et al. 2016"), its parameters carry the
 * source id, which resolves at GET /v1/sources/{id}.
 */
public record Citation(String sourceId, String shortCitation) {
}
