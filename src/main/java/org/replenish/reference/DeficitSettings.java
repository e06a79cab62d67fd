package org.replenish.reference;

/** Thresholds of the deficit estimate: status bands, fluid flags, detection of unreplaced sweating, input limits. */
public record DeficitSettings(
        StatusThresholds statusThresholds,
        FluidThresholds fluid,
        SweatingWithoutReplenishingRule sweatingWithoutReplenishing,
        InputLimits limits) {

    /** Deficit status bands, as a share of the daily target. */
    public record StatusThresholds(String sourceId, Confidence tag, double mildFromShareOfTarget,
                                   double moderateFromShareOfTarget, double largeFromShareOfTarget) {
    }

    /** When a body-mass change is flagged. */
    public record FluidThresholds(SourcedValue dehydrationPercent, SourcedValue longSessionMinutes,
                                  SourcedValue maximumBodyMassLossPercent) {
    }

    /** When sessions alone show sweating without replenishing. */
    public record SweatingWithoutReplenishingRule(String sourceId, Confidence tag, double minimumSweatLitres,
                                                  double maximumSodiumReplacedShare) {
    }

    /** Bounds beyond which an input is not physically sensible. */
    public record InputLimits(String sourceId, Confidence tag, double maximumDailyMineralMg,
                              double maximumFluidPerSessionLitres, double minimumBodyMassKg, double maximumBodyMassKg) {
    }
}
