package org.replenish.reference;

import java.util.List;
import java.util.Map;
import org.replenish.vocabulary.Confidence;
import org.replenish.vocabulary.RiskFactor;
import org.replenish.vocabulary.Symptom;

/** The risk factors, the rule that turns their weights into a level, and the ages of the life-stage gates. */
public record RiskFactorTable(LevelRule levelRule, LifeStageGates lifeStageGates, SymptomNotes symptomNotes,
                              Map<RiskFactor, RiskFactorInfo> factors) {

    /**
     * What the article's symptoms do and do not indicate: cramps are mostly neuromuscular, not proof of a deficiency;
     * the others are not read as electrolyte signs at all.
     */
    public record SymptomNotes(SymptomNote cramps, SymptomNote notElectrolyteSigns) {
    }

    /** Symptoms that share a note, with the note's sources. */
    public record SymptomNote(List<Symptom> symptoms, List<String> sourceIds, Confidence tag) {
    }

    /** Total deficiency weight from which the level is ELEVATED, and HIGH. */
    public record LevelRule(String sourceId, Confidence tag, int elevatedFromWeight, int highFromWeight) {
    }

    /**
     * Ages from which (older adults) and below which (children) potassium supplements are left to a clinician, and
     * below which (infants) any potassium or magnesium supplement or electrolyte drink is.
     */
    public record LifeStageGates(SourcedValue olderAdultFromAgeYears, SourcedValue childBelowAgeYears,
                                 SourcedValue infantBelowAgeYears) {
    }
}
