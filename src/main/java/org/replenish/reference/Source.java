package org.replenish.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A publication that reference values are taken from. */
@Schema(description = "A source that reference values are taken from.")
public record Source(
        @Schema(description = "Stable source id that values cite.", required = true) String id,
        @Schema(description = "Bibliographic citation.", required = true) String citation,
        @Schema(description = "Publication year.", required = true) int year,
        @Schema(description = "Table, page or section the values come from.", required = true) String table) {
}
