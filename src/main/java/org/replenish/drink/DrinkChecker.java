package org.replenish.drink;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.replenish.reference.Assumptions;
import org.replenish.reference.DrinkGuidance;
import org.replenish.reference.ReferenceData;
import org.replenish.safety.SafetyEvaluator;
import org.replenish.safety.SafetyFacts;
import org.replenish.safety.SafetyFlag;
import org.replenish.sweat.SessionChecks;
import org.replenish.sweat.SessionLoss;
import org.replenish.sweat.SweatLossModel;
import org.replenish.targets.SelectedTargets;
import org.replenish.targets.TargetSelector;
import org.replenish.units.Mineral;
import org.replenish.units.MineralConverter;
import org.replenish.units.Quotients;
import org.replenish.units.Volume;
import org.replenish.validation.Violations;
import org.replenish.vocabulary.Basis;

/** Checks a drink label against targets, a session's sweat losses and the composition guidance. Pure. */
@Singleton
public final class DrinkChecker {

    private final ReferenceData data;
    private final DrinkGuidance guidance;
    private final MineralConverter converter;
    private final TargetSelector targets;
    private final SafetyEvaluator safety;
    private final DrinkWarnings warnings;
    private final TargetVerdicts verdicts;
    private final SweatReplacement replacement;
    private final LabelReader labels;
    private final SessionChecks sessionChecks;
    private final SweatLossModel sweat;
    private final CompositionAssessor composition;
    private final TonicityEstimator tonicity;

    public DrinkChecker(ReferenceData data, MineralConverter converter, TargetSelector targets, SafetyEvaluator safety,
                        SweatLossModel sweat, SessionChecks sessionChecks) {
        this.data = data;
        this.guidance = data.drink();
        this.converter = converter;
        this.targets = targets;
        this.safety = safety;
        this.warnings = new DrinkWarnings(guidance, converter);
        this.verdicts = new TargetVerdicts(guidance, converter);
        this.replacement = new SweatReplacement(guidance);
        this.labels = new LabelReader(guidance, converter);
        this.sessionChecks = sessionChecks;
        this.sweat = sweat;
        this.composition = new CompositionAssessor(guidance, converter);
        this.tonicity = new TonicityEstimator(guidance.tonicity(), guidance.carbohydrateMixtures(), converter);
    }

    public DrinkAdequacyCheck check(DrinkCheckRequest request) {
        Violations violations = new Violations();
        DrinkFacts facts = labels.read(request, violations);
        if (request.session() != null) {
            sessionChecks.check(request.session(), "session.", violations);
        }
        if (request.person() != null && request.person().bodyMass() != null) {
            sessionChecks.checkMass(request.person().bodyMass(), "person.bodyMass.value", violations);
        }
        violations.require(request.person() != null || request.basis() == null
                        || request.basis() == Basis.FDA_DAILY_VALUE, "basis",
                "needs a person; without one the targets are the FDA Daily Values");
        violations.throwIfAny();
        List<SafetyFlag> flags = safety.evaluate(request.person(),
                SafetyFacts.ofRiskFactors(new LinkedHashSet<>(request.riskFactorsOrEmpty())));

        SelectedTargets dailyValues = targets.labelDailyValues();
        Basis basis = request.person() == null ? Basis.FDA_DAILY_VALUE
                : request.basis() == null ? Basis.NASEM_DRI : request.basis();
        SelectedTargets personTargets = request.person() == null ? null
                : targets.select(request.person(), basis, "person.");
        SessionLoss loss = request.session() == null ? null
                : sweat.estimate(request.session(), request.person() == null ? null : request.person().ageYears());
        Assumptions assumptions = new Assumptions();

        double countedMl = SweatReplacement.countedMillilitres(facts, loss);
        SelectedTargets targetsUsed = personTargets != null ? personTargets : dailyValues;
        List<MineralSupply> minerals = new ArrayList<>();
        for (Mineral mineral : Mineral.values()) {
            minerals.add(supply(mineral, facts, countedMl, dailyValues.of(mineral).amount().mg(),
                    targetsUsed.of(mineral).amount().mg(), personTargets != null, loss, gated(flags, mineral)));
        }
        Composition drinkComposition = composition.assess(facts);
        addAssumptions(request, facts, personTargets, loss, assumptions);
        return new DrinkAdequacyCheck(request.drink().name(), basis, new Volume(facts.consumedMl()), minerals,
                verdicts.verdict(Mineral.POTASSIUM, facts, countedMl, targetsUsed.of(Mineral.POTASSIUM),
                        gated(flags, Mineral.POTASSIUM)),
                verdicts.verdict(Mineral.MAGNESIUM, facts, countedMl, targetsUsed.of(Mineral.MAGNESIUM),
                        gated(flags, Mineral.MAGNESIUM)),
                replacement.sodium(facts, countedMl, loss, drinkComposition), drinkComposition, tonicity.assess(facts),
                warnings.of(facts, loss, gated(flags, Mineral.POTASSIUM), targetsUsed.of(Mineral.MAGNESIUM).upperLimit()),
                flags, assumptions.list(), data.version(),
                data.disclaimer());
    }

    private static boolean gated(List<SafetyFlag> flags, Mineral mineral) {
        return flags.stream().anyMatch(flag -> flag.gatesSupplementsFor().contains(mineral));
    }

    private MineralSupply supply(Mineral mineral, DrinkFacts facts, double countedMl, double dailyValueMg,
                                 double targetMg, boolean hasPerson, SessionLoss loss, boolean gated) {
        if (!facts.onLabel(mineral)) {
            return new MineralSupply(mineral, false, null, null, null, null, null, null, null, null, SourceClaim.NONE,
                    null, null);
        }
        double perServing = facts.perServingMg(mineral);
        double consumed = facts.consumedMg(mineral);
        double perLitre = facts.mgPerLitre().get(mineral);
        double counted = facts.mgIn(mineral, countedMl);
        double percentDv = perServing / dailyValueMg * 100.0;
        // Claims are per reference amount customarily consumed (21 CFR 101.12), not per label serving.
        double referencePercentDv = facts.mgIn(mineral, guidance.referenceAmount().millilitres()) / dailyValueMg * 100.0;
        TargetReach reach = reach(targetMg, perLitre, gated);
        Volume toMeetTarget = reach == TargetReach.WITHIN_DAILY_FLUID ? new Volume(Quotients.of(targetMg, perLitre) * 1000.0) : null;
        return new MineralSupply(mineral, true, converter.amount(mineral, perServing), converter.amount(mineral, consumed),
                converter.concentration(mineral, perLitre), percentDv, referencePercentDv, hasPerson ? consumed / targetMg * 100.0 : null,
                loss == null ? null : SweatReplacement.percent(counted, loss.lossMg().get(mineral)),
                loss == null ? null : replacement.verdict(counted, loss.lossMg().get(mineral)), claim(referencePercentDv),
                toMeetTarget, reach);
    }

    /** A volume beyond a plausible day's fluid is no way to reach a target: the drink cannot supply it. */
    private TargetReach reach(double targetMg, double mgPerLitre, boolean gated) {
        if (gated) {
            return TargetReach.WITHHELD_FOR_SAFETY;
        }
        double maximumMl = guidance.dailyFluid().plausibleMaximumMillilitres();
        return mgPerLitre > 0 && Quotients.of(targetMg, mgPerLitre) * 1000.0 <= maximumMl
                ? TargetReach.WITHIN_DAILY_FLUID : TargetReach.BEYOND_DAILY_FLUID;
    }

    SourceClaim claim(double percentDailyValue) {
        DrinkGuidance.ClaimThresholds claims = guidance.claimThresholds();
        if (percentDailyValue >= claims.highFromPercentDailyValue()) {
            return SourceClaim.HIGH;
        }
        return percentDailyValue >= claims.goodFromPercentDailyValue() ? SourceClaim.GOOD : SourceClaim.NONE;
    }

    private void addAssumptions(DrinkCheckRequest request, DrinkFacts facts, SelectedTargets personTargets,
                                SessionLoss loss, Assumptions assumptions) {
        if (request.consumed() == null && request.servings() == null) {
            assumptions.add("ONE_SERVING_CONSUMED", "No volume or servings drunk were given: one serving is assumed.");
        }
        if (personTargets == null) {
            assumptions.add("DAILY_VALUE_TARGETS", "No person was given: targets are the FDA label Daily Values for "
                    + "adults and children 4 years and over.");
        } else {
            personTargets.notes().forEach(note -> assumptions.add("TARGET_FROM_FALLBACK_BASIS", note));
        }
        if (facts.labelOsmolality() == null) {
            assumptions.add("OSMOLALITY_ESTIMATED", "Osmolality is estimated from the label as the sum of dissolved "
                    + "particles; unlisted anions are counted as citrate (low) to monovalent (high). Ideal osmolarity "
                    + "overstates measured osmolality of salt solutions by roughly 5-10 %.");
            if (facts.carbohydrateGramsPerLitre() == null) {
                assumptions.add("CARBOHYDRATE_NOT_ON_LABEL", "No carbohydrate was given: sugars add nothing to the "
                        + "osmolality estimate and the carbohydrate check is left out.");
            } else if (facts.carbohydrateType() == CarbohydrateType.UNKNOWN) {
                assumptions.add("CARBOHYDRATE_TYPE_UNKNOWN", "The carbohydrate type is unknown: the osmolality band "
                        + "spans all sucrose (low) to all glucose or fructose (high).");
            } else if (facts.carbohydrateType() == CarbohydrateType.SUCROSE_AND_GLUCOSE
                    || facts.carbohydrateType() == CarbohydrateType.GLUCOSE_FRUCTOSE_SYRUP) {
                assumptions.add("CARBOHYDRATE_MIXTURE", guidance.carbohydrateMixtures().reason());
            }
        }
        if (request.session() == null) {
            assumptions.add("FLUID_BALANCE_NOT_CHECKED", "No session was given, so the volume drunk is not held "
                    + "against sweat loss, and Replenish's sources give no hourly drinking ceiling to check it against. "
                    + "Drinking more than is sweated can dilute blood sodium (exercise-associated hyponatremia).");
        } else {
            assumptions.add("SESSION_SWEAT_MODEL", "The session's sweat losses use the deficit-estimate model "
                    + "(measured or population sweat rate and composition; see POST /v1/deficit-estimates).");
            if (loss.youthBandWidened()) {
                assumptions.add("YOUTH_SWEAT_BAND_WIDENED", "The session: " + data.sweat().youthSweat().explanation());
            }
        }
        Map<Mineral, Double> stated = facts.mgPerLitre();
        if (stated.size() < Mineral.values().length) {
            assumptions.add("MINERALS_NOT_ON_LABEL", "Minerals the label does not state are reported as not on "
                    + "the label, not as zero.");
        }
    }
}
