package org.replenish.drink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.replenish.TestData;
import org.replenish.reference.ReferenceDataException;

/** drink-guidance.json is read by the feature that owns it, with the loader's strict reading and checks. */
class DrinkReferenceTest {

    private static DrinkReference reading(String content) {
        return new DrinkReference(TestData.DATA,
                file -> new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void shippedFileHoldsTheReferenceAmount() {
        // 21 CFR 101.12 (as amended in 2016, source FDA2016RACC): a beverage's reference amount is 360 mL (12 fl oz).
        assertEquals(360, TestData.DRINK.guidance().referenceAmount().millilitres());
    }

    @Test
    void malformedFileNamesTheFile() {
        ReferenceDataException e = assertThrows(ReferenceDataException.class, () -> reading("{\"claimThresholds\": "));
        assertTrue(e.getMessage().contains("drink-guidance.json"), e.getMessage());
    }

    @Test
    void unknownFieldIsRefused() {
        ReferenceDataException e = assertThrows(ReferenceDataException.class, () -> reading("{\"claimThreshold\": {}}"));
        assertTrue(e.getMessage().contains("drink-guidance.json"), e.getMessage());
    }

    @Test
    void claimThresholdsOutOfOrderAreRefused() {
        String file = """
                {"claimThresholds": {"sourceId": "FDA2016RACC", "tag": "C", "goodFromPercentDailyValue": 20,
                  "highFromPercentDailyValue": 10}}
                """;
        ReferenceDataException e = assertThrows(ReferenceDataException.class, () -> reading(file));
        assertTrue(e.getMessage().contains("drink-guidance.json, entry claimThresholds: needs 0 < good < high"),
                e.getMessage());
    }
}
