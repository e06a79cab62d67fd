package org.replenish.reference;

import static org.replenish.reference.ReferenceDataLoader.require;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.replenish.codes.SafetyFlagCode;
import org.replenish.units.Mineral;
import org.replenish.vocabulary.RiskFactor;
import org.replenish.vocabulary.Sport;

/** Checks the sweat defaults, deficit thresholds, risk factors and safety rules for completeness and order. */
final class GuidanceDataCheck {

    private GuidanceDataCheck() {
    }

    static void checkSweat(String file, SweatDefaults sweat, SourceCheck sources) {
        // Only the sports with an athletes' mean are here; workout-sweat.json maps every activity to one of them or to
        // the lower default. OTHER (an activity not listed) has none.
        requireAll(file, "sweatRateBySport", sweat.sweatRateBySport(), Sport.ENDURANCE, Sport.SOCCER,
                Sport.BASKETBALL, Sport.AMERICAN_FOOTBALL, Sport.BASEBALL);
        require(!sweat.sweatRateBySport().containsKey(Sport.OTHER), file, "sweatRateBySport.OTHER",
                "must be absent: an activity not listed takes lowerDefaultLitresPerHour");
        checkRange(file, "lowerDefaultLitresPerHour", sweat.lowerDefaultLitresPerHour(), sources);
        checkValue(file, "lowerDefaultFromAgeYears", sweat.lowerDefaultFromAgeYears(), sources);
        require(sweat.childSweat() != null, file, "childSweat", "missing");
        checkValue(file, "childSweat.belowAgeYears", sweat.childSweat().belowAgeYears(), sources);
        checkValue(file, "childSweat.drinkingCeilingMillilitresPerHour",
                sweat.childSweat().drinkingCeilingMillilitresPerHour(), sources);
        sweat.sweatRateBySport().forEach((sport, rate) -> {
            require(rate.litresPerHour() > rate.standardDeviation() && rate.standardDeviation() > 0, file,
                    "sweatRateBySport." + sport, "needs 0 < standardDeviation < litresPerHour");
            sources.require(file, "sweatRateBySport." + sport, rate.sourceId(), rate.tag());
        });
        checkValue(file, "measuredSweatRateUncertaintyLitresPerHour", sweat.measuredSweatRateUncertaintyLitresPerHour(), sources);
        checkValue(file, "maximumSweatRateLitresPerHour", sweat.maximumSweatRateLitresPerHour(), sources);
        checkValue(file, "measuredSodiumUncertaintyMmolPerLitre", sweat.measuredSodiumUncertaintyMmolPerLitre(), sources);
        RegionalSodiumRegression regression = sweat.regionalSodiumToWholeBody();
        require(regression != null && regression.slope() > 0 && regression.slope() <= 1, file,
                "regionalSodiumToWholeBody", "needs a slope above 0 and at most 1");
        sources.require(file, "regionalSodiumToWholeBody", regression.sourceId(), regression.tag());
        checkValue(file, "convertedSodiumUncertaintyMmolPerLitre", sweat.convertedSodiumUncertaintyMmolPerLitre(),
                sources);
        checkValue(file, "chlorideToSodiumRatio", sweat.chlorideToSodiumRatio(), sources);
        checkValue(file, "maximumSweatSodiumMmolPerLitre", sweat.maximumSweatSodiumMmolPerLitre(), sources);
        require(sweat.youthSweat() != null, file, "youthSweat", "missing");
        checkValue(file, "youthSweat.belowAgeYears", sweat.youthSweat().belowAgeYears(), sources);
        checkValue(file, "youthSweat.lowEndFactor", sweat.youthSweat().lowEndFactor(), sources);
        require(sweat.youthSweat().lowEndFactor().value() <= 1, file, "youthSweat.lowEndFactor", "must be at most 1");
        requireAll(file, "concentrations", sweat.concentrations(), Mineral.MODELLED.toArray(Mineral[]::new));
        sweat.concentrations().forEach((mineral, range) -> checkRange(file, "concentrations." + mineral, range, sources));
        requireAll(file, "sodiumProfiles", sweat.sodiumProfiles(), SweatSodiumProfile.values());
        SourcedRange chloride = sweat.concentrations().get(Mineral.CHLORIDE);
        sweat.sodiumProfiles().forEach((profile, value) -> {
            checkRange(file, "sodiumProfiles." + profile + ".sodium", value.sodium(), sources);
            require(value.chlorideExpected() >= chloride.low() && value.chlorideExpected() <= chloride.high(), file,
                    "sodiumProfiles." + profile + ".chlorideExpected", "must lie within the chloride band");
        });
    }

    static void checkDeficit(String file, DeficitSettings deficit, SourceCheck sources) {
        DeficitSettings.StatusSources statuses = deficit.statusSources();
        require(statuses != null && statuses.dietJudgement() != null && statuses.sweatToReplace() != null
                && statuses.targetSetWithClinician() != null && statuses.urgentCare() != null, file, "statusSources",
                "missing");
        sources.require(file, "statusSources.dietJudgement", statuses.dietJudgement().sourceId(),
                statuses.dietJudgement().tag());
        sources.require(file, "statusSources.sweatToReplace", statuses.sweatToReplace().sourceId(),
                statuses.sweatToReplace().tag());
        sources.require(file, "statusSources.targetSetWithClinician", statuses.targetSetWithClinician().sourceId(),
                statuses.targetSetWithClinician().tag());
        sources.require(file, "statusSources.urgentCare", statuses.urgentCare().sourceId(), statuses.urgentCare().tag());
        DeficitSettings.ActivityAllowance allowance = deficit.activityInAdequateIntake();
        require(allowance != null, file, "activityInAdequateIntake", "missing");
        require(allowance.minerals() != null && !allowance.minerals().isEmpty(), file,
                "activityInAdequateIntake.minerals", "missing");
        checkValue(file, "activityInAdequateIntake.minutesPerDay", allowance.minutesPerDay(), sources);
        require(allowance.minutesPerDay().value() >= 0, file, "activityInAdequateIntake.minutesPerDay",
                "must not be negative");
        require(allowance.principle() != null, file, "activityInAdequateIntake.principle", "missing");
        sources.require(file, "activityInAdequateIntake.principle", allowance.principle().sourceId(),
                allowance.principle().tag());
        require(deficit.fluid() != null, file, "fluid", "missing");
        checkValue(file, "fluid.dehydrationPercent", deficit.fluid().dehydrationPercent(), sources);
        checkValue(file, "fluid.longSessionMinutes", deficit.fluid().longSessionMinutes(), sources);
        checkValue(file, "fluid.maximumBodyMassLossPercent", deficit.fluid().maximumBodyMassLossPercent(), sources);
        checkValue(file, "fluid.severeBodyMassLossPercent", deficit.fluid().severeBodyMassLossPercent(), sources);
        checkValue(file, "fluid.lifeThreateningBodyMassLossPercent",
                deficit.fluid().lifeThreateningBodyMassLossPercent(), sources);
        require(deficit.fluid().severeBodyMassLossPercent().value() < deficit.fluid().lifeThreateningBodyMassLossPercent()
                .value(), file, "fluid", "needs severeBodyMassLossPercent < lifeThreateningBodyMassLossPercent");
        checkValue(file, "fluid.massMaintainedPercent", deficit.fluid().massMaintainedPercent(), sources);
        checkValue(file, "fluid.bodyMassMethodCorrectionFromMinutes",
                deficit.fluid().bodyMassMethodCorrectionFromMinutes(), sources);
        DeficitSettings.SweatingWithoutReplenishingRule rule = deficit.sweatingWithoutReplenishing();
        require(rule != null && rule.minimumSweatLitres() > 0 && rule.maximumSodiumReplacedShare() > 0, file,
                "sweatingWithoutReplenishing", "needs positive thresholds");
        sources.require(file, "sweatingWithoutReplenishing", rule.sourceId(), rule.tag());
        DeficitSettings.InputLimits limits = deficit.limits();
        require(limits != null && limits.maximumDailyMineralMg() > 0 && limits.maximumFluidPerSessionLitres() > 0
                        && 0 < limits.minimumBodyMassKg() && limits.minimumBodyMassKg() < limits.maximumBodyMassKg(),
                file, "limits", "needs positive limits and minimumBodyMassKg < maximumBodyMassKg");
        sources.require(file, "limits", limits.sourceId(), limits.tag());
        require(limits.maximumSessionMinutesPerDay() > 0, file, "limits", "needs a positive maximumSessionMinutesPerDay");
        checkValue(file, "limits.maximumSweatLitresPerDay", limits.maximumSweatLitresPerDay(), sources);
    }

    static void checkRiskFactors(String file, RiskFactorTable table, SourceCheck sources) {
        RiskFactorTable.LevelRule rule = table.levelRule();
        require(rule != null && 0 < rule.elevatedFromWeight() && rule.elevatedFromWeight() < rule.highFromWeight(),
                file, "levelRule", "needs 0 < elevatedFromWeight < highFromWeight");
        sources.require(file, "levelRule", rule.sourceId(), rule.tag());
        require(table.lifeStageGates() != null, file, "lifeStageGates", "missing");
        checkValue(file, "lifeStageGates.olderAdultFromAgeYears", table.lifeStageGates().olderAdultFromAgeYears(), sources);
        checkValue(file, "lifeStageGates.childBelowAgeYears", table.lifeStageGates().childBelowAgeYears(), sources);
        checkValue(file, "lifeStageGates.infantBelowAgeYears", table.lifeStageGates().infantBelowAgeYears(), sources);
        require(table.symptomNotes() != null && table.symptomNotes().cramps() != null
                && table.symptomNotes().notElectrolyteSigns() != null, file, "symptomNotes", "missing");
        for (RiskFactorTable.SymptomNote note : List.of(table.symptomNotes().cramps(),
                table.symptomNotes().notElectrolyteSigns())) {
            require(nonEmpty(note.symptoms()) && nonEmpty(note.sourceIds()), file, "symptomNotes",
                    "each note needs symptoms and sourceIds");
            note.sourceIds().forEach(id -> sources.require(file, "symptomNotes", id, note.tag()));
        }
        requireAll(file, "factors", table.factors(), RiskFactor.values());
        table.factors().forEach((code, info) -> {
            String entry = "factors." + code;
            require(info.minerals() != null && !info.minerals().isEmpty() && info.deficiencyWeight() >= 0
                    && info.explanation() != null, file, entry, "needs minerals, a weight of 0 or more and an explanation");
            sources.require(file, entry, info.sourceId(), info.tag());
            require(info.weightReason() != null, file, entry, "needs a weightReason");
            sources.require(file, entry + ".weight", info.weightSourceId(), info.weightTag());
        });
    }

    static void checkSafetyRules(String file, List<SafetyRule> rules, SourceCheck sources) {
        Set<SafetyFlagCode> codes = EnumSet.noneOf(SafetyFlagCode.class);
        for (SafetyRule rule : rules) {
            String entry = String.valueOf(rule.code());
            require(rule.code() != null && codes.add(rule.code()), file, entry, "missing or duplicate code");
            require(rule.severity() != null && rule.message() != null && rule.minerals() != null, file, entry,
                    "needs severity, minerals and message");
            boolean hasTrigger = nonEmpty(rule.anyRiskFactor()) || nonEmpty(rule.anySymptom()) || rule.condition() != null
                    || nonEmpty(rule.anyCondition());
            require(hasTrigger, file, entry, "needs anyRiskFactor, anySymptom, condition or anyCondition");
            require(nonEmpty(rule.sourceIds()), file, entry, "needs sourceIds");
            // Only rules of a mineral's gate decide for it; an URGENT rule decides for the whole request.
            require(rule.decides() == null || rule.decides().decidesForMinerals(), file, entry,
                    "decides names a per-mineral decision (not ARITHMETIC or URGENT_CARE)");
            rule.sourceIds().forEach(id -> sources.require(file, entry, id, rule.tag()));
        }
        // The enum is the catalogue of flag codes: a code without a rule would be listed but never sent.
        require(codes.size() == SafetyFlagCode.values().length, file, "codes", "needs one rule per SafetyFlagCode");
    }

    private static boolean nonEmpty(List<?> list) {
        return list != null && !list.isEmpty();
    }

    private static void checkRange(String file, String entry, SourcedRange range, SourceCheck sources) {
        require(range != null && 0 < range.low() && range.low() <= range.expected() && range.expected() <= range.high(),
                file, entry, "needs 0 < low <= expected <= high");
        sources.require(file, entry, range.sourceId(), range.tag());
        if (range.lowSourceId() != null || range.lowTag() != null) {
            sources.require(file, entry + ".low", range.lowSourceId(), range.lowTag());
        }
        if (range.highSourceId() != null || range.highTag() != null) {
            sources.require(file, entry + ".high", range.highSourceId(), range.highTag());
        }
    }

    private static void checkValue(String file, String entry, SourcedValue value, SourceCheck sources) {
        require(value != null && value.value() > 0, file, entry, "needs a positive value");
        sources.require(file, entry, value.sourceId(), value.tag());
    }

    @SafeVarargs
    private static <K> void requireAll(String file, String entry, Map<K, ?> map, K... keys) {
        require(map != null, file, entry, "missing");
        for (K key : keys) {
            require(map.containsKey(key), file, entry + "." + key, "missing");
        }
    }
}
