package org.replenish.reference;

import java.util.List;
import java.util.Map;
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
        List<SafetyRule> safetyRules) {

    /** The shipped files under reference/ on the classpath, loaded and checked; a bad file throws. */
    public static ReferenceData fromClasspath() {
        return ReferenceDataLoader.fromClasspath();
    }
}
