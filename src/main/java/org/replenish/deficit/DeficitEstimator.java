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
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.replenish.codes.AssumptionCode;
import org.replenish.codes.CodedText;
import org.replenish.codes.Texts;
import org.replenish.reference.Assumptions;
import org.replenish.reference.SourcedRange;
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
    private final StatusRule statusRule;
    private final SymptomNotes symptomNotes;

    public DeficitEstimator(ReferenceData data, MineralConverter converter, TargetSelector targets,
                            SafetyPolicy safety, SweatLossModel sweat, SymptomNotes symptomNotes) {
        this.data = data;
        this.converter = converter;
        this.targets = targets;
        this.sweat = sweat;
        this.riskAssessor = new RiskAssessor(data.riskFactors());
        this.safety = safety;
        this.statusRule = new StatusRule(data.deficit(), data.riskFactors());
        this.symptomNotes = symptomNotes;
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
        Double age = request.person().ageYears();
        List<SessionLoss> losses = sessions.stream().map(s -> sweat.estimate(s, age)).toList();
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

        List<MineralDeficit> minerals = new ArrayList<>();
        for (Mineral mineral : Mineral.MODELLED) {
            Double total = intakeMg.get(mineral);
            if (mineral == Mineral.MAGNESIUM && total != null && supplementalMagnesiumMg != null) {
                total += supplementalMagnesiumMg;
            }
            minerals.add(mineralDeficit(mineral, selected.of(mineral), intakeMg.get(mineral), total,
                    MineralBalance.of(mineral, sessions, losses, converter), decision, texts));
        }
        addIntakeAssumptions(intakeMg, supplementalMagnesiumMg, selected.of(Mineral.MAGNESIUM), decision.urgent(),
                assumptions);
        addSessionAssumptions(sessions, losses, decision.urgent(), assumptions);

        if (decision.urgent()) {
            // "Sweating without replenishing" reads as an invitation to drink and take salt: never beside urgent care.
            factors.remove(RiskFactor.SWEATING_WITHOUT_REPLENISHING, FactorOrigin.DETECTED);
        }
        RiskAssessment risk = riskAssessor.assess(factors, decision);
        CodedText group = CodedText.of(selected.lifeStageGroup(), texts);
        return new DeficitEstimate(basis, group.text(), group, decision.result(), minerals,
                fluid(losses, decision.urgent()), sessionSummaries(losses, decision.urgent()), risk, decision.flags(),
                symptomNotes.of(request.symptomsOrEmpty(), texts), assumptions.list(texts), data.version(), texts.disclaimer(data.disclaimer()));
    }

    /**
     * One mineral's figures as the policy allows: urgent care withholds every loss, gap and deficit; the target set
     * with a clinician and losses that may be medical withhold what is held against the target (gap, unreplaced loss,
     * deficit, percentage, class) and keep the sweat loss.
     */
    private MineralDeficit mineralDeficit(Mineral mineral, MineralTarget target, Double dietMg, Double totalMg,
                                          MineralBalance balance, SafetyDecision decision, Texts texts) {
        double targetMg = target.amount().mg();
        PolicyDecision policy = decision.of(mineral);
        boolean arithmetic = !policy.withholdsTargetArithmetic();
        boolean balanced = arithmetic && totalMg != null;
        Band deficit = balanced ? balance.deficit(targetMg, totalMg) : balance.unreplaced();
        StatusRule.Decision status = statusRule.decide(mineral, policy, decision.triggersOf(mineral), deficit, targetMg,
                totalMg != null);
        CodedText reason = CodedText.of(status.reason(), texts);
        boolean losses = policy != PolicyDecision.URGENT_CARE;
        return new MineralDeficit(mineral, target,
                amount(mineral, dietMg), amount(mineral, totalMg),
                balanced ? converter.amount(mineral, Math.max(0, targetMg - totalMg)) : null,
                losses ? range(mineral, balance.loss()) : null,
                amount(mineral, balance.replenishedMg()), balance.unknownSessions(),
                arithmetic ? range(mineral, balance.unreplaced()) : null,
                arithmetic ? range(mineral, deficit) : null,
                arithmetic && deficit != null ? deficit.expected() / targetMg * 100.0 : null,
                status.status(), reason.text(), reason, status.sourceId(), status.tag(), status.sizes());
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
                    loss.rateSource(), loss.sodiumSource(), loss.bodyMassChangePercent());
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
        if (!intakeMg.isEmpty() && !urgent) {
            assumptions.add(AssumptionCode.DEFICIT_IS_A_BALANCE);
        }
        if (supplementalMagnesiumMg != null) {
            assumptions.add(AssumptionCode.MAGNESIUM_TOTAL_INTAKE, "supplementalMg", Numbers.tenth(supplementalMagnesiumMg),
                    "targetSourceId", data.citation(magnesiumTarget.sourceId()));
        }
    }

    private void addSessionAssumptions(List<ExerciseSession> sessions, List<SessionLoss> losses, boolean urgent,
                                       Assumptions assumptions) {
        List<Integer> populationRate = indices(losses, l -> l.rateSource() == SweatRateSource.SPORT_DEFAULT);
        if (!populationRate.isEmpty()) {
            List<String> sources = populationRate.stream()
                    .map(i -> data.sweat().sweatRateBySport().get(sessions.get(i).sport()).sourceId())
                    .distinct().toList();
            assumptions.add(AssumptionCode.POPULATION_SWEAT_RATE, "sessions", populationRate, "sourceIds",
                    data.citations(sources));
        }
        List<Integer> massMethod = indices(losses, l -> l.rateSource() == SweatRateSource.BODY_MASS_CHANGE);
        if (!massMethod.isEmpty()) {
            assumptions.add(AssumptionCode.BODY_MASS_TO_SWEAT, "sessions", massMethod);
        }
        // Baker 2017 Table 3: correct for respiratory water and metabolic mass loss when exercise lasts over 2-3 h.
        SourcedValue correction = data.deficit().fluid().bodyMassMethodCorrectionFromMinutes();
        List<Integer> longMassMethod = indices(losses, l -> l.rateSource() == SweatRateSource.BODY_MASS_CHANGE
                && l.durationMinutes() > correction.value());
        if (!longMassMethod.isEmpty()) {
            assumptions.add(AssumptionCode.BODY_MASS_METHOD_LONG_SESSION, "sessions", longMassMethod,
                    "minutes", correction.value(), "sourceId", data.citation(correction.sourceId()));
        }
        List<Integer> noFluid = indices(losses, l -> l.rateSource() == SweatRateSource.BODY_MASS_CHANGE
                && (!l.fluidIntakeMeasured() || !l.urineOutputMeasured()));
        if (!noFluid.isEmpty()) {
            assumptions.add(AssumptionCode.FLUID_OR_URINE_NOT_MEASURED, "sessions", noFluid);
        }
        List<Integer> defaultSodium = indices(losses, l -> l.sodiumSource() == SweatSodiumSource.POPULATION_DEFAULT);
        if (!defaultSodium.isEmpty()) {
            assumptions.add(AssumptionCode.DEFAULT_SWEAT_SODIUM, concentrations(List.of("sessions", defaultSodium),
                    Mineral.SODIUM));
        }
        List<Integer> profile = indices(losses, l -> l.sodiumSource() == SweatSodiumSource.PROFILE);
        if (!profile.isEmpty()) {
            List<String> sources = profile.stream()
                    .map(i -> data.sweat().sodiumProfiles().get(sessions.get(i).sweatSodiumProfile()).sodium().sourceId())
                    .distinct().toList();
            assumptions.add(AssumptionCode.SWEAT_SODIUM_PROFILE, "sessions", profile, "sourceIds",
                    data.citations(sources));
        }
        if (!sessions.isEmpty()) {
            assumptions.add(AssumptionCode.DEFAULT_SWEAT_COMPOSITION, concentrations(List.of(),
                    Mineral.POTASSIUM, Mineral.MAGNESIUM, Mineral.CALCIUM, Mineral.CHLORIDE));
            if (!urgent) {
                assumptions.add(AssumptionCode.SWEAT_LOSS_ON_TOP_OF_TARGET);
            }
            List<Integer> unreported = IntStream.range(0, sessions.size())
                    .filter(i -> Mineral.MODELLED.stream().anyMatch(m -> sessions.get(i).replenished() == null
                            || sessions.get(i).replenished().of(m) == null))
                    .boxed().toList();
            if (!unreported.isEmpty()) {
                assumptions.add(AssumptionCode.REPLENISHMENT_UNKNOWN, "sessions", unreported);
            }
        }
        SessionAssumptions.add(assumptions, losses, data);
        if (losses.stream().anyMatch(SessionLoss::youthBandWidened)) {
            data.sweat().youthSweat().addAssumption(assumptions);
        }
    }

    /**
     * The parameters of default sweat concentrations after the given ones: per mineral, e.g. potassiumMmolPerL 5,
     * potassiumLow 4, potassiumHigh 14 and potassiumSourceIds IOM2005, the band's own sources after the value's.
     */
    private Object[] concentrations(List<Object> given, Mineral... minerals) {
        List<Object> parameters = new ArrayList<>(given);
        for (Mineral mineral : minerals) {
            SourcedRange range = data.sweat().concentrations().get(mineral);
            String name = mineral.name().toLowerCase(Locale.ROOT);
            List<String> sources = java.util.stream.Stream.of(range.sourceId(), range.lowSourceId(), range.highSourceId())
                    .filter(Objects::nonNull).distinct().toList();
            parameters.addAll(List.of(name + "MmolPerL", range.expected(), name + "Low", range.low(), name + "High",
                    range.high(), name + "SourceIds", data.citations(sources)));
        }
        return parameters.toArray();
    }

    private static List<Integer> indices(List<SessionLoss> losses, java.util.function.Predicate<SessionLoss> test) {
        return IntStream.range(0, losses.size()).filter(i -> test.test(losses.get(i))).boxed().toList();
    }
}
