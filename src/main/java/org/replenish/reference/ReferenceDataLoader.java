package org.replenish.reference;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.replenish.units.Element;
import org.replenish.units.Mineral;
import org.replenish.vocabulary.Basis;

/**
 * Loads the reference data files and checks them, so that a bad file stops startup instead of a request. Package-private:
 * the rest of the service sees only {@link ReferenceData}.
 */
final class ReferenceDataLoader {

    static final String MANIFEST = "manifest.json";
    static final String SOURCES = "sources.json";
    static final String SHORT_CITATIONS = "short-citations.json";
    static final String ELEMENTS = "elements.json";
    static final String TARGETS = "targets.json";
    static final String SWEAT = "sweat.json";
    static final String DEFICIT = "deficit.json";
    static final String RISK_FACTORS = "risk-factors.json";
    static final String SAFETY_RULES = "safety-rules.json";

    private ReferenceDataLoader() {
    }

    /** Loads from the classpath folder reference/. */
    static ReferenceData fromClasspath() {
        return load(ReferenceFiles.CLASSPATH);
    }

    /** Loads with the given opener, which maps a file name to its content (null when absent). */
    static ReferenceData load(Function<String, InputStream> opener) {
        ReferenceFiles files = new ReferenceFiles(opener);
        Manifest manifest = files.read(MANIFEST, new TypeReference<>() { });
        require(manifest.referenceDataVersion() != null && !manifest.referenceDataVersion().isBlank(),
                MANIFEST, "referenceDataVersion", "must be a non-empty string");
        require(manifest.disclaimer() != null && !manifest.disclaimer().isBlank(),
                MANIFEST, "disclaimer", "must be a non-empty string");

        Map<String, Source> sources = new LinkedHashMap<>();
        for (Source source : files.read(SOURCES, new TypeReference<List<Source>>() { })) {
            require(source.id() != null && source.authors() != null && source.title() != null
                            && source.citation() != null && source.table() != null,
                    SOURCES, String.valueOf(source.id()), "id, authors, title, citation and table are required");
            require(source.link() == null || source.link().startsWith("https://"), SOURCES, source.id(),
                    "a link must be an https URL");
            require(sources.put(source.id(), source) == null, SOURCES, source.id(), "duplicate source id");
        }
        SourceCheck sourceCheck = new SourceCheck(sources.keySet());
        Map<String, String> shortCitations = files.read(SHORT_CITATIONS, new TypeReference<>() { });
        require(shortCitations.keySet().equals(sources.keySet()), SHORT_CITATIONS, "ids",
                "must name every source of " + SOURCES + " and no other");
        shortCitations.forEach((id, citation) -> require(citation != null && !citation.isBlank(), SHORT_CITATIONS, id,
                "must be a non-empty string"));

        Map<Mineral, Element> elements = new EnumMap<>(Mineral.class);
        for (Element element : files.read(ELEMENTS, new TypeReference<List<Element>>() { })) {
            String entry = String.valueOf(element.mineral());
            require(element.mineral() != null && element.atomicWeight() > 0,
                    ELEMENTS, entry, "mineral and a positive atomicWeight are required");
            require(!element.hasMilliequivalents() || (element.valence() != null && element.valence() != 0),
                    ELEMENTS, entry, "a non-zero valence is required, or a milliequivalentsRefusal");
            sourceCheck.require(ELEMENTS, entry, element.sourceId(), element.tag());
            if (element.note() != null) {
                sourceCheck.require(ELEMENTS, entry + ".note", element.noteSourceId(), element.noteTag());
            }
            require(elements.put(element.mineral(), element) == null, ELEMENTS, entry, "duplicate mineral");
        }
        for (Mineral mineral : Mineral.values()) {
            require(elements.containsKey(mineral), ELEMENTS, mineral.name(), "missing");
        }

        TargetsFile targets = files.read(TARGETS, new TypeReference<>() { });
        TargetTablesCheck.check(TARGETS, targets.bases(), elements, sourceCheck);

        SweatDefaults sweat = files.read(SWEAT, new TypeReference<>() { });
        GuidanceDataCheck.checkSweat(SWEAT, sweat, sourceCheck);
        DeficitSettings deficit = files.read(DEFICIT, new TypeReference<>() { });
        GuidanceDataCheck.checkDeficit(DEFICIT, deficit, sourceCheck);
        RiskFactorTable riskFactors = files.read(RISK_FACTORS, new TypeReference<>() { });
        GuidanceDataCheck.checkRiskFactors(RISK_FACTORS, riskFactors, sourceCheck);
        List<SafetyRule> safetyRules = files.read(SAFETY_RULES, new TypeReference<>() { });
        GuidanceDataCheck.checkSafetyRules(SAFETY_RULES, safetyRules, sourceCheck);

        return new ReferenceData(manifest.referenceDataVersion(), manifest.disclaimer(), Map.copyOf(sources), elements,
                targets.bases(), sweat, deficit, riskFactors, List.copyOf(safetyRules), Map.copyOf(shortCitations));
    }

    static void require(boolean condition, String file, String entry, String problem) {
        if (!condition) {
            throw new ReferenceDataException(file, entry, problem);
        }
    }

    record Manifest(String referenceDataVersion, String description, String disclaimer) {
    }

    record TargetsFile(Map<Basis, BasisTable> bases) {
    }
}
