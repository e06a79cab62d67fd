package org.replenish.reference;

import java.util.List;
import org.replenish.units.Mineral;
import org.replenish.vocabulary.Confidence;

/**
 * Settings of the deficit estimate: status sources, the activity the sodium and chloride AIs allow for, fluid flags, detection of
 * unreplaced sweating, input limits.
 */
public record DeficitSettings(
        StatusSources statusSources,
        ActivityAllowance activityInAdequateIntake,
        FluidThresholds fluid,
        SweatingWithoutReplenishingRule sweatingWithoutReplenishing,
        InputLimits limits) {

    /** Where the statuses come from: the diet's judgement, the sweat part, and the policy's decisions. */
    public record StatusSources(SourceRef dietJudgement, SourceRef sweatToReplace, SourceRef targetSetWithClinician,
                                SourceRef urgentCare) {
    }

    /**
     * The sodium AI allows for the sweat of moderate activity (principle: IOM 2005 p.308), so what the minerals lose in
     * the first minutesPerDay of the day's activity is not counted again on top of their AIs (the threshold is a design
     * choice). Chloride is among them because its AI is the sodium AI's molar equivalent (2.3 g = 65 mmol = 1.5 g of
     * sodium, sheet 1.3 and 1.4), salt lost and eaten together.
     */
    public record ActivityAllowance(List<Mineral> minerals, SourcedValue minutesPerDay, SourceRef principle) {
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
