package org.replenish.deficit;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;
import org.replenish.codes.AssumptionCode;
import org.replenish.codes.SessionNumbers;
import org.replenish.codes.CodedText;
import org.replenish.codes.Texts;
import org.replenish.reference.Assumptions;
import org.replenish.reference.DeficitSettings;
import org.replenish.reference.ReferenceData;
import org.replenish.reference.PolicyDecision;
import org.replenish.reference.SafetyCondition;
import org.replenish.reference.SourcedValue;
import org.replenish.safety.FactorOrigin;
import org.replenish.safety.RiskAssessment;
import org.replenish.safety.RiskAssessor;
import org.replenish.safety.SafetyDecision;
import org.replenish.safety.SafetyPolicy;
import org.replenish.safety.SafetyRequest;
import org.replenish.safety.SymptomNotes;
import org.replenish.sweat.ExerciseSession;
import org.replenish.sweat.SweatPerson;
import org.replenish.sweat.WorkoutModelSummary;
import org.replenish.sweat.SessionAssumptions;
import org.replenish.sweat.SessionLoss;
import org.replenish.sweat.SweatLossModel;
import org.replenish.sweat.SweatRateSource;
import org.replenish.sweat.SweatSodiumSource;
import org.replenish.targets.MineralTarget;
import org.replenish.targets.SelectedTargets;
import org.replenish.targets.TargetSelector;
import org.replenish.units.Amount;
import org.replenish.units.AmountInput;
import org.replenish.units.AmountRange;
import org.replenish.units.Band;
import org.replenish.units.Mineral;
import org.replenish.units.MineralAmounts;
import org.replenish.units.MineralConverter;
import org.replenish.units.Numbers;
import org.replenish.units.VolumeRange;
import org.replenish.vocabulary.Basis;
import org.replenish.vocabulary.RiskFactor;

/**
 * Estimates a day's electrolyte deficits. With known intake the deficit is a balance, target + unreplaced sweat loss -
 * intake, never below 0, point by point; with unknown intake it is the unreplaced sweat loss, labelled as such. The
 * diet gap and the sweat loss stay separate components. The safety policy decides first: a figure its decision
 * withholds is absent. Pure: no framework types.
 */
@Singleton
public final class DeficitEstimator {

    private final ReferenceData data;
    private final MineralConverter converter;
    private final TargetSelector targets;
    private final SweatLossModel sweat;
    private final RiskAssessor riskAssessor;
    private final SafetyPolicy safety;
    private final PolicyStatus policyStatus;
    private final DietRule dietRule;
    private final SweatRule sweatRule;
    private final SymptomNotes symptomNotes;
    private final Map<Mineral, List<Object>> concentrationParameters;

    public DeficitEstimator(ReferenceData data, MineralConverter converter, TargetSelector targets,
                            SafetyPolicy safety, SweatLossModel sweat, SymptomNotes symptomNotes) {
        this.data = data;
        this.converter = converter;
        this.targets = targets;
        this.sweat = sweat;
        this.riskAssessor = new RiskAssessor(data.riskFactors());
        this.safety = safety;
        this.policyStatus = new PolicyStatus(data.deficit(), data.riskFactors());
        this.dietRule = new DietRule(data.deficit());
        this.sweatRule = new SweatRule(data.deficit());
        this.symptomNotes = symptomNotes;
        this.concentrationParameters = concentrationParameters(data);
    }

    /** The estimate with its messages in English. */
    public DeficitEstimate estimate(DeficitEstimateRequest request) {
        return estimate(request, Texts.ENGLISH);
    }

    /** The estimate with its messages in the language of texts. */
    public DeficitEstimate estimate(DeficitEstimateRequest request, Texts texts) {
        Basis basis = request.personBasis();
        SelectedTargets selected = targets.select(request.person(), basis);
        List<ExerciseSession> sessions = request.sessionsOrEmpty();
        SweatPerson person = request.sweatPerson();
        List<SessionLoss> losses = sessions.stream().map(s -> sweat.estimate(s, person)).toList();
        Assumptions assumptions = new Assumptions();
        if (!selected.notes().isEmpty()) {
            assumptions.add(AssumptionCode.TARGET_FROM_FALLBACK_BASIS, "notes", selected.notes());
        }

        Map<RiskFactor, FactorOrigin> factors = new LinkedHashMap<>();
        request.riskFactorsOrEmpty().forEach(f -> factors.putIfAbsent(f, FactorOrigin.REPORTED));
        if (sweatingWithoutReplenishing(sessions, losses)) {
            factors.putIfAbsent(RiskFactor.SWEATING_WITHOUT_REPLENISHING, FactorOrigin.DETECTED);
        }

        Map<Mineral, Double> intakeMg = new EnumMap<>(Mineral.class);
        if (request.dietaryIntake() != null) {
            for (Mineral mineral : Mineral.MODELLED) {
                AmountInput intake = request.dietaryIntake().of(mineral);
                if (intake != null) {
                    intakeMg.put(mineral, converter.toMilligrams(mineral, intake));
                }
            }
        }
        Double supplementalMagnesiumMg = request.supplementalMagnesium() == null ? null
                : converter.toMilligrams(Mineral.MAGNESIUM, request.supplementalMagnesium());
        Set<SafetyCondition> conditions = DeficitConditions.of(selected, intakeMg, supplementalMagnesiumMg);
        SafetyDecision decision = safety.decide(new SafetyRequest(request.person(), factors.keySet(),
                request.symptomsOrEmpty(), losses, conditions), texts);

        DeficitSettings.ActivityAllowance allowance = data.deficit().activityInAdequateIntake();
        double covered = coveredShare(losses, allowance);
        List<MineralEstimate> minerals = new ArrayList<>();
        for (Mineral mineral : Mineral.MODELLED) {
            Double total = intakeMg.get(mineral);
            if (mineral == Mineral.MAGNESIUM && total != null && supplementalMagnesiumMg != null) {
                total += supplementalMagnesiumMg;
            }
            MineralBalance balance = MineralBalance.of(mineral, sessions, losses,
                    allowance.minerals().contains(mineral) ? covered : 0, converter);
            minerals.add(mineralEstimate(mineral, selected.of(mineral), intakeMg.get(mineral), total, balance,
                    !sessions.isEmpty(), allowance.minerals().contains(mineral), decision, texts));
        }
        addIntakeAssumptions(intakeMg, supplementalMagnesiumMg, selected.of(Mineral.MAGNESIUM), decision.urgent(),
                assumptions);
        addSessionAssumptions(sessions, losses, !intakeMg.isEmpty(), decision.urgent(), assumptions);

        if (decision.urgent()) {
            // "Sweating without replenishing" reads as an invitation to drink and take salt: never beside urgent care.
            factors.remove(RiskFactor.SWEATING_WITHOUT_REPLENISHING, FactorOrigin.DETECTED);
        }
        RiskAssessment risk = riskAssessor.assess(factors, decision, texts);
        CodedText group = CodedText.of(selected.lifeStageGroup(), texts);
        return new DeficitEstimate(basis, group.text(), group, decision.result(), minerals,
                fluid(losses, decision.urgent()), sessionSummaries(losses, decision.urgent()), risk, decision.flags(),
                symptomNotes.of(request.symptomsOrEmpty(), texts), assumptions.list(texts), data.version(), texts.disclaimer(data.disclaimer()));
    }

    /**
     * One mineral's three separate quantities as the policy allows: the diet against the reference intake, today's
     * sweat and what is left to replace (safety is the decision itself). Urgent care withholds every figure; the
     * target set with a clinician and losses that may be medical withhold what is held against the target (the gap,
     * unreplaced loss, surplus, what is left to replace) and keep the sweat loss.
     */
    private MineralEstimate mineralEstimate(Mineral mineral, MineralTarget target, Double dietMg, Double totalMg,
                                            MineralBalance balance, boolean sessions, boolean allowance,
                                            SafetyDecision decision, Texts texts) {
        PolicyDecision policy = decision.of(mineral);
        StatusReason withheld = policyStatus.of(mineral, policy, decision.triggersOf(mineral));
        boolean arithmetic = withheld == null;
        double targetMg = target.amount().mg();
        DietAssessment diet;
        SweatReplacement sweat;
        if (arithmetic) {
            Judgement<DietStatus> judged = dietRule.judge(mineral, target, totalMg);
            diet = DietAssessment.of(judged.status(),
                    totalMg == null || !DietRule.gapShown(target) ? null
                            : converter.amount(mineral, Math.max(0, targetMg - totalMg)),
                    judged.reason(), texts);
            double surplusMg = totalMg == null ? 0 : Math.max(0, totalMg - targetMg);
            Band toReplace = balance.toReplace(surplusMg);
            Judgement<SweatStatus> sweatJudged = sweatRule.judge(mineral, sessions, toReplace);
            boolean figures = balance.loss() != null;
            sweat = sweat(mineral, balance, sweatJudged.status(), sweatJudged.reason(), true, allowance,
                    figures && totalMg != null ? converter.amount(mineral, surplusMg) : null, toReplace, texts);
        } else {
            diet = DietAssessment.of(DietStatus.valueOf(policy.name()), null, withheld, texts);
            sweat = sweat(mineral, balance, SweatStatus.valueOf(policy.name()), withheld,
                    policy != PolicyDecision.URGENT_CARE, allowance, null, null, texts);
        }
        return new MineralEstimate(mineral, target, amount(mineral, dietMg), amount(mineral, totalMg), diet, sweat);
    }

    /**
     * The sweat part; lossShown false (urgent care) withholds the loss, its covered part and the unreplaced loss;
     * allowance: the mineral's AI allows for some activity, so the covered part is shown.
     */
    private SweatReplacement sweat(Mineral mineral, MineralBalance balance, SweatStatus status, StatusReason reason,
                                   boolean lossShown, boolean allowance, Amount surplus, Band toReplace, Texts texts) {
        boolean unreplaced = toReplace != null;
        return SweatReplacement.of(status, lossShown ? range(mineral, balance.loss()) : null,
                lossShown && allowance ? range(mineral, balance.covered()) : null,
                amount(mineral, balance.replenishedMg()), balance.unknownSessions(),
                unreplaced ? range(mineral, balance.unreplaced()) : null, surplus, range(mineral, toReplace),
                reason, texts);
    }

    /**
     * The share of each session's loss the sodium and chloride AIs already allow for: the first minutes of the day's
     * estimated activity (IOM 2005 p.308: the AI covers the sweat of moderate activity; the minutes are a design choice).
     */
    private static double coveredShare(List<SessionLoss> losses, DeficitSettings.ActivityAllowance allowance) {
        double minutes = losses.stream().filter(SessionLoss::estimated).mapToDouble(SessionLoss::durationMinutes).sum();
        double allowed = allowance.minutesPerDay().value();
        return minutes <= 0 ? 0 : Math.min(1, allowed / minutes);
    }

    private Amount amount(Mineral mineral, Double mg) {
        return mg == null ? null : converter.amount(mineral, mg);
    }

    /** A band as the answer writes it; null (unknown) stays absent. */
    private AmountRange range(Mineral mineral, Band mg) {
        return mg == null ? null : AmountRange.of(converter, mineral, mg);
    }

    /** Urgent care withholds the sweat volume: nothing in an urgent answer invites drinking. */
    private FluidSummary fluid(List<SessionLoss> losses, boolean urgent) {
        // Sessions whose sweat is not estimated add nothing; when none is estimated the volume is unknown, not zero.
        boolean known = losses.isEmpty() || losses.stream().anyMatch(SessionLoss::estimated);
        Band litres = losses.stream().filter(SessionLoss::estimated).map(SessionLoss::sweatLitres)
                .reduce(Band.ZERO, Band::plus);
        Double extreme = losses.stream().map(SessionLoss::bodyMassChangePercent).filter(Objects::nonNull)
                .max(Comparator.comparingDouble(Math::abs)).orElse(null);
        double dehydration = data.deficit().fluid().dehydrationPercent().value();
        List<FluidFlag> flags = new ArrayList<>();
        if (losses.stream().anyMatch(l -> l.bodyMassChangeShownPercent() != null && -l.bodyMassChangeShownPercent() > dehydration)) {
            flags.add(FluidFlag.DEHYDRATION_OVER_2_PERCENT);
        }
        if (losses.stream().anyMatch(SessionLoss::bodyMassGain)) {
            flags.add(FluidFlag.BODY_MASS_GAIN);
        }
        return new FluidSummary(urgent || !known ? null : VolumeRange.ofMillilitres(litres.times(1000.0)), extreme,
                flags);
    }

    private static List<SessionSummary> sessionSummaries(List<SessionLoss> losses, boolean urgent) {
        return IntStream.range(0, losses.size()).mapToObj(i -> {
            SessionLoss loss = losses.get(i);
            return new SessionSummary(i, loss.durationMinutes(),
                    urgent || !loss.estimated() ? null : VolumeRange.ofMillilitres(loss.sweatLitres().times(1000.0)),
                    loss.rateSource(), loss.sodiumSource(), loss.bodyMassChangePercent(),
                    urgent || loss.workout() == null ? null : WorkoutModelSummary.of(loss.workout()));
        }).toList();
    }

    /**
     * Large sweat losses with little sodium taken back, seen in the sessions that report their sodium replenishment;
     * a session that reports none is unknown, never evidence of not replenishing.
     */
    private boolean sweatingWithoutReplenishing(List<ExerciseSession> sessions, List<SessionLoss> losses) {
        DeficitSettings.SweatingWithoutReplenishingRule rule = data.deficit().sweatingWithoutReplenishing();
        double litres = 0;
        double sodiumLost = 0;
        double sodiumTaken = 0;
        for (int i = 0; i < sessions.size(); i++) {
            MineralAmounts replenished = sessions.get(i).replenished();
            if (replenished != null && replenished.sodium() != null && losses.get(i).estimated()) {
                litres += losses.get(i).sweatLitres().expected();
                sodiumLost += losses.get(i).lossMg().get(Mineral.SODIUM).expected();
                sodiumTaken += converter.toMilligrams(Mineral.SODIUM, replenished.sodium());
            }
        }
        return litres >= rule.minimumSweatLitres() && sodiumTaken < rule.maximumSodiumReplacedShare() * sodiumLost;
    }

    /** urgent: the answer gives no deficit, so no assumption describes deficit arithmetic. */
    private void addIntakeAssumptions(Map<Mineral, Double> intakeMg, Double supplementalMagnesiumMg,
                                      MineralTarget magnesiumTarget, boolean urgent, Assumptions assumptions) {
        List<Mineral> unknown = Mineral.MODELLED.stream().filter(m -> !intakeMg.containsKey(m)).toList();
        if (!unknown.isEmpty()) {
            assumptions.add(AssumptionCode.DIETARY_INTAKE_UNKNOWN, "minerals", unknown);
        }
        if (supplementalMagnesiumMg != null) {
            assumptions.add(AssumptionCode.MAGNESIUM_TOTAL_INTAKE, "supplementalMg", Numbers.tenth(supplementalMagnesiumMg),
                    "targetSourceId", data.citation(magnesiumTarget.sourceId()));
        }
    }

    private void addSessionAssumptions(List<ExerciseSession> sessions, List<SessionLoss> losses, boolean dietKnown,
                                       boolean urgent, Assumptions assumptions) {
        List<Integer> populationRate = SessionLoss.indices(losses,
                l -> l.rateSource() == SweatRateSource.SPORT_DEFAULT);
        if (!populationRate.isEmpty()) {
            List<String> sources = populationRate.stream()
                    .map(i -> sweat.populationRate(sessions.get(i).sport()).sourceId())
                    .distinct().toList();
            assumptions.add(AssumptionCode.POPULATION_SWEAT_RATE, "sessions", SessionNumbers.of(populationRate), "sourceIds",
                    data.citations(sources));
        }
        List<Integer> massMethod = SessionLoss.indices(losses, l -> l.rateSource() == SweatRateSource.BODY_MASS_CHANGE);
        if (!massMethod.isEmpty()) {
            assumptions.add(AssumptionCode.BODY_MASS_TO_SWEAT, "sessions", SessionNumbers.of(massMethod));
        }
        // Baker 2017 Table 3: correct for respiratory water and metabolic mass loss when exercise lasts over 2-3 h.
        SourcedValue correction = data.deficit().fluid().bodyMassMethodCorrectionFromMinutes();
        List<Integer> longMassMethod = SessionLoss.indices(losses,
                l -> l.rateSource() == SweatRateSource.BODY_MASS_CHANGE && l.durationMinutes() > correction.value());
        if (!longMassMethod.isEmpty()) {
            assumptions.add(AssumptionCode.BODY_MASS_METHOD_LONG_SESSION, "sessions", SessionNumbers.of(longMassMethod),
                    "minutes", correction.value(), "sourceId", data.citation(correction.sourceId()));
        }
        List<Integer> noFluid = SessionLoss.indices(losses, l -> l.rateSource() == SweatRateSource.BODY_MASS_CHANGE
                && (!l.fluidIntakeMeasured() || !l.urineOutputMeasured()));
        if (!noFluid.isEmpty()) {
            assumptions.add(AssumptionCode.FLUID_OR_URINE_NOT_MEASURED, "sessions", SessionNumbers.of(noFluid));
        }
        List<Integer> defaultSodium = SessionLoss.indices(losses,
                l -> l.sodiumSource() == SweatSodiumSource.POPULATION_DEFAULT);
        if (!defaultSodium.isEmpty()) {
            assumptions.add(AssumptionCode.DEFAULT_SWEAT_SODIUM, concentrations(List.of("sessions", SessionNumbers.of(defaultSodium)),
                    Mineral.SODIUM));
        }
        List<Integer> profile = SessionLoss.indices(losses, l -> l.sodiumSource() == SweatSodiumSource.PROFILE);
        if (!profile.isEmpty()) {
            List<String> sources = profile.stream()
                    .map(i -> data.sweat().sodiumProfiles().get(sessions.get(i).sweatSodiumProfile()).sodium().sourceId())
                    .distinct().toList();
            assumptions.add(AssumptionCode.SWEAT_SODIUM_PROFILE, "sessions", SessionNumbers.of(profile), "sourceIds",
                    data.citations(sources));
        }
        if (!sessions.isEmpty()) {
            assumptions.add(AssumptionCode.DEFAULT_SWEAT_COMPOSITION, concentrations(List.of(),
                    Mineral.POTASSIUM, Mineral.MAGNESIUM, Mineral.CALCIUM, Mineral.CHLORIDE));
            addSweatNetting(losses, dietKnown, urgent, assumptions);
            List<Integer> unreported = IntStream.range(0, sessions.size())
                    .filter(i -> Mineral.MODELLED.stream().anyMatch(m -> sessions.get(i).replenished() == null
                            || sessions.get(i).replenished().of(m) == null))
                    .boxed().toList();
            if (!unreported.isEmpty()) {
                assumptions.add(AssumptionCode.REPLENISHMENT_UNKNOWN, "sessions", SessionNumbers.of(unreported));
            }
        }
        SessionAssumptions.add(assumptions, losses, data, sweat.workoutData());
        if (losses.stream().anyMatch(SessionLoss::youthBandWidened)) {
            data.sweat().youthSweat().addAssumption(assumptions);
        }
    }

    /**
     * What is left to replace is counted net of the activity the sodium and chloride AIs allow for and of usual intake above the
     * reference; urgent care gives no such figure, so no assumption describes it.
     */
    private void addSweatNetting(List<SessionLoss> losses, boolean dietKnown, boolean urgent, Assumptions assumptions) {
        if (urgent || losses.stream().noneMatch(SessionLoss::estimated)) {
            return;
        }
        DeficitSettings.ActivityAllowance allowance = data.deficit().activityInAdequateIntake();
        assumptions.add(AssumptionCode.ACTIVITY_IN_ADEQUATE_INTAKE, "minerals", allowance.minerals(), "minutes",
                allowance.minutesPerDay().value(), "sourceIds",
                data.citations(List.of(allowance.principle().sourceId(), allowance.minutesPerDay().sourceId())));
        if (dietKnown) {
            assumptions.add(AssumptionCode.DIETARY_SURPLUS_OFFSETS_SWEAT);
        }
    }

    /**
     * The parameters of default sweat concentrations after the given ones: per mineral, e.g. potassiumMmolPerL 5,
     * potassiumLow 4, potassiumHigh 14 and potassiumSourceIds IOM2005, the band's own sources after the value's.
     */
    private Object[] concentrations(List<Object> given, Mineral... minerals) {
        List<Object> parameters = new ArrayList<>(given);
        for (Mineral mineral : minerals) {
            parameters.addAll(concentrationParameters.get(mineral));
        }
        return parameters.toArray();
    }

    /** Each mineral's concentration parameters, named and cited once from the reference data. */
    private static Map<Mineral, List<Object>> concentrationParameters(ReferenceData data) {
        Map<Mineral, List<Object>> byMineral = new EnumMap<>(Mineral.class);
        data.sweat().concentrations().forEach((mineral, range) -> {
            String name = mineral.name().toLowerCase(Locale.ROOT);
            byMineral.put(mineral, List.of(name + "MmolPerL", range.expected(), name + "Low", range.low(),
                    name + "High", range.high(), name + "SourceIds", data.citations(range.sourceIds())));
        });
        return byMineral;
    }
}
