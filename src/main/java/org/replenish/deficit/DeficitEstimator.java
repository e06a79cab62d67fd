package org.replenish.deficit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.replenish.problem.Violations;
import org.replenish.reference.Assumptions;
import org.replenish.reference.Basis;
import org.replenish.reference.ConcentrationRange;
import org.replenish.reference.DeficitSettings;
import org.replenish.reference.ReferenceData;
import org.replenish.reference.RiskFactor;
import org.replenish.reference.SafetyCondition;
import org.replenish.safety.FactorOrigin;
import org.replenish.safety.RiskAssessment;
import org.replenish.safety.RiskAssessor;
import org.replenish.safety.SafetyEvaluator;
import org.replenish.safety.SafetyFacts;
import org.replenish.safety.SafetyFlag;
import org.replenish.sweat.ExerciseSession;
import org.replenish.sweat.SessionChecks;
import org.replenish.sweat.SessionLoss;
import org.replenish.sweat.SweatLossModel;
import org.replenish.sweat.SweatRateSource;
import org.replenish.sweat.SweatSodiumSource;
import org.replenish.targets.MineralTarget;
import org.replenish.targets.SelectedTargets;
import org.replenish.targets.TargetSelector;
import org.replenish.units.AmountChecks;
import org.replenish.units.AmountInput;
import org.replenish.units.AmountRange;
import org.replenish.units.Band;
import org.replenish.units.Mineral;
import org.replenish.units.MineralAmounts;
import org.replenish.units.MineralConverter;
import org.replenish.units.Numbers;
import org.replenish.units.VolumeRange;

/**
 * Estimates a day's electrolyte deficits: deficit = max(0, target - intake) + max(0, sweat loss - replenished), with
 * the sweat loss as a band. Pure: no framework types.
 */
public final class DeficitEstimator {

    private final ReferenceData data;
    private final MineralConverter converter;
    private final TargetSelector targets;
    private final SweatLossModel sweat;
    private final SessionChecks sessionChecks;
    private final AmountChecks amountChecks;
    private final RiskAssessor riskAssessor;
    private final SafetyEvaluator safety;

    public DeficitEstimator(ReferenceData data, MineralConverter converter, TargetSelector targets,
                            SafetyEvaluator safety) {
        this.data = data;
        this.converter = converter;
        this.targets = targets;
        this.sweat = new SweatLossModel(data.sweat(), converter);
        this.sessionChecks = new SessionChecks(data.sweat(), data.deficit(), converter);
        this.amountChecks = new AmountChecks(converter, data.deficit().limits().maximumDailyMineralMg());
        this.riskAssessor = new RiskAssessor(data.riskFactors());
        this.safety = safety;
    }

    public DeficitEstimate estimate(DeficitEstimateRequest request) {
        check(request);
        Basis basis = request.basis() == null ? Basis.NASEM_DRI : request.basis();
        SelectedTargets selected = targets.select(request.person(), basis, "person.");
        List<ExerciseSession> sessions = request.sessionsOrEmpty();
        List<SessionLoss> losses = sessions.stream().map(sweat::estimate).toList();
        Assumptions assumptions = new Assumptions();
        selected.notes().forEach(note -> assumptions.add("TARGET_FROM_FALLBACK_BASIS", note));

        List<MineralDeficit> minerals = new ArrayList<>();
        List<Mineral> unknownIntake = new ArrayList<>();
        for (Mineral mineral : Mineral.values()) {
            AmountInput intake = request.dietaryIntake() == null ? null : request.dietaryIntake().of(mineral);
            if (intake == null) {
                unknownIntake.add(mineral);
            }
            minerals.add(mineralDeficit(mineral, selected.of(mineral), intake, sessions, losses));
        }
        if (!unknownIntake.isEmpty()) {
            assumptions.add("DIETARY_INTAKE_UNKNOWN", "No usual dietary intake was given for " + names(unknownIntake)
                    + ": the deficit is the unreplaced sweat loss alone, not a full diet gap.");
        }
        addSessionAssumptions(sessions, losses, assumptions);

        Map<RiskFactor, FactorOrigin> factors = new LinkedHashMap<>();
        request.riskFactorsOrEmpty().forEach(f -> factors.putIfAbsent(f, FactorOrigin.REPORTED));
        if (sweatingWithoutReplenishing(sessions, losses)) {
            factors.putIfAbsent(RiskFactor.SWEATING_WITHOUT_REPLENISHING, FactorOrigin.DETECTED);
        }
        RiskAssessment risk = riskAssessor.assess(factors);
        List<SafetyFlag> flags = safety.evaluate(new SafetyFacts(factors.keySet(), Set.copyOf(request.symptomsOrEmpty()),
                conditions(request, selected, losses)));

        return new DeficitEstimate(basis, selected.lifeStageGroup(), minerals, fluid(losses), sessionSummaries(losses),
                risk, flags, assumptions.list(), data.version(), data.disclaimer());
    }

    private void check(DeficitEstimateRequest request) {
        Violations violations = new Violations();
        if (request.person().bodyMass() != null) {
            sessionChecks.checkMass(request.person().bodyMass(), "person.bodyMass.value", violations);
        }
        List<ExerciseSession> sessions = request.sessionsOrEmpty();
        for (int i = 0; i < sessions.size(); i++) {
            sessionChecks.check(sessions.get(i), "sessions[" + i + "].", violations);
        }
        amountChecks.check(request.dietaryIntake(), "dietaryIntake", violations);
        amountChecks.check(Mineral.MAGNESIUM, request.supplementalMagnesium(), "supplementalMagnesium", violations);
        violations.throwIfAny();
    }

    private MineralDeficit mineralDeficit(Mineral mineral, MineralTarget target, AmountInput intake,
                                          List<ExerciseSession> sessions, List<SessionLoss> losses) {
        Band loss = losses.stream().map(l -> l.lossMg().get(mineral)).reduce(Band.ZERO, Band::plus);
        double replenishedMg = sessions.stream()
                .map(ExerciseSession::replenished).filter(Objects::nonNull)
                .map(r -> r.of(mineral)).filter(Objects::nonNull)
                .mapToDouble(a -> converter.toMilligrams(mineral, a)).sum();
        Band unreplaced = loss.minusFloorZero(replenishedMg);
        double targetMg = target.amount().mg();
        Double intakeMg = intake == null ? null : converter.toMilligrams(mineral, intake);
        Double dietGapMg = intakeMg == null ? null : Math.max(0, targetMg - intakeMg);
        Band deficit = dietGapMg == null ? unreplaced : unreplaced.plus(dietGapMg);
        double share = deficit.expected() / targetMg;
        return new MineralDeficit(mineral, target,
                intakeMg == null ? null : converter.amount(mineral, intakeMg),
                dietGapMg == null ? null : converter.amount(mineral, dietGapMg),
                AmountRange.of(converter, mineral, loss), converter.amount(mineral, replenishedMg),
                AmountRange.of(converter, mineral, unreplaced), AmountRange.of(converter, mineral, deficit),
                share * 100.0, status(share));
    }

    DeficitStatus status(double shareOfTarget) {
        DeficitSettings.StatusThresholds t = data.deficit().statusThresholds();
        if (shareOfTarget >= t.largeFromShareOfTarget()) {
            return DeficitStatus.LARGE;
        }
        if (shareOfTarget >= t.moderateFromShareOfTarget()) {
            return DeficitStatus.MODERATE;
        }
        return shareOfTarget >= t.mildFromShareOfTarget() ? DeficitStatus.MILD : DeficitStatus.NONE;
    }

    private FluidSummary fluid(List<SessionLoss> losses) {
        Band litres = losses.stream().map(SessionLoss::sweatLitres).reduce(Band.ZERO, Band::plus);
        Double extreme = losses.stream().map(SessionLoss::bodyMassChangePercent).filter(Objects::nonNull)
                .max(Comparator.comparingDouble(Math::abs)).orElse(null);
        double dehydration = data.deficit().fluid().dehydrationPercent().value();
        List<FluidFlag> flags = new ArrayList<>();
        if (losses.stream().anyMatch(l -> l.bodyMassChangePercent() != null && -l.bodyMassChangePercent() > dehydration)) {
            flags.add(FluidFlag.DEHYDRATION_OVER_2_PERCENT);
        }
        if (losses.stream().anyMatch(SessionLoss::bodyMassGain)) {
            flags.add(FluidFlag.BODY_MASS_GAIN);
        }
        return new FluidSummary(VolumeRange.ofMillilitres(litres.times(1000.0)), extreme, flags);
    }

    private static List<SessionSummary> sessionSummaries(List<SessionLoss> losses) {
        return IntStream.range(0, losses.size()).mapToObj(i -> {
            SessionLoss loss = losses.get(i);
            return new SessionSummary(i, loss.durationMinutes(), VolumeRange.ofMillilitres(loss.sweatLitres().times(1000.0)),
                    loss.rateSource(), loss.sodiumSource(), loss.bodyMassChangePercent());
        }).toList();
    }

    /** Large sweat losses with little sodium taken back, seen in the sessions themselves. */
    private boolean sweatingWithoutReplenishing(List<ExerciseSession> sessions, List<SessionLoss> losses) {
        DeficitSettings.SweatingWithoutReplenishingRule rule = data.deficit().sweatingWithoutReplenishing();
        double litres = losses.stream().mapToDouble(l -> l.sweatLitres().expected()).sum();
        double sodiumLost = losses.stream().mapToDouble(l -> l.lossMg().get(Mineral.SODIUM).expected()).sum();
        double sodiumTaken = sessions.stream().map(ExerciseSession::replenished).filter(Objects::nonNull)
                .map(MineralAmounts::sodium).filter(Objects::nonNull)
                .mapToDouble(a -> converter.toMilligrams(Mineral.SODIUM, a)).sum();
        return litres >= rule.minimumSweatLitres() && sodiumTaken < rule.maximumSodiumReplacedShare() * sodiumLost;
    }

    private Set<SafetyCondition> conditions(DeficitEstimateRequest request, SelectedTargets selected,
                                            List<SessionLoss> losses) {
        Set<SafetyCondition> conditions = EnumSet.noneOf(SafetyCondition.class);
        MineralTarget magnesium = selected.of(Mineral.MAGNESIUM);
        if (request.supplementalMagnesium() != null && magnesium.upperLimit() != null
                && converter.toMilligrams(Mineral.MAGNESIUM, request.supplementalMagnesium())
                > magnesium.upperLimit().amount().mg()) {
            conditions.add(SafetyCondition.SUPPLEMENTAL_MAGNESIUM_ABOVE_UL);
        }
        double longSession = data.deficit().fluid().longSessionMinutes().value();
        if (losses.stream().anyMatch(SessionLoss::bodyMassGain)) {
            conditions.add(SafetyCondition.BODY_MASS_GAIN);
        }
        if (losses.stream().anyMatch(l -> l.bodyMassGain() && l.durationMinutes() >= longSession)) {
            conditions.add(SafetyCondition.BODY_MASS_GAIN_AFTER_LONG_SESSION);
        }
        return conditions;
    }

    private void addSessionAssumptions(List<ExerciseSession> sessions, List<SessionLoss> losses,
                                       Assumptions assumptions) {
        String populationRate = indices(losses, l -> l.rateSource() == SweatRateSource.SPORT_DEFAULT
                || l.rateSource() == SweatRateSource.POPULATION_DEFAULT);
        if (!populationRate.isEmpty()) {
            assumptions.add("POPULATION_SWEAT_RATE", "Sessions " + populationRate + ": no measured sweat rate or body-mass "
                    + "change, so the population mean sweat rate for the sport (Barnes 2019; Baker 2016 for other or "
                    + "unnamed sports) is used, with mean minus and plus one standard deviation as the band.");
        }
        String massMethod = indices(losses, l -> l.rateSource() == SweatRateSource.BODY_MASS_CHANGE);
        if (!massMethod.isEmpty()) {
            assumptions.add("BODY_MASS_TO_SWEAT", "Sessions " + massMethod + ": sweat = mass before - mass after + fluid "
                    + "drunk - urine passed, taking 1 kg of mass as 1 L of sweat (Baker 2017).");
        }
        String noFluid = indices(losses, l -> l.rateSource() == SweatRateSource.BODY_MASS_CHANGE
                && (!l.fluidIntakeMeasured() || !l.urineOutputMeasured()));
        if (!noFluid.isEmpty()) {
            assumptions.add("FLUID_OR_URINE_NOT_MEASURED", "Sessions " + noFluid + ": fluid intake or urine output "
                    + "was not given and is taken as 0; the sweat estimate is less reliable (Baker 2017).");
        }
        String defaultSodium = indices(losses, l -> l.sodiumSource() == SweatSodiumSource.POPULATION_DEFAULT);
        if (!defaultSodium.isEmpty()) {
            assumptions.add("DEFAULT_SWEAT_SODIUM", "Sessions " + defaultSodium + ": no sweat test or profile, so the "
                    + "whole-body sweat sodium of athletes, " + describe(Mineral.SODIUM) + ", is used.");
        }
        String profile = indices(losses, l -> l.sodiumSource() == SweatSodiumSource.PROFILE);
        if (!profile.isEmpty()) {
            assumptions.add("SWEAT_SODIUM_PROFILE", "Sessions " + profile + ": sweat sodium and chloride are the means "
                    + "of the reported sweater group (Lara 2016).");
        }
        if (!sessions.isEmpty()) {
            assumptions.add("DEFAULT_SWEAT_COMPOSITION", "Population sweat concentrations are used for potassium "
                    + describe(Mineral.POTASSIUM) + ", magnesium " + describe(Mineral.MAGNESIUM) + ", calcium "
                    + describe(Mineral.CALCIUM) + " and chloride " + describe(Mineral.CHLORIDE) + ".");
            assumptions.add("SWEAT_LOSS_ON_TOP_OF_TARGET", "The deficit adds unreplaced sweat losses to the diet gap. "
                    + "The sodium AI already allows for moderate sweating, so a sodium deficit from sweat is an upper "
                    + "estimate; people who sweat heavily may need more than the AI (IOM 2005).");
        }
    }

    /** A default sweat concentration as "5 mmol/L (4-14, source IOM2005)". */
    private String describe(Mineral mineral) {
        ConcentrationRange range = data.sweat().concentrations().get(mineral);
        return Numbers.plain(range.expected()) + " mmol/L (" + Numbers.plain(range.low()) + "-" + Numbers.plain(range.high())
                + ", source " + range.sourceId() + ")";
    }

    private static String indices(List<SessionLoss> losses, java.util.function.Predicate<SessionLoss> test) {
        return IntStream.range(0, losses.size()).filter(i -> test.test(losses.get(i)))
                .mapToObj(String::valueOf).collect(Collectors.joining(", "));
    }

    private static String names(List<Mineral> minerals) {
        return minerals.stream().map(m -> m.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
}
