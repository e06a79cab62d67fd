package org.replenish.deficit;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.replenish.reference.Assumptions;
import org.replenish.reference.ConcentrationRange;
import org.replenish.reference.DeficitSettings;
import org.replenish.reference.ReferenceData;
import org.replenish.reference.RiskFactorInfo;
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
import org.replenish.units.Amount;
import org.replenish.units.AmountChecks;
import org.replenish.units.AmountInput;
import org.replenish.units.AmountRange;
import org.replenish.units.Band;
import org.replenish.units.Mineral;
import org.replenish.units.MineralAmounts;
import org.replenish.units.MineralConverter;
import org.replenish.units.Numbers;
import org.replenish.units.VolumeRange;
import org.replenish.validation.Violations;
import org.replenish.vocabulary.Basis;
import org.replenish.vocabulary.RiskFactor;

/**
 * Estimates a day's electrolyte deficits. With known intake the deficit is a balance, target + unreplaced sweat loss -
 * intake, never below 0, point by point; with unknown intake it is the unreplaced sweat loss, labelled as such. The
 * diet gap and the sweat loss stay separate components. Pure: no framework types.
 */
@Singleton
public final class DeficitEstimator {

    private final ReferenceData data;
    private final MineralConverter converter;
    private final TargetSelector targets;
    private final SweatLossModel sweat;
    private final SessionChecks sessionChecks;
    private final AmountChecks amountChecks;
    private final RiskAssessor riskAssessor;
    private final SafetyEvaluator safety;
    private final DeficitConditions deficitConditions;
    private final StatusRule statusRule;

    public DeficitEstimator(ReferenceData data, MineralConverter converter, TargetSelector targets,
                            SafetyEvaluator safety, SweatLossModel sweat, SessionChecks sessionChecks) {
        this.data = data;
        this.converter = converter;
        this.targets = targets;
        this.sweat = sweat;
        this.sessionChecks = sessionChecks;
        this.amountChecks = new AmountChecks(converter, data.deficit().limits().maximumDailyMineralMg());
        this.riskAssessor = new RiskAssessor(data.riskFactors());
        this.safety = safety;
        this.deficitConditions = new DeficitConditions(data.deficit().fluid());
        this.statusRule = new StatusRule(data.deficit());
    }

    public DeficitEstimate estimate(DeficitEstimateRequest request) {
        check(request);
        Basis basis = request.basis() == null ? Basis.NASEM_DRI : request.basis();
        SelectedTargets selected = targets.select(request.person(), basis, "person.");
        List<ExerciseSession> sessions = request.sessionsOrEmpty();
        Double age = request.person().ageYears();
        List<SessionLoss> losses = sessions.stream().map(s -> sweat.estimate(s, age)).toList();
        Assumptions assumptions = new Assumptions();
        if (!selected.notes().isEmpty()) {
            assumptions.add("TARGET_FROM_FALLBACK_BASIS", String.join(" ", selected.notes()));
        }

        Map<RiskFactor, FactorOrigin> factors = new LinkedHashMap<>();
        request.riskFactorsOrEmpty().forEach(f -> factors.putIfAbsent(f, FactorOrigin.REPORTED));
        if (sweatingWithoutReplenishing(sessions, losses)) {
            factors.putIfAbsent(RiskFactor.SWEATING_WITHOUT_REPLENISHING, FactorOrigin.DETECTED);
        }

        Map<Mineral, Double> intakeMg = new EnumMap<>(Mineral.class);
        if (request.dietaryIntake() != null) {
            for (Mineral mineral : Mineral.values()) {
                AmountInput intake = request.dietaryIntake().of(mineral);
                if (intake != null) {
                    intakeMg.put(mineral, converter.toMilligrams(mineral, intake));
                }
            }
        }
        Double supplementalMagnesiumMg = request.supplementalMagnesium() == null ? null
                : converter.toMilligrams(Mineral.MAGNESIUM, request.supplementalMagnesium());
        List<MineralDeficit> minerals = new ArrayList<>();
        for (Mineral mineral : Mineral.values()) {
            Double total = intakeMg.get(mineral);
            if (mineral == Mineral.MAGNESIUM && total != null && supplementalMagnesiumMg != null) {
                total += supplementalMagnesiumMg;
            }
            minerals.add(mineralDeficit(mineral, selected.of(mineral), intakeMg.get(mineral), total,
                    MineralBalance.of(mineral, sessions, losses, converter), factors.keySet()));
        }
        addIntakeAssumptions(intakeMg, supplementalMagnesiumMg, assumptions);
        addSessionAssumptions(sessions, losses, assumptions);

        RiskAssessment risk = riskAssessor.assess(factors);
        Set<SafetyCondition> conditions = deficitConditions.of(selected, intakeMg, supplementalMagnesiumMg, losses);
        List<SafetyFlag> flags = safety.evaluate(request.person(), new SafetyFacts(factors.keySet(), Set.copyOf(request.symptomsOrEmpty()),
                conditions));

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

    private MineralDeficit mineralDeficit(Mineral mineral, MineralTarget target, Double dietMg, Double totalMg,
                                          MineralBalance balance, Set<RiskFactor> factors) {
        double targetMg = target.amount().mg();
        RiskFactor excretion = mineral != Mineral.POTASSIUM ? null : factors.stream()
                .filter(f -> data.riskFactors().factors().get(f).potassiumTargetDoesNotApply()).findFirst().orElse(null);
        RiskFactor medical = factors.stream().filter(f -> {
            RiskFactorInfo info = data.riskFactors().factors().get(f);
            return info.causesMedicalLoss() && info.minerals().contains(mineral);
        }).findFirst().orElse(null);
        boolean targetApplies = excretion == null;
        boolean balanced = targetApplies && totalMg != null;
        Band deficit = balanced ? balance.deficit(targetMg, totalMg) : balance.unreplaced();
        StatusRule.Decision status = statusRule.decide(mineral, deficit, targetMg, new StatusRule.Context(excretion,
                medical, medical == null ? null : data.riskFactors().factors().get(medical), totalMg != null));
        return new MineralDeficit(mineral, target,
                amount(mineral, dietMg), amount(mineral, totalMg),
                balanced ? converter.amount(mineral, Math.max(0, targetMg - totalMg)) : null,
                AmountRange.of(converter, mineral, balance.loss()), amount(mineral, balance.replenishedMg()),
                balance.unknownSessions(), AmountRange.of(converter, mineral, balance.unreplaced()),
                AmountRange.of(converter, mineral, deficit),
                targetApplies ? deficit.expected() / targetMg * 100.0 : null,
                status.status(), status.reason(), status.sourceId(), status.tag(), status.sizes());
    }

    private Amount amount(Mineral mineral, Double mg) {
        return mg == null ? null : converter.amount(mineral, mg);
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
            if (replenished != null && replenished.sodium() != null) {
                litres += losses.get(i).sweatLitres().expected();
                sodiumLost += losses.get(i).lossMg().get(Mineral.SODIUM).expected();
                sodiumTaken += converter.toMilligrams(Mineral.SODIUM, replenished.sodium());
            }
        }
        return litres >= rule.minimumSweatLitres() && sodiumTaken < rule.maximumSodiumReplacedShare() * sodiumLost;
    }

    private void addIntakeAssumptions(Map<Mineral, Double> intakeMg, Double supplementalMagnesiumMg,
                                      Assumptions assumptions) {
        List<Mineral> unknown = Arrays.stream(Mineral.values()).filter(m -> !intakeMg.containsKey(m)).toList();
        if (!unknown.isEmpty()) {
            assumptions.add("DIETARY_INTAKE_UNKNOWN", "No usual dietary intake was given for " + names(unknown)
                    + ": the deficit is the sweat loss not yet replaced (status SWEAT_LOSS_TO_REPLACE), not a diet gap "
                    + "and not a dietary deficiency.");
        }
        if (!intakeMg.isEmpty()) {
            assumptions.add("DEFICIT_IS_A_BALANCE", "With known intake the deficit is target + unreplaced sweat loss - "
                    + "intake, never below 0, for each end of the band: intake above the target covers sweat losses "
                    + "first. The diet gap (target - intake) and the sweat loss are also shown on their own.");
        }
        if (supplementalMagnesiumMg != null) {
            assumptions.add("MAGNESIUM_TOTAL_INTAKE", "Supplemental magnesium ("
                    + Numbers.oneDecimal(supplementalMagnesiumMg) + " mg) is added to dietary magnesium for the "
                    + "comparison with the target (IOM 1997: the RDA is for total intake); only the supplemental part "
                    + "is compared with the upper limit, which applies to supplements only."
                    + (intakeMg.containsKey(Mineral.MAGNESIUM) ? "" : " Dietary magnesium is unknown, so the total is too."));
        }
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
            assumptions.add("SWEAT_LOSS_ON_TOP_OF_TARGET", "The deficit adds unreplaced sweat losses to the target "
                    + "before intake is subtracted. The sodium AI already allows for moderate sweating, so a sodium "
                    + "deficit from sweat is an upper estimate; people who sweat heavily may need more than the AI "
                    + "(IOM 2005).");
            String unreported = IntStream.range(0, sessions.size())
                    .filter(i -> Arrays.stream(Mineral.values()).anyMatch(m -> sessions.get(i).replenished() == null
                            || sessions.get(i).replenished().of(m) == null))
                    .mapToObj(String::valueOf).collect(Collectors.joining(", "));
            if (!unreported.isEmpty()) {
                assumptions.add("REPLENISHMENT_UNKNOWN", "Sessions " + unreported + " do not report what was taken "
                        + "back of every mineral (see replenishmentUnknownInSessions per mineral): that is unknown, "
                        + "not zero. The low end of the unreplaced loss assumes those losses were replaced, the "
                        + "expected value and the high end that they were not.");
            }
        }
        String youth = indices(losses, SessionLoss::youthBandWidened);
        if (!youth.isEmpty()) {
            assumptions.add("YOUTH_SWEAT_BAND_WIDENED", "Sessions " + youth + ": " + data.sweat().youthSweat().explanation());
        }
    }

    /** A default sweat concentration as "5 mmol/L (4-14, source IOM2005)", naming a band from another source. */
    private String describe(Mineral mineral) {
        ConcentrationRange range = data.sweat().concentrations().get(mineral);
        String bounds = range.lowSourceId() == null && range.highSourceId() == null ? ""
                : "; band from " + (range.lowSourceId() != null ? range.lowSourceId() : range.highSourceId());
        return Numbers.plain(range.expected()) + " mmol/L (" + Numbers.plain(range.low()) + "-" + Numbers.plain(range.high())
                + ", source " + range.sourceId() + bounds + ")";
    }

    private static String indices(List<SessionLoss> losses, java.util.function.Predicate<SessionLoss> test) {
        return IntStream.range(0, losses.size()).filter(i -> test.test(losses.get(i)))
                .mapToObj(String::valueOf).collect(Collectors.joining(", "));
    }

    private static String names(List<Mineral> minerals) {
        return minerals.stream().map(m -> m.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
}
