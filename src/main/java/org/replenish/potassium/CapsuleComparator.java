package org.replenish.potassium;

import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.replenish.codes.AssumptionCode;
import org.replenish.codes.CodedText;
import org.replenish.codes.Message;
import org.replenish.codes.NoteCode;
import org.replenish.codes.Texts;
import org.replenish.reference.Assumptions;
import org.replenish.reference.ReferenceData;
import org.replenish.reference.PolicyDecision;
import org.replenish.reference.SafetyCondition;
import org.replenish.safety.SafetyDecision;
import org.replenish.safety.SafetyPolicy;
import org.replenish.safety.SafetyRequest;
import org.replenish.safety.SymptomNotes;
import org.replenish.sweat.SweatPerson;
import org.replenish.sweat.SweatLossModel;
import org.replenish.targets.MineralTarget;
import org.replenish.targets.SelectedTargets;
import org.replenish.targets.TargetSelector;
import org.replenish.units.AmountUnit;
import org.replenish.units.Mineral;
import org.replenish.units.MineralConverter;
import org.replenish.units.Numbers;
import org.replenish.units.Quotients;

/**
 * Sets a potassium target against the 99 mg capsule limit: the share one capsule is, how many capsules or food
 * portions add up to the target or gap, and what a product holds. Counts are context, never doses, and follow the
 * safety policy's decision for potassium: any decision withholds capsule and serving counts; urgent care, the target
 * set with a clinician and medical losses withhold the gap, the share and the food portions too. Pure.
 */
@Singleton
public final class CapsuleComparator {

    private final ReferenceData data;
    private final PotassiumData potassium;
    private final MineralConverter converter;
    private final TargetSelector targets;
    private final SafetyPolicy safety;
    private final SweatLossModel sweat;
    private final SymptomNotes symptomNotes;
    private final SaltFractions salts;
    private final CapsuleLimit capsuleLimit;
    private final List<PotassiumData.Food> foodsLargestFirst;

    public CapsuleComparator(ReferenceData data, PotassiumReference reference, MineralConverter converter,
                             TargetSelector targets, SafetyPolicy safety, SweatLossModel sweat,
                             SymptomNotes symptomNotes) {
        this.data = data;
        this.potassium = reference.data();
        this.converter = converter;
        this.targets = targets;
        this.safety = safety;
        this.sweat = sweat;
        this.symptomNotes = symptomNotes;
        this.salts = new SaltFractions(potassium, data.elements());
        PotassiumData.CapsuleLimitData limit = potassium.capsuleLimit();
        this.capsuleLimit = new CapsuleLimit(converter.amount(Mineral.POTASSIUM, limit.limitMg()),
                converter.amount(Mineral.POTASSIUM, limit.prescriptionThresholdMg()), limit.appliesToForms(),
                limit.basis(), limit.basisStatements().stream()
                        .map(b -> new BasisStatement(b.statement(), b.sourceIds(), b.tag())).toList(),
                limit.sourceIds(), data.version());
        this.foodsLargestFirst = potassium.foods().stream()
                .sorted(Comparator.comparingDouble(PotassiumData.Food::potassiumMg).reversed())
                .toList();
    }

    public CapsuleLimit capsuleLimit() {
        return capsuleLimit;
    }

    /** The comparison with its messages in English. */
    public CapsuleComparison compare(CapsuleComparisonRequest request) {
        return compare(request, Texts.ENGLISH);
    }

    /** The comparison with its messages in the language of texts. */
    public CapsuleComparison compare(CapsuleComparisonRequest request, Texts texts) {
        ComparisonTarget target = target(request, texts);
        SweatPerson person = request.sweatPerson();
        SafetyDecision decision = safety.decide(new SafetyRequest(request.person(), request.riskFactorsOrEmpty(),
                request.symptomsOrEmpty(), request.sessionsOrEmpty().stream().map(s -> sweat.estimate(s, person)).toList(),
                request.product() == null ? Set.of() : Set.of(SafetyCondition.SUPPLEMENT_OR_ELECTROLYTE_DRINK_GIVEN)),
                texts);
        PolicyDecision policy = decision.of(Mineral.POTASSIUM);
        boolean arithmetic = !policy.withholdsTargetArithmetic();
        boolean counts = !policy.withholdsSupplementCounts();
        double targetMg = target.amount().mg();
        Double gapMg = request.dietaryIntake() == null || !arithmetic ? null
                : Math.max(0, targetMg - converter.toMilligrams(Mineral.POTASSIUM, request.dietaryIntake()));
        double limitMg = potassium.capsuleLimit().limitMg();
        List<CodedText> notes = CodedText.all(List.of(Message.of(NoteCode.ARITHMETIC_NOT_A_DOSE), Message.of(
                policy == PolicyDecision.URGENT_CARE ? NoteCode.URGENT_CARE_FIRST
                        : counts ? NoteCode.FOOD_FIRST : NoteCode.PLAN_POTASSIUM_WITH_CLINICIAN)), texts);
        return new CapsuleComparison(capsuleLimit, target, decision.result(),
                gapMg == null ? null : converter.amount(Mineral.POTASSIUM, gapMg),
                arithmetic ? Quotients.of(limitMg, targetMg) * 100.0 : null,
                counts ? Quotients.of(targetMg, limitMg) : null,
                counts && gapMg != null ? Quotients.of(gapMg, limitMg) : null,
                !counts,
                request.product() == null ? null : product(request.product(), counts ? gapMg : null, texts),
                foods(targetMg, gapMg, arithmetic), decision.flags(), symptomNotes.of(request.symptomsOrEmpty(), texts),
                CodedText.texts(notes), notes,
                assumptions(request).list(texts), data.version(), texts.disclaimer(data.disclaimer()));
    }

    private ComparisonTarget target(CapsuleComparisonRequest request, Texts texts) {
        if (request.target() != null) {
            double mg = converter.toMilligrams(Mineral.POTASSIUM, request.target());
            return new ComparisonTarget(converter.amount(Mineral.POTASSIUM, mg), null, null, null, null, null);
        }
        if (request.person() == null) {
            MineralTarget dailyValue = targets.labelDailyValues().of(Mineral.POTASSIUM);
            return new ComparisonTarget(dailyValue.amount(), dailyValue.kind(), dailyValue.basis(),
                    dailyValue.sourceId(), null, null);
        }
        // Sheet 1.10 and 7.2: a person's target is the current DRI; the Daily Value is for reading labels.
        SelectedTargets selected = targets.select(request.person(), request.personBasis());
        MineralTarget target = selected.of(Mineral.POTASSIUM);
        CodedText group = CodedText.of(selected.lifeStageGroup(), texts);
        return new ComparisonTarget(target.amount(), target.kind(), target.basis(), target.sourceId(), group.text(),
                group);
    }

    private Assumptions assumptions(CapsuleComparisonRequest request) {
        Assumptions assumptions = new Assumptions();
        if (request.target() == null && request.person() == null) {
            MineralTarget dailyValue = targets.labelDailyValues().of(Mineral.POTASSIUM);
            assumptions.add(AssumptionCode.LABEL_DAILY_VALUE_TARGET, "dailyValueMg", dailyValue.amount().mg(),
                    "sourceId", data.citation(dailyValue.sourceId()));
        }
        return assumptions;
    }

    /** gapMg is null without a gap or when the policy withholds counts. */
    private ProductAssessment product(PotassiumProduct product, Double gapMg, Texts texts) {
        Double fraction = product.salt() == null ? null : salts.potassiumFraction(product.salt().compound());
        double perUnitMg = fraction == null
                ? converter.toMilligrams(Mineral.POTASSIUM, product.potassiumPerUnit())
                : product.salt().massPerUnit().value() * (product.salt().massPerUnit().unit() == AmountUnit.G ? 1000 : 1)
                        * fraction;
        int units = product.unitsPerServingOrOne();
        double perServingMg = perUnitMg * units;
        boolean solid = potassium.capsuleLimit().appliesToForms().contains(product.form());
        double threshold = potassium.capsuleLimit().prescriptionThresholdMg();
        Boolean exceeds = solid ? perUnitMg >= threshold : null;
        PotassiumData.CapsuleLimitData limit = potassium.capsuleLimit();
        // potassium.json lists the drug rule (CFR201.306) first among the limit's sources.
        Message note = !solid ? Message.of(NoteCode.LIMIT_NOT_FOR_FORM, "limitMg", limit.limitMg(), "form", product.form())
                : Message.of(exceeds ? NoteCode.UNIT_AT_OR_ABOVE_PRESCRIPTION_THRESHOLD
                        : NoteCode.UNIT_BELOW_PRESCRIPTION_THRESHOLD, "unitMg", Numbers.tenth(perUnitMg),
                        "thresholdMg", threshold, "ruleSourceId", data.citation(limit.sourceIds().get(0)), "limitMg", limit.limitMg());
        List<CodedText> notes = List.of(CodedText.of(note, texts));
        Double gapMultiple = gapMg == null ? null : Quotients.of(gapMg, perServingMg);
        return new ProductAssessment(converter.amount(Mineral.POTASSIUM, perUnitMg),
                converter.amount(Mineral.POTASSIUM, perServingMg), units, product.form(),
                fraction == null ? null : fraction * 100.0,
                product.salt() == null ? null : potassium.salts().get(product.salt().compound()).formula(),
                exceeds, gapMultiple, CodedText.texts(notes), notes);
    }

    /** Food portions are food figures: they stay under the supplement gate and go with the target arithmetic. */
    private List<FoodEquivalent> foods(double targetMg, Double gapMg, boolean arithmetic) {
        double limitMg = potassium.capsuleLimit().limitMg();
        return foodsLargestFirst.stream()
                .map(food -> new FoodEquivalent(food.food(), food.portion(),
                        converter.amount(Mineral.POTASSIUM, food.potassiumMg()), food.potassiumMg() / limitMg,
                        arithmetic ? Count.of(targetMg / food.potassiumMg()) : null,
                        gapMg == null ? null : Count.of(gapMg / food.potassiumMg()), food.sourceId()))
                .toList();
    }
}
