package org.replenish.sweat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.replenish.Sessions.litresPerHour;
import static org.replenish.Sessions.minutes;
import static org.replenish.Sessions.sodiumAt;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.replenish.Constraints;
import org.replenish.TestData;
import org.replenish.units.Band;
import org.replenish.units.ConcentrationUnit;
import org.replenish.units.Mineral;

/**
 * Issue 26 item 6 (sheet 2.2): a supplied sweat sodium says where it was measured. A patch (regional) value overstates
 * whole-body sodium and is converted, whole-body = 0.57 x regional + 11.05 mmol/L (Baker 2016), with Baker 2020's
 * limits of agreement (about 17 mmol/L) as the band; a whole-body value is used as given (+/- 12 mmol/L, Baker 2020).
 * Chloride follows the measured sodium at 0.76 x sodium, the ratio of Lara 2016's group means (16.4 / 21.4 = 0.766,
 * 31.9 / 43.2 = 0.738, 54.4 / 71.0 = 0.766), not the population default of 31.9 mmol/L.
 */
class SweatTestSiteTest {

    private static Map<Mineral, Band> concentrations(SweatTestSite site, double sodium) {
        return TestData.SWEAT.concentrations(sodiumAt(litresPerHour(minutes(60), 1.0), sodium,
                ConcentrationUnit.MMOL_PER_L, site));
    }

    @ParameterizedTest(name = "{0} {1} mmol/L -> whole-body {2} +/- {3}, chloride {4}")
    @CsvSource({
        // 0.57 x 80 + 11.05 = 56.65; chloride 0.76 x 56.65 = 43.054.
        "FOREARM, 80, 56.65, 17, 43.054",
        "OTHER_REGION, 80, 56.65, 17, 43.054",
        // Not given: taken as a patch value, converted the same way.
        ", 80, 56.65, 17, 43.054",
        // Whole-body: as given; chloride 0.76 x 80 = 60.8.
        "WHOLE_BODY, 80, 80, 12, 60.8"
    })
    void sodiumIsWholeBodyAndChlorideFollowsIt(SweatTestSite site, double measured, double sodium, double spread,
                                               double chloride) {
        Map<Mineral, Band> c = concentrations(site, measured);
        assertEquals(sodium, c.get(Mineral.SODIUM).expected(), 1e-9);
        assertEquals(sodium - spread, c.get(Mineral.SODIUM).low(), 1e-9);
        assertEquals(sodium + spread, c.get(Mineral.SODIUM).high(), 1e-9);
        assertEquals(chloride, c.get(Mineral.CHLORIDE).expected(), 1e-9);
        assertEquals(0.76 * (sodium - spread), c.get(Mineral.CHLORIDE).low(), 1e-9);
    }

    @Test
    void theSourceSaysWhichReadingWasUsed() {
        SessionLoss patch = TestData.SWEAT.estimate(sodiumAt(litresPerHour(minutes(60), 1.0), 80,
                ConcentrationUnit.MMOL_PER_L, SweatTestSite.FOREARM), new SweatPerson(30.0, null, null));
        assertEquals(SweatSodiumSource.MEASURED_REGIONAL, patch.sodiumSource());
        SessionLoss wholeBody = TestData.SWEAT.estimate(sodiumAt(litresPerHour(minutes(60), 1.0), 80,
                ConcentrationUnit.MMOL_PER_L, SweatTestSite.WHOLE_BODY), new SweatPerson(30.0, null, null));
        assertEquals(SweatSodiumSource.MEASURED_WHOLE_BODY, wholeBody.sodiumSource());
    }

    @Test
    void aSiteWithoutASodiumIsRefused() {
        ExerciseSession session = new ExerciseSession(60.0, null, null, null, null, null, null, SweatTestSite.FOREARM, null, null);
        assertEquals(List.of("sweatSodiumSite"), Constraints.fields(session));
    }
}
