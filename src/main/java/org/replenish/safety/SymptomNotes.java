package org.replenish.safety;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.replenish.codes.CodedText;
import org.replenish.codes.Message;
import org.replenish.codes.NoteCode;
import org.replenish.codes.Texts;
import org.replenish.reference.ReferenceData;
import org.replenish.reference.RiskFactorTable;
import org.replenish.vocabulary.Symptom;

/**
 * What the article's symptoms do and do not indicate (risk-factors.json symptomNotes): cramps are mostly
 * neuromuscular and not proof of a deficiency; pain, slow recovery and bowel or kidney complaints are not read as
 * electrolyte signs. Red-flag symptoms are the safety policy's; these notes only keep the others from being ignored
 * in silence. Pure.
 */
@Singleton
public final class SymptomNotes {

    private final ReferenceData data;
    private final RiskFactorTable.SymptomNotes notes;

    public SymptomNotes(ReferenceData data) {
        this.data = data;
        this.notes = data.riskFactors().symptomNotes();
    }

    public List<CodedText> of(Collection<Symptom> symptoms, Texts texts) {
        List<Message> messages = new ArrayList<>();
        if (symptoms.stream().anyMatch(notes.cramps().symptoms()::contains)) {
            messages.add(Message.of(NoteCode.CRAMPS_ARE_MOSTLY_NEUROMUSCULAR, "sourceIds",
                    data.citations(notes.cramps().sourceIds())));
        }
        List<Symptom> others = symptoms.stream().filter(notes.notElectrolyteSigns().symptoms()::contains)
                .distinct().toList();
        if (!others.isEmpty()) {
            messages.add(Message.of(NoteCode.NOT_READ_AS_AN_ELECTROLYTE_SIGN, "symptoms", others));
        }
        return CodedText.all(messages, texts);
    }
}
