package org.replenish.reference;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.replenish.units.Element;
import org.replenish.units.Mineral;
import org.replenish.vocabulary.Basis;
import org.replenish.vocabulary.Confidence;
import org.replenish.vocabulary.LifeStage;

/**
 * Checks the target tables: every basis present, every row in a known band citing a known source with positive
 * values, a basis without a fallback covering every mineral with an intake reference in every band for both sexes,
 * and no tables for a mineral without an intake reference (bicarbonate).
 */
final class TargetTablesCheck {

    private TargetTablesCheck() {
    }

    static void check(String file, Map<Basis, BasisTable> bases, Map<Mineral, Element> elements, SourceCheck sources) {
        ReferenceDataLoader.require(bases != null, file, "bases", "missing");
        for (Basis basis : Basis.values()) {
            BasisTable table = bases.get(basis);
            ReferenceDataLoader.require(table != null, file, basis.name(), "missing basis");
            checkBasis(file, basis, table, elements, sources);
        }
    }

    private static void checkBasis(String file, Basis basis, BasisTable table, Map<Mineral, Element> elements,
                                   SourceCheck sources) {
        ReferenceDataLoader.require(table.ageBands() != null && !table.ageBands().isEmpty(), file, basis + ".ageBands",
                "at least one age band is required");
        Set<String> bandIds = new HashSet<>();
        for (AgeBand band : table.ageBands()) {
            String entry = basis + ".ageBands." + band.id();
            ReferenceDataLoader.require(band.id() != null && bandIds.add(band.id()), file, entry, "missing or duplicate id");
            ReferenceDataLoader.require(band.fromYears() >= 0 && band.fromYears() < band.toYears(), file, entry,
                    "fromYears must be at least 0 and below toYears");
        }
        for (Mineral mineral : Mineral.values()) {
            MineralTables tables = table.minerals().get(mineral);
            String entry = basis + "." + mineral;
            if (!elements.get(mineral).hasIntakeReference()) {
                ReferenceDataLoader.require(tables == null, file, entry, "the mineral has no intake reference in "
                        + "elements.json, so it can have no target table");
                continue;
            }
            if (tables == null) {
                ReferenceDataLoader.require(table.fallbackBasis() != null, file, entry,
                        "missing, and the basis has no fallbackBasis");
                continue;
            }
            ReferenceDataLoader.require(tables.target() != null, file, entry + ".target", "missing");
            checkTable(file, entry + ".target", tables.target(), bandIds, sources);
            if (tables.upperLimit() != null) {
                ReferenceDataLoader.require(tables.upperLimit().scope() != null, file, entry + ".upperLimit",
                        "scope is required");
                checkTable(file, entry + ".upperLimit", tables.upperLimit(), bandIds, sources);
            }
            if (tables.averageRequirement() != null) {
                ReferenceDataLoader.require(tables.averageRequirement().kind() == TargetKind.EAR, file,
                        entry + ".averageRequirement", "kind must be EAR");
                checkTable(file, entry + ".averageRequirement", tables.averageRequirement(), bandIds, sources);
            }
            if (table.fallbackBasis() == null) {
                for (String band : bandIds) {
                    ReferenceDataLoader.require(tables.target().row(band).isPresent(), file, entry + ".target",
                            "no row for band " + band + " and the basis has no fallbackBasis");
                }
            }
        }
    }

    private static void checkTable(String file, String entry, ValueTable table, Set<String> bandIds, SourceCheck sources) {
        ReferenceDataLoader.require(table.kind() != null, file, entry, "kind is required");
        sources.require(file, entry, table.sourceId(), table.tag());
        for (ValueRow row : table.rows()) {
            String rowEntry = entry + "." + row.band();
            ReferenceDataLoader.require(bandIds.contains(row.band()), file, rowEntry, "unknown band");
            ReferenceDataLoader.require(row.male() != null && row.female() != null, file, rowEntry,
                    "male and female values are required");
            for (Double value : new Double[] {row.male(), row.female(), row.pregnant(), row.lactating()}) {
                ReferenceDataLoader.require(value == null || value > 0, file, rowEntry, "values must be positive");
            }
            if (row.sourceId() != null) {
                sources.require(file, rowEntry, row.sourceId(), row.tag() == null ? table.tag() : row.tag());
            }
            if (row.lifeStageSourceId() != null || row.lifeStageTag() != null) {
                ReferenceDataLoader.require(row.pregnant() != null || row.lactating() != null, file, rowEntry,
                        "lifeStageSourceId and lifeStageTag need a pregnant or lactating value");
                String sourceId = row.sourceIdFor(LifeStage.PREGNANT);
                Confidence tag = row.tagFor(LifeStage.PREGNANT);
                sources.require(file, rowEntry + ".lifeStage", sourceId != null ? sourceId : table.sourceId(),
                        tag != null ? tag : table.tag());
            }
        }
    }
}
