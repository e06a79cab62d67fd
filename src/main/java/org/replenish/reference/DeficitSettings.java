package org.replenish.reference;

import org.replenish.vocabulary.Confidence;

/** Thresholds of the deficit estimate: status bands, fluid flags, detection of unreplaced sweating, input limits. */
public record DeficitSettings(
        StatusThresholds statusThresholds,
        StatusSources statusSources,
        FluidThresholds fluid,
        SweatingWithoutReplenishingRule sweatingWithoutReplenishing,
        InputLimits limits) {

    /** Deficit status bands, as a share of the daily target. */
    public record StatusThresholds(String sourceId, Confidence tag, double mildFromShareOfTarget,
                                   double moderateFromShareOfTarget, double largeFromShareOfTarget) {
    }

    /** Where the statuses that are not a size class come from. */
    public record StatusSources(SourceRef sweatLossToReplace, SourceRef targetSetWithClinician, SourceRef urgentCare) {
    }

    /** A source id with its tag. */
    public record SourceRef(String sourceId, Confidence tag) {
    }

    /**
     * When a body-mass change is flagged. longSessionMinutes is prolonged activity for the red-flag rules; a prolonged
     * session whose mass fell by less than massMaintainedPercent (or was not weighed) counts as mass held; a loss above
     * severeBodyMassLossPercent needs a clinician and above lifeThreateningBodyMassLossPercent urgent care. From
     * bodyMassMethodCorrectionFromMinutes the field method's respiratory and metabolic mass loss matter (Baker 2017).
     */
    public record FluidThresholds(SourcedValue dehydrationPercent, SourcedValue longSessionMinutes,
                                  SourcedValue maximumBodyMassLossPercent, SourcedValue severeBodyMassLossPercent,
                                  SourcedValue lifeThreateningBodyMassLossPercent, SourcedValue massMaintainedPercent,
                                  SourcedValue bodyMassMethodCorrectionFromMinutes) {
    }

    /** When sessions alone show sweating without replenishing. */
    public record SweatingWithoutReplenishingRule(String sourceId, Confidence tag, double minimumSweatLitres,
                                                  double maximumSodiumReplacedShare) {
    }

    /**
     * Bounds beyond which an input is not physically sensible; the sessions of one request cover at most
     * maximumSessionMinutesPerDay and sweat at most maximumSweatLitresPerDay (its own source: the literature's most).
     */
    public record InputLimits(String sourceId, Confidence tag, double maximumDailyMineralMg,
                              double maximumFluidPerSessionLitres, double minimumBodyMassKg, double maximumBodyMassKg,
                              double maximumSessionMinutesPerDay, SourcedValue maximumSweatLitresPerDay) {

        public boolean plausibleBodyMassKg(double kg) {
            return kg >= minimumBodyMassKg && kg <= maximumBodyMassKg;
        }
    }
}
