package org.replenish.plan;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.replenish.codes.AssumptionCode;
import org.replenish.codes.CodedText;
import org.replenish.codes.Message;
import org.replenish.codes.PlanNoteCode;
import org.replenish.codes.Texts;
import org.replenish.drink.DrinkLabel;
import org.replenish.drink.LabelContent;
import org.replenish.drink.LabelContents;
import org.replenish.plan.PlanGuidance.CarbohydrateBand;
import org.replenish.plan.PlanGuidance.SourcedSpan;
import org.replenish.reference.Assumptions;
import org.replenish.reference.ReferenceData;
import org.replenish.reference.SafetyCondition;
import org.replenish.safety.SafetyDecision;
import org.replenish.safety.SafetyPolicy;
import org.replenish.safety.SafetyRequest;
import org.replenish.safety.SymptomNotes;
import org.replenish.sweat.EnergyExpended;
import org.replenish.sweat.SessionAssumptions;
import org.replenish.sweat.SessionLoss;
import org.replenish.sweat.SweatLossModel;
import org.replenish.sweat.WorkoutModelSummary;
import org.replenish.units.AmountRange;
import org.replenish.units.AmountSpan;
import org.replenish.units.AmountUnit;
import org.replenish.units.Band;
import org.replenish.units.GramSpan;
import org.replenish.units.Mineral;
import org.replenish.units.MineralConverter;
import org.replenish.units.Numbers;
import org.replenish.units.VolumeRange;
import org.replenish.units.VolumeSpan;
import org.replenish.vocabulary.Sport;

/**
 * Plans a session (sheet 13): fluid before by body mass; during, per hour, fluid never above the expected sweat rate
 * (its low end when the band is wide) and enough to keep the loss under 2 % of body mass where that does not exceed
 * it, sodium from drinks in the sports-drink range at that fluid (never above the expected sweat sodium), carbohydrate
 * by duration; after, fluid for the loss the plan leaves from the low end of the sweat; and each drink at the plan's
 * fluid. The sweat is the deficit estimate's own model, and the one safety policy decides first. Pure.
 */
@Singleton
public final class SessionPlanner {

    private final ReferenceData data;
    private final PlanGuidance guidance;
    private final MineralConverter converter;
    private final SafetyPolicy safety;
    private final SweatLossModel sweat;
    private final LabelContents labels;
    private final SymptomNotes symptomNotes;

    public SessionPlanner(ReferenceData data, PlanReference reference, MineralConverter converter, SafetyPolicy safety,
                          SweatLossModel sweat, LabelContents labels, SymptomNotes symptomNotes) {
        this.data = data;
        this.guidance = reference.guidance();
        this.converter = converter;
        this.safety = safety;
        this.sweat = sweat;
        this.labels = labels;
        this.symptomNotes = symptomNotes;
    }

    /** The plan with its messages in English. */
    public SessionPlan plan(SessionPlanRequest request) {
        return plan(request, Texts.ENGLISH);
    }

    /** The plan with its messages in the language of texts. */
    public SessionPlan plan(SessionPlanRequest request, Texts texts) {
        SessionLoss loss = sweat.estimate(request.session(), request.sweatPerson());
        SafetyDecision decision = safety.decide(new SafetyRequest(request.person(), request.riskFactorsOrEmpty(),
                request.symptomsOrEmpty(), List.of(loss), request.drinksOrEmpty().isEmpty() ? Set.of()
                : Set.of(SafetyCondition.SUPPLEMENT_OR_ELECTROLYTE_DRINK_GIVEN)), texts);
        Assumptions assumptions = new Assumptions();
        assumptions.add(AssumptionCode.SESSION_SWEAT_MODEL);
        SessionAssumptions.add(assumptions, List.of(loss), data, sweat.workoutData());
        if (loss.youthBandWidened()) {
            data.sweat().youthSweat().addAssumption(assumptions);
        }
        List<CodedText> symptoms = symptomNotes.of(request.symptomsOrEmpty(), texts);
        if (decision.urgent()) {
            // A red flag ends the arithmetic: nothing that invites drinking or eating salt (sheet 10).
            return new SessionPlan(decision.result(), null, null, null, List.of(), List.of(), decision.flags(),
                    symptoms, assumptions.list(texts), data.version(), texts.disclaimer(data.disclaimer()));
        }
        Inputs in = new Inputs(request, loss, decision);
        VolumeSpan fluid = VolumeSpan.ofMillilitres(in.fluidLowMl, in.fluidHighMl);
        DuringSession during = new DuringSession(
                loss.estimated() ? VolumeRange.ofMillilitres(loss.sweatLitres().times(1000.0 / in.hours)) : null,
                loss.rateSource(), loss.workout() == null ? null : WorkoutModelSummary.of(loss.workout()), fluid,
                in.sodiumShown() ? AmountRange.of(converter, Mineral.SODIUM, in.sweatSodiumPerHourMg) : null,
                in.sodiumShown() ? AmountSpan.ofMilligrams(converter, Mineral.SODIUM, in.sodiumLowMg, in.sodiumHighMg)
                        : null,
                in.child ? null : GramSpan.of(in.carbohydrateLowGrams(), in.carbohydrateHighGrams()),
                in.carbohydrateAdvice(), duringSources(in));
        List<CodedText> notes = new ArrayList<>();
        notes.add(CodedText.of(Message.of(PlanNoteCode.NEVER_DRINK_MORE_THAN_SWEAT, "sourceIds",
                data.citations(List.of("HEWBUTLER2015", "NATA2017"))), texts));
        notes.add(CodedText.of(Message.of(PlanNoteCode.WEIGH_BEFORE_AND_AFTER, "sourceId",
                data.citation("BAKER2017")), texts));
        if (in.child) {
            SourcedSpan young = guidance.children().drinkingMillilitresPerHour();
            notes.add(CodedText.of(Message.of(PlanNoteCode.YOUNG_ATHLETES_DRINKING, "lowMl", young.low(),
                    "highMl", young.high(), "sourceId", data.citation(young.sourceId())), texts));
        }
        List<DrinkPlan> drinks = new ArrayList<>();
        for (int i = 0; i < request.drinksOrEmpty().size(); i++) {
            drinks.add(drink(i, request.drinksOrEmpty().get(i), in, fluid, texts));
        }
        return new SessionPlan(decision.result(), before(in.massKg), during, after(loss, in), drinks, notes,
                decision.flags(), symptoms, assumptions.list(texts), data.version(),
                texts.disclaimer(data.disclaimer()));
    }

    private BeforeSession before(double massKg) {
        SourcedSpan four = guidance.before().fourHoursMillilitresPerKg();
        SourcedSpan two = guidance.before().twoHoursMillilitresPerKg();
        return new BeforeSession(VolumeSpan.ofMillilitres(four.low() * massKg, four.high() * massKg),
                VolumeSpan.ofMillilitres(two.low() * massKg, two.high() * massKg), four.sourceId());
    }

    /**
     * The loss the plan leaves, from the low end of the sweat (an overestimated rate must not lead to over-drinking):
     * at least low sweat - most planned fluid, at most low sweat - least planned fluid; 1.25-1.5 L per kg of it.
     */
    private AfterSession after(SessionLoss loss, Inputs in) {
        SourcedSpan perKg = guidance.after().fluidLitresPerKgLost();
        List<String> sources = Stream.of(perKg.sourceId(), perKg.lowSourceId()).distinct().toList();
        if (!loss.estimated()) {
            return new AfterSession(null, null, sources);
        }
        double sweatLowLitres = loss.sweatLitres().low();
        double leftLowKg = Math.max(0, sweatLowLitres - in.fluidHighMl * in.hours / 1000.0);
        double leftHighKg = Math.max(0, sweatLowLitres - in.fluidLowMl * in.hours / 1000.0);
        VolumeSpan fluid = VolumeSpan.ofMillilitres(perKg.low() * leftLowKg * 1000.0, perKg.high() * leftHighKg * 1000.0);
        AmountSpan sodium = null;
        if (in.sodiumShown()) {
            Band lossMg = loss.lossMg().get(Mineral.SODIUM);
            double low = Math.max(0, lossMg.low() - in.sodiumHighMg * in.hours);
            double high = Math.max(low, lossMg.low() - in.sodiumLowMg * in.hours);
            sodium = AmountSpan.ofMilligrams(converter, Mineral.SODIUM, low, high);
        }
        return new AfterSession(fluid, sodium, sources);
    }

    private DrinkPlan drink(int index, DrinkLabel label, Inputs in, VolumeSpan volume, Texts texts) {
        LabelContent content = labels.of(label);
        List<CodedText> notes = new ArrayList<>();
        AmountSpan sodium = null;
        Boolean meetsSodium = null;
        if (content.onLabel(Mineral.SODIUM)) {
            double perLitre = content.mgPerLitre().get(Mineral.SODIUM);
            double low = perLitre * in.fluidLowMl / 1000.0;
            double high = perLitre * in.fluidHighMl / 1000.0;
            sodium = AmountSpan.ofMilligrams(converter, Mineral.SODIUM, low, high);
            if (in.sodiumShown()) {
                meetsSodium = high >= in.sodiumLowMg;
                if (!meetsSodium) {
                    notes.add(CodedText.of(Message.of(PlanNoteCode.DRINK_SODIUM_SHORT, "shortMg",
                            Numbers.tenth(in.sodiumLowMg - high)), texts));
                }
            }
        }
        GramSpan carbohydrate = null;
        Boolean meetsCarbohydrate = null;
        boolean carbohydratePlanned = !in.child && in.carbohydrateLowGrams() > 0;
        if (content.carbohydrateGramsPerLitre() != null) {
            double high = content.carbohydrateGramsPerLitre() * in.fluidHighMl / 1000.0;
            carbohydrate = GramSpan.of(content.carbohydrateGramsPerLitre() * in.fluidLowMl / 1000.0, high);
            if (carbohydratePlanned) {
                meetsCarbohydrate = high >= in.carbohydrateLowGrams();
                if (!meetsCarbohydrate) {
                    notes.add(CodedText.of(Message.of(PlanNoteCode.DRINK_CARBOHYDRATE_SHORT, "shortGrams",
                            Numbers.tenth(in.carbohydrateLowGrams() - high)), texts));
                }
            }
        } else if (carbohydratePlanned) {
            meetsCarbohydrate = false;
            notes.add(CodedText.of(Message.of(PlanNoteCode.DRINK_CARBOHYDRATE_NOT_ON_LABEL), texts));
        }
        if (content.onLabel(Mineral.POTASSIUM) && in.decision.of(Mineral.POTASSIUM).withholdsSupplementCounts()) {
            notes.add(CodedText.of(Message.of(PlanNoteCode.DRINK_POTASSIUM_WITH_CLINICIAN), texts));
        }
        return new DrinkPlan(index, content.name(), volume, sodium, carbohydrate, meetsSodium, meetsCarbohydrate,
                notes);
    }

    /**
     * The session's intensity in MET (1 MET = 1 kcal per kg per hour): from the energy, resting energy added to an
     * ACTIVE figure, else the activity's Compendium value; null when neither is known (intensity unknown).
     */
    private Double intensityMet(SessionPlanRequest request, double massKg, double hours) {
        EnergyExpended energy = request.session().energyExpended();
        double resting = sweat.workoutData().restingEnergyKcalPerKgPerHour().value();
        if (energy != null) {
            return energy.totalKilocalories(resting, massKg, hours) / hours / massKg / resting;
        }
        return sweat.workoutData().activities().get(request.session().sport() == null
                ? Sport.OTHER : request.session().sport()).met();
    }

    private List<String> duringSources(Inputs in) {
        List<String> sources = new ArrayList<>(List.of(guidance.during().maximumBodyMassLossPercent().sourceId(),
                guidance.during().drinkSodiumMilliequivalentsPerLitre().sourceId()));
        if (in.child) {
            sources.add(guidance.children().drinkingMillilitresPerHour().sourceId());
        } else {
            sources.add(in.carbohydrate.sourceId());
        }
        return sources.stream().distinct().toList();
    }

    /** The figures the parts of a plan share, worked out once. */
    private final class Inputs {

        final double hours;
        final double massKg;
        final boolean child;
        final boolean sweatKnown;
        final SafetyDecision decision;
        final CarbohydrateBand carbohydrate;
        final double fluidLowMl;
        final double fluidHighMl;
        final Band sweatSodiumPerHourMg;
        final double sodiumLowMg;
        final double sodiumHighMg;
        private final boolean sodiumWithheld;
        private final boolean light;

        Inputs(SessionPlanRequest request, SessionLoss loss, SafetyDecision decision) {
            double minutes = request.session().durationMinutes();
            this.hours = minutes / 60.0;
            this.massKg = request.person().bodyMass().kilograms();
            double age = request.person().ageYears();
            this.child = age < guidance.children().belowAgeYears().value();
            this.sweatKnown = loss.estimated();
            this.decision = decision;
            this.carbohydrate = guidance.during().carbohydrate().stream().filter(b -> minutes < b.belowMinutes())
                    .findFirst().orElseThrow();
            this.sodiumWithheld = decision.of(Mineral.SODIUM).withholdsTargetArithmetic();
            Double met = intensityMet(request, massKg, hours);
            this.light = met != null && met < guidance.during().carbohydrateFromMet().value();
            SourcedSpan young = guidance.children().drinkingMillilitresPerHour();
            if (!sweatKnown) {
                // Only a child's sweat goes unestimated: the young athletes' volumes (sheet 11), no adult default.
                this.fluidLowMl = young.low();
                this.fluidHighMl = young.high();
                this.sweatSodiumPerHourMg = null;
                this.sodiumLowMg = 0;
                this.sodiumHighMg = 0;
                return;
            }
            Band ratePerHourMl = loss.sweatLitres().times(1000.0 / hours);
            double wide = guidance.during().wideBandBelowShareOfExpected().value();
            double ceiling = ratePerHourMl.low() < wide * ratePerHourMl.expected() ? ratePerHourMl.low()
                    : ratePerHourMl.expected();
            if (child) {
                ceiling = Math.min(ceiling, young.high());
            } else if (age < data.sweat().youthSweat().belowAgeYears().value()) {
                ceiling = Math.min(ceiling, guidance.children().adolescentMaximumMillilitresPerHour().value());
            }
            // Enough that the expected sweat leaves at most 2 % of body mass (1 kg = 1 L) unreplaced by the end.
            double allowedLossMl = guidance.during().maximumBodyMassLossPercent().value() / 100.0 * massKg * 1000.0;
            double aim = Math.max(0, ratePerHourMl.expected() - allowedLossMl / hours);
            this.fluidHighMl = ceiling;
            this.fluidLowMl = Math.min(aim, ceiling);
            this.sweatSodiumPerHourMg = loss.lossMg().get(Mineral.SODIUM).times(1.0 / hours);
            if (minutes < guidance.during().sodiumDuringFromMinutes().value()) {
                this.sodiumLowMg = 0;
                this.sodiumHighMg = 0;
            } else {
                SourcedSpan drinkSodium = guidance.during().drinkSodiumMilliequivalentsPerLitre();
                double mgPerMeq = converter.milligramsPerUnit(Mineral.SODIUM, AmountUnit.MEQ);
                double high = Math.min(fluidHighMl / 1000.0 * drinkSodium.high() * mgPerMeq,
                        sweatSodiumPerHourMg.expected());
                this.sodiumHighMg = high;
                this.sodiumLowMg = Math.min(fluidLowMl / 1000.0 * drinkSodium.low() * mgPerMeq, high);
            }
        }

        boolean sodiumShown() {
            return sweatKnown && !sodiumWithheld;
        }

        CarbohydrateAdvice carbohydrateAdvice() {
            return child ? CarbohydrateAdvice.NOT_FOR_CHILDREN
                    : light ? CarbohydrateAdvice.NOT_FOR_LIGHT_ACTIVITY : carbohydrate.advice();
        }

        double carbohydrateLowGrams() {
            return light ? 0 : carbohydrate.lowGramsPerHour();
        }

        double carbohydrateHighGrams() {
            return light ? 0 : carbohydrate.highGramsPerHour();
        }
    }
}
