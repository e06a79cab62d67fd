package org.replenish.drink;

import org.replenish.units.AmountUnit;
import org.replenish.units.Band;
import org.replenish.units.Mineral;
import org.replenish.units.MineralConverter;

/**
 * Osmolality from the label, or estimated as the sum of osmotically active particles (the WHO ORS arithmetic, sheet
 * 3.3): each ion's mmol/L, the anions the label leaves out, and the sugars. Labels rarely give sugar types or anions,
 * so the estimate is a band: unlisted anions as citrate (one particle per three charges, low), half and half
 * (expected) or monovalent (high); sugar as sucrose (low) to monosaccharide (high) unless the type is given, and
 * mixtures by the shares in drink-guidance.json. The class of each end is reported, so a band that spans more than
 * one class says so.
 */
final class TonicityEstimator {

    private final DrinkGuidance.Tonicity tonicity;
    private final DrinkGuidance.CarbohydrateMixtures mixtures;
    private final MineralConverter converter;

    TonicityEstimator(DrinkGuidance.Tonicity tonicity, DrinkGuidance.CarbohydrateMixtures mixtures,
                      MineralConverter converter) {
        this.tonicity = tonicity;
        this.mixtures = mixtures;
        this.converter = converter;
    }

    Tonicity assess(DrinkFacts facts) {
        Band osmolality = facts.labelOsmolality() != null ? Band.exactly(facts.labelOsmolality()) : estimate(facts);
        OsmolalityBasis basis = facts.labelOsmolality() != null ? OsmolalityBasis.LABEL : OsmolalityBasis.ESTIMATE;
        TonicityClass low = classify(osmolality.low());
        TonicityClass high = classify(osmolality.high());
        return new Tonicity(new OsmolalityRange(osmolality.low(), osmolality.expected(), osmolality.high()),
                classify(osmolality.expected()), basis, low, high, low != high);
    }

    TonicityClass classify(double mosmPerKg) {
        if (mosmPerKg < tonicity.isotonicFromMosmPerKg()) {
            return TonicityClass.HYPOTONIC;
        }
        return mosmPerKg > tonicity.hypertonicAboveMosmPerKg() ? TonicityClass.HYPERTONIC : TonicityClass.ISOTONIC;
    }

    Band estimate(DrinkFacts facts) {
        double ions = 0;
        double cationCharge = 0;
        for (Mineral mineral : Mineral.MODELLED) {
            double mmol = mmolPerLitre(facts, mineral);
            ions += mmol;
            if (mineral != Mineral.CHLORIDE) {
                cationCharge += mmol * converter.factor(mineral, AmountUnit.MMOL, AmountUnit.MEQ);
            }
        }
        double unlistedAnionCharge = Math.max(0, cationCharge - mmolPerLitre(facts, Mineral.CHLORIDE));
        Band anions = new Band(unlistedAnionCharge / 3, unlistedAnionCharge / 2, unlistedAnionCharge);
        return anions.plus(ions).plus(sugars(facts));
    }

    private Band sugars(DrinkFacts facts) {
        if (facts.carbohydrateGramsPerLitre() == null) {
            return Band.ZERO;
        }
        double grams = facts.carbohydrateGramsPerLitre();
        double monosaccharide = grams * 1000 / tonicity.monosaccharideMolarMass();
        double sucrose = grams * 1000 / tonicity.sucroseMolarMass();
        return switch (facts.carbohydrateType()) {
            case MONOSACCHARIDE -> Band.exactly(monosaccharide);
            case SUCROSE -> Band.exactly(sucrose);
            case SUCROSE_AND_GLUCOSE -> new Band(sucrose, mix(sucrose, monosaccharide,
                    mixtures.mixtureExpectedMonosaccharideShare()), monosaccharide);
            case GLUCOSE_FRUCTOSE_SYRUP -> new Band(mix(sucrose, monosaccharide,
                    mixtures.syrupLowMonosaccharideShare()), monosaccharide, monosaccharide);
            case UNKNOWN -> new Band(sucrose, (sucrose + monosaccharide) / 2, monosaccharide);
        };
    }

    /** mOsm/L when a share of the sugar's mass is monosaccharide and the rest disaccharide-sized. */
    private static double mix(double allDisaccharide, double allMonosaccharide, double monosaccharideShare) {
        return monosaccharideShare * allMonosaccharide + (1 - monosaccharideShare) * allDisaccharide;
    }

    private double mmolPerLitre(DrinkFacts facts, Mineral mineral) {
        return facts.onLabel(mineral)
                ? converter.fromMilligrams(mineral, facts.mgPerLitre().get(mineral), AmountUnit.MMOL) : 0;
    }
}
