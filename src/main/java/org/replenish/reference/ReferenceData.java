package org.replenish.reference;

import java.util.List;
import java.util.Map;
import org.replenish.codes.Citation;
import org.replenish.units.Element;
import org.replenish.units.Mineral;
import org.replenish.vocabulary.Basis;

/**
 * The reference values more than one feature uses, loaded and validated once at startup. A file one feature owns is
 * read by that feature through {@link FeatureFileReader}.
 */
public record ReferenceData(
        String version,
        String disclaimer,
        Map<String, Source> sources,
        Map<Mineral, Element> elements,
        Map<Basis, BasisTable> bases,
        SweatDefaults sweat,
        DeficitSettings deficit,
        RiskFactorTable riskFactors,
        List<SafetyRule> safetyRules,
        Map<String, String> shortCitations) {

    /** The source as a message cites it: short citation in the text, id in the parameters. */
    public Citation citation(String sourceId) {
        return new Citation(sourceId, shortCitations.get(sourceId));
    }

    /** The sources as a message cites them, in the given order. */
    public List<Citation> citations(List<String> sourceIds) {
        return sourceIds.stream().map(this::citation).toList();
    }

    /** The shipped files under reference/ on the classpath, loaded and checked; a bad file throws. */
    public static ReferenceData fromClasspath() {
        return ReferenceDataLoader.fromClasspath();
    }
}
