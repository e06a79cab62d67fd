package org.replenish.potassium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.replenish.TestData;
import org.replenish.reference.ReferenceDataException;

/** potassium.json is read by the feature that owns it, with the loader's strict reading and checks. */
class PotassiumReferenceTest {

    private static PotassiumReference reading(String content) {
        return new PotassiumReference(TestData.DATA,
                file -> new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void shippedFileHoldsTheCapsuleLimit() {
        // Sheet 4.1: the per-unit limit is 99 mg, under the 100 mg prescription threshold.
        assertEquals(99, TestData.POTASSIUM.data().capsuleLimit().limitMg());
        assertEquals(100, TestData.POTASSIUM.data().capsuleLimit().prescriptionThresholdMg());
    }

    @Test
    void malformedFileNamesTheFile() {
        ReferenceDataException e = assertThrows(ReferenceDataException.class, () -> reading("{\"capsuleLimit\": "));
        assertTrue(e.getMessage().contains("potassium.json"), e.getMessage());
    }

    @Test
    void missingFileIsRefused() {
        ReferenceDataException e = assertThrows(ReferenceDataException.class,
                () -> new PotassiumReference(TestData.DATA, file -> null));
        assertTrue(e.getMessage().contains("potassium.json, entry (whole file): file not found"), e.getMessage());
    }

    @Test
    void limitAboveThePrescriptionThresholdIsRefused() {
        String file = """
                {"capsuleLimit": {"limitMg": 120, "prescriptionThresholdMg": 100, "appliesToForms": ["CAPSULE"],
                  "basis": "x", "basisStatements": [], "sourceIds": ["CFR201.306"], "tag": "C"},
                 "lightElements": null, "salts": null, "foods": [], "maximumTargetMg": null}
                """;
        ReferenceDataException e = assertThrows(ReferenceDataException.class, () -> reading(file));
        assertTrue(e.getMessage().contains("potassium.json, entry capsuleLimit: needs 0 < limitMg"), e.getMessage());
    }
}
