package org.replenish.sources;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.codes.Citation;
import org.replenish.reference.Source;

/** One citation as GET /v1/sources answers it. */
@Schema(description = "A source that reference values cite by its id (every sourceId in any answer names one).")
public record SourceInfo(
        @Schema(description = "The id values cite as sourceId, e.g. NASEM2019.", required = true) String id,
        @Schema(description = "Authors, or the body that issued the source.", required = true) String authors,
        @Schema(description = "Title of the publication or page.", required = true) String title,
        @Schema(description = "The full citation as the reference sheet gives it.", required = true) String citation,
        @Schema(description = "The short citation the service's own texts use, e.g. Lara et al. 2016 (the same in every language).", required = true) String shortCitation,
        @Schema(description = "Year of publication (or of the revision used).", required = true) int year,
        @Schema(description = "The table, page or section the values come from.", required = true) String table,
        @Schema(description = "A stable https link (DOI, PubMed Central, eCFR, National Academies Press); absent where "
                + "none is known.") String link) {

    static SourceInfo of(Source source, Citation citation) {
        return new SourceInfo(source.id(), source.authors(), source.title(), source.citation(),
                citation.shortCitation(), source.year(), source.table(), source.link());
    }
}
