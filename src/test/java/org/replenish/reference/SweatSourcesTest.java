package org.replenish.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;
import org.replenish.TestData;
import org.replenish.units.Mineral;
import org.replenish.vocabulary.Confidence;

/**
 * Issue 11 item 11: each end of a sweat band names where it comes from (sheet 2.2). Baker 2016: whole-body
 * 35.9 (18.2-70.8), forearm 43.6 (12.6-104.8) mmol/L; Lara 2016 groups below 30 (mean 21.4), 30-60 (43.2), above 60
 * (71.0); ACSM 2007 calcium 1 mEq/L (0.3-2) [M], i.e. 0.5 (0.15-1.0) mmol/L for a divalent ion.
 */
class SweatSourcesTest {

    private final SweatDefaults sweat = TestData.DATA.sweat();

    @Test
    void saltyHighIsBakersForearmMaximumTaggedM() {
        SourcedRange salty = sweat.sodiumProfiles().get(SweatSodiumProfile.SALTY).sodium();
        assertEquals(71.0, salty.expected());
        assertEquals(60.0, salty.low());
        assertEquals("LARA2016", salty.sourceId());
        assertEquals(104.8, salty.high());
        assertEquals("BAKER2016", salty.highSourceId());
        assertEquals(Confidence.M, salty.highTag());
        assertNotNull(salty.boundsNote());
    }

    @Test
    void lowLowIsBakersWholeBodyMinimum() {
        SourcedRange low = sweat.sodiumProfiles().get(SweatSodiumProfile.LOW).sodium();
        assertEquals(18.2, low.low());
        assertEquals("BAKER2016", low.lowSourceId());
        assertEquals(Confidence.C, low.lowTag());
        assertEquals(30.0, low.high());
        assertEquals("LARA2016", low.sourceId());
    }

    @Test
    void calciumBandIsTheAcsmRangeConverted() {
        SourcedRange calcium = sweat.concentrations().get(Mineral.CALCIUM);
        assertEquals(0.3 / 2, calcium.low(), 1e-12);
        assertEquals(2.0 / 2, calcium.high(), 1e-12);
        assertEquals("ACSM2007", calcium.lowSourceId());
        assertEquals(Confidence.M, calcium.highTag());
        assertEquals("BAKERJEUKENDRUP2014", calcium.sourceId());
        assertEquals(Confidence.S, calcium.tag());
    }
}
