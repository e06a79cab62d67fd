package org.replenish.reference;

import java.util.List;
import java.util.Optional;
import org.replenish.vocabulary.Confidence;
import org.replenish.vocabulary.LifeStage;
import org.replenish.vocabulary.Sex;

/** A table of reference values for one mineral in one basis, with the defaults its rows share. */
public record ValueTable(TargetKind kind, LimitScope scope, String sourceId, Confidence tag, List<ValueRow> rows) {

    /** The value for a group in a band, or empty when the source gives none. */
    public Optional<ResolvedValue> resolve(String bandId, Sex sex, LifeStage lifeStage) {
        return row(bandId).flatMap(row -> Optional.ofNullable(row.valueFor(sex, lifeStage))
                .map(mg -> new ResolvedValue(mg,
                        row.kind() != null ? row.kind() : kind,
                        row.sourceIdFor(lifeStage) != null ? row.sourceIdFor(lifeStage) : sourceId,
                        row.tagFor(lifeStage) != null ? row.tagFor(lifeStage) : tag)));
    }

    public Optional<ValueRow> row(String bandId) {
        return rows.stream().filter(r -> r.band().equals(bandId)).findFirst();
    }
}
