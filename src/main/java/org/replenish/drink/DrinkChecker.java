package org.replenish.drink;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.replenish.codes.AssumptionCode;
import org.replenish.codes.Term;
import org.replenish.codes.Texts;
import org.replenish.reference.Assumptions;
import org.replenish.reference.ReferenceData;
import org.replenish.reference.PolicyDecision;
import org.replenish.safety.SafetyDecision;
import org.replenish.safety.SafetyPolicy;
import org.replenish.safety.SafetyRequest;
import org.replenish.safety.SymptomNotes;
import org.replenish.sweat.SessionAssumptions;
import org.replenish.sweat.SessionLoss;
import org.replenish.sweat.SweatLossModel;
import org.replenish.targets.SelectedTargets;
import org.replenish.targets.TargetSelector;
import org.replenish.units.AmountUnit;
import org.replenish.units.Mineral;
import org.replenish.units.MineralConverter;
import org.replenish.units.Quotients;
import org.replenish.units.Volume;
import org.replenish.vocabulary.Basis;

/**
 * Checks a drink label against targets, a session's sweat losses and the composition guidance. The safety policy
 * decides first and the upper limit next: a verdict or figure they withhold is absent. Pure.
 */
@Singleton
public final class DrinkChecker {

    private final ReferenceData data;
    private final DrinkGuidance guidance;
    private final MineralConverter converter;
    private final TargetSelector targets;
    private final SafetyPolicy safety;
    private final DrinkWarnings warnings;
    private final TargetVerdicts verdicts;
    private final SweatReplacement replacement;
    private final LabelReader labels;
    private final EuLabelRules eu;
    private final CesCheck ces;
    private final SweatLossModel sweat;
    private final CompositionAssessor composition;
    private final TonicityEstimator tonicity;
    private final SummaryWriter summaries;
    private final SymptomNotes symptomNotes;

    public DrinkChecker(ReferenceData data, DrinkReference reference, MineralConverter converter,
                        TargetSelector targets, SafetyPolicy safety, SweatLossModel sweat, SymptomNotes symptomNotes) {
        this.data = data;
        this.guidance = reference.guidance();
        this.converter = converter;
        this.targets = targets;
        this.safety = safety;
        this.warnings = new DrinkWarnings(data, guidance, converter);
        this.verdicts = new TargetVerdicts(guidance, converter);
        this.replacement = new SweatReplacement(guidance);
        this.labels = new LabelReader(converter, guidance.euLabels());
        this.eu = new EuLabelRules(guidance.euLabels());
        this.ces = new CesCheck(guidance.euLabels().carbohydrateElectrolyteSolution(), converter);
        this.sweat = sweat;
        this.composition = new CompositionAssessor(guidance, converter);
        this.tonicity = new TonicityEstimator(guidance.tonicity(), guidance.carbohydrateMixtures(), converter);
        this.summaries = new SummaryWriter(guidance);
        this.symptomNotes = symptomNotes;
    }

    /** The check with its messages in English. */
    public DrinkAdequacyCheck check(DrinkCheckRequest request) {
        return check(request, Texts.ENGLISH);
    }

    /** The check with its messages in the language of texts. */
    public DrinkAdequacyCheck check(DrinkCheckRequest request, Texts texts) {
        DrinkFacts facts = labels.read(request);
        SelectedTargets dailyValues = targets.labelDailyValues();
        Basis basis = request.person() == null ? Basis.FDA_DAILY_VALUE : request.personBasis();
        SelectedTargets personTargets = request.person() == null ? null
                : targets.select(request.person(), basis);
        SessionLoss loss = request.session() == null ? null
                : sweat.estimate(request.session(), request.sweatPerson());
        SelectedTargets targetsUsed = personTargets != null ? personTargets : dailyValues;
        MagnesiumLimit magnesiumLimit = new MagnesiumLimit(targetsUsed.of(Mineral.MAGNESIUM).upperLimit(),
                request.drink().magnesiumSource());
        DrinkingLimit drinking = DrinkingLimit.of(loss, data.sweat().childSweat());
        SafetyDecision decision = safety.decide(new SafetyRequest(request.person(), request.riskFactorsOrEmpty(),
                request.symptomsOrEmpty(), loss == null ? List.of() : List.of(loss),
                DrinkConditions.of(facts, drinking, magnesiumLimit)), texts);
        // Replacement is held against an estimated loss only: a child's session without a measurement has none.
        SessionLoss estimated = loss != null && loss.estimated() ? loss : null;
        Assumptions assumptions = new Assumptions();

        double countedMl = SweatReplacement.countedMillilitres(facts, loss);
        List<MineralSupply> minerals = new ArrayList<>();
        for (Mineral mineral : Mineral.MODELLED) {
            minerals.add(supply(mineral, facts, countedMl, dailyValues.of(mineral).amount().mg(),
                    targetsUsed.of(mineral).amount().mg(), personTargets != null, estimated, decision.of(mineral),
                    mineral == Mineral.MAGNESIUM ? magnesiumLimit : null));
        }
        Composition drinkComposition = composition.assess(facts, texts);
        Tonicity drinkTonicity = tonicity.assess(facts);
        addAssumptions(request, facts, personTargets, loss, assumptions);
        boolean sodiumWithheld = decision.of(Mineral.SODIUM).withholdsTargetArithmetic();
        Verdict potassium = verdicts.verdict(Mineral.POTASSIUM, facts, countedMl, targetsUsed.of(Mineral.POTASSIUM),
                decision.of(Mineral.POTASSIUM), null, texts);
        Verdict magnesium = verdicts.verdict(Mineral.MAGNESIUM, facts, countedMl, targetsUsed.of(Mineral.MAGNESIUM),
                decision.of(Mineral.MAGNESIUM), magnesiumLimit, texts);
        DrinkSummary summary = summaries.write(potassium, magnesium, minerals, loss != null, drinkComposition,
                request.riskFactors() == null, facts.onLabel(Mineral.POTASSIUM) ? converter.fromMilligrams(
                        Mineral.POTASSIUM, facts.mgPerLitre().get(Mineral.POTASSIUM), AmountUnit.MMOL) : null, texts);
        return new DrinkAdequacyCheck(request.drink().name(), basis, decision.result(), summary,
                new Volume(facts.consumedMl()), minerals, reported(Mineral.PHOSPHORUS, facts), potassium, magnesium,
                replacement.sodium(facts, countedMl, sodiumWithheld ? null : estimated, drinkComposition, texts),
                eu.sodiumClaim(facts.mgPerLitre().get(Mineral.SODIUM)), ces.check(facts, drinkTonicity),
                drinkComposition, drinkTonicity,
                warnings.of(facts, drinking, decision.of(Mineral.POTASSIUM).withholdsSupplementCounts(), magnesiumLimit,
                        texts),
                decision.flags(), symptomNotes.of(request.symptomsOrEmpty(), texts), assumptions.list(texts),
                data.version(), texts.disclaimer(data.disclaimer()));
    }

    /**
     * What the drink supplies of a mineral. The policy's decision withholds the person's target share and the sweat
     * replacement (target arithmetic) and the volume to meet the target (any decision); limit is the magnesium upper
     * limit, null for other minerals.
     */
    private MineralSupply supply(Mineral mineral, DrinkFacts facts, double countedMl, double dailyValueMg,
                                 double targetMg, boolean hasPerson, SessionLoss loss, PolicyDecision policy,
                                 MagnesiumLimit limit) {
        if (!facts.onLabel(mineral)) {
            return new MineralSupply(mineral, false, null, null, null, null, null, null, null, null, SourceClaim.NONE,
                    null, null, null, null, null);
        }
        double perServing = facts.perServingMg(mineral);
        double consumed = facts.consumedMg(mineral);
        double perLitre = facts.mgPerLitre().get(mineral);
        double counted = facts.mgIn(mineral, countedMl);
        double percentDv = perServing / dailyValueMg * 100.0;
        // Claims are per reference amount customarily consumed (21 CFR 101.12), not per label serving.
        double referencePercentDv = facts.mgIn(mineral, guidance.referenceAmount().millilitres()) / dailyValueMg * 100.0;
        TargetReach reach = reach(targetMg, perLitre, policy, limit);
        Volume toMeetTarget = reach == TargetReach.WITHIN_DAILY_FLUID ? new Volume(Quotients.of(targetMg, perLitre) * 1000.0) : null;
        boolean arithmetic = !policy.withholdsTargetArithmetic();
        boolean replaced = arithmetic && loss != null;
        return new MineralSupply(mineral, true, converter.amount(mineral, perServing), converter.amount(mineral, consumed),
                converter.concentration(mineral, perLitre), percentDv, referencePercentDv,
                hasPerson && arithmetic ? consumed / targetMg * 100.0 : null,
                replaced ? SweatReplacement.percent(counted, loss.lossMg().get(mineral)) : null,
                replaced ? replacement.verdict(counted, loss.lossMg().get(mineral)) : null, claim(referencePercentDv),
                eu.percentPer100mL(mineral, perLitre), eu.percentPerServing(mineral, perServing),
                eu.claim(mineral, perLitre), toMeetTarget, reach);
    }

    /** A mineral the check reports without judging: its amounts, and nothing held against a target or a loss. */
    private ReportedSupply reported(Mineral mineral, DrinkFacts facts) {
        if (!facts.onLabel(mineral)) {
            return new ReportedSupply(false, null, null, null, null, null, null);
        }
        double perLitre = facts.mgPerLitre().get(mineral);
        return new ReportedSupply(true, converter.amount(mineral, facts.perServingMg(mineral)),
                converter.amount(mineral, facts.consumedMg(mineral)), converter.elementalConcentration(mineral, perLitre),
                eu.percentPer100mL(mineral, perLitre), eu.percentPerServing(mineral, facts.perServingMg(mineral)),
                eu.claim(mineral, perLitre));
    }

    /**
     * A volume beyond a plausible day's fluid is no way to reach a target: the drink cannot supply it. Nor is one
     * whose added magnesium would pass the upper limit first (a target above the limit, as adult men's 420 mg RDA is
     * above the 350 mg UL).
     */
    private TargetReach reach(double targetMg, double mgPerLitre, PolicyDecision policy, MagnesiumLimit limit) {
        if (policy.withholdsSupplementCounts()) {
            return TargetReach.WITHHELD_FOR_SAFETY;
        }
        if (limit != null && limit.exceededBy(targetMg)) {
            return TargetReach.ABOVE_UPPER_LIMIT;
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
            assumptions.add(AssumptionCode.ONE_SERVING_CONSUMED);
        }
        if (personTargets == null) {
            assumptions.add(AssumptionCode.DAILY_VALUE_TARGETS);
        } else if (!personTargets.notes().isEmpty()) {
            assumptions.add(AssumptionCode.TARGET_FROM_FALLBACK_BASIS, "notes", personTargets.notes());
        }
        if (facts.labelOsmolality() == null) {
            assumptions.add(AssumptionCode.OSMOLALITY_ESTIMATED);
            if (facts.carbohydrateGramsPerLitre() == null) {
                assumptions.add(AssumptionCode.CARBOHYDRATE_NOT_ON_LABEL);
            } else if (facts.carbohydrateType() == CarbohydrateType.UNKNOWN) {
                assumptions.add(AssumptionCode.CARBOHYDRATE_TYPE_UNKNOWN);
            } else if (facts.carbohydrateType() == CarbohydrateType.SUCROSE_AND_GLUCOSE
                    || facts.carbohydrateType() == CarbohydrateType.GLUCOSE_FRUCTOSE_SYRUP) {
                assumptions.add(AssumptionCode.CARBOHYDRATE_MIXTURE, "reason", new Term(
                        "DrinkGuidance.carbohydrateMixtures.reason", "carbohydrateMixtures",
                        guidance.carbohydrateMixtures().reason()));
            }
        }
        if (request.session() == null) {
            assumptions.add(AssumptionCode.FLUID_BALANCE_NOT_CHECKED);
        } else {
            assumptions.add(AssumptionCode.SESSION_SWEAT_MODEL);
            SessionAssumptions.add(assumptions, List.of(loss), data, sweat.workoutData());
            if (loss.youthBandWidened()) {
                data.sweat().youthSweat().addAssumption(assumptions);
            }
        }
        // Phosphorus is reported, not modelled: a label without it lacks nothing the checks use.
        if (!Mineral.MODELLED.stream().allMatch(facts::onLabel)) {
            assumptions.add(AssumptionCode.MINERALS_NOT_ON_LABEL);
        }
    }
}
