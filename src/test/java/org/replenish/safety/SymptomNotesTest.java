package org.replenish.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.replenish.TestData;
import org.replenish.codes.CodedText;
import org.replenish.codes.Language;
import org.replenish.codes.Texts;
import org.replenish.vocabulary.Symptom;

/**
 * Issue 26 item 8: the article's symptoms are answered with what they do and do not indicate, never ignored in
 * silence. Exercise cramps: a confluence of factors, mostly neuromuscular, not proof of an electrolyte deficiency
 * (Schwellnus 2009: four prospective cohort studies do not support the dehydration or electrolyte-depletion hypothesis;
 * Miller et al. 2022). Pain, slow recovery and bowel or kidney complaints are not read as electrolyte signs (design).
 */
class SymptomNotesTest {

    private static List<CodedText> notes(Symptom... symptoms) {
        return TestData.SYMPTOM_NOTES.of(List.of(symptoms), Texts.ENGLISH);
    }

    @Test
    void crampsAreNotProofOfADeficiency() {
        List<CodedText> notes = notes(Symptom.LEG_CRAMPS);
        assertEquals(List.of("CRAMPS_ARE_MOSTLY_NEUROMUSCULAR"), notes.stream().map(CodedText::code).toList());
        assertEquals("SCHWELLNUS2009,MILLER2022", notes.get(0).parameters().get("sourceIds"));
        assertTrue(notes.get(0).text().contains("not proof of an electrolyte deficiency"));
        assertTrue(notes.get(0).text().contains("Drinking more does not prevent them"));
    }

    @Test
    void otherComplaintsAreNotReadAsElectrolyteSigns() {
        List<CodedText> notes = notes(Symptom.MUSCLE_PAIN, Symptom.CONSTIPATION, Symptom.LEG_CRAMPS);
        assertEquals(List.of("CRAMPS_ARE_MOSTLY_NEUROMUSCULAR", "NOT_READ_AS_AN_ELECTROLYTE_SIGN"),
                notes.stream().map(CodedText::code).toList());
        assertEquals("MUSCLE_PAIN,CONSTIPATION", notes.get(1).parameters().get("symptoms"));
        assertTrue(notes.get(1).text().startsWith("muscle pain, constipation: not read as a sign"));
        assertTrue(TestData.SYMPTOM_NOTES.of(List.of(Symptom.CONSTIPATION), Texts.of(Language.DE)).get(0).text()
                .startsWith("Verstopfung:"));
    }

    @Test
    void redFlagsAreThePolicysNotANote() {
        assertEquals(List.of(), notes(Symptom.SEIZURE, Symptom.CONFUSION));
    }
}
