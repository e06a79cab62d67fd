package org.replenish.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;
import org.replenish.TestData;

class MineralConverterTest {

    private final MineralConverter converter = TestData.CONVERTER;

    @Test
    void twentyMilliequivalentsOfPotassiumIs781_97Milligrams() {
        // 20 mEq x 39.0983 mg/mEq (K is monovalent) = 781.966 mg
        assertEquals(781.97, converter.toMilligrams(Mineral.POTASSIUM, 20, AmountUnit.MEQ), 0.005);
    }

    @Test
    void oneMillimoleOfMagnesiumIsTwoMilliequivalentsAnd24_305Milligrams() {
        assertEquals(24.305, converter.toMilligrams(Mineral.MAGNESIUM, 1, AmountUnit.MMOL), 1e-12);
        assertEquals(2.0, converter.factor(Mineral.MAGNESIUM, AmountUnit.MMOL, AmountUnit.MEQ), 1e-12);
        assertEquals(24.305, converter.toMilligrams(Mineral.MAGNESIUM, 2, AmountUnit.MEQ), 1e-12);
    }

    @Test
    void oneGramOfSodiumIs43_50Millimoles() {
        // 1000 mg / 22.98976928 mg/mmol = 43.4977 mmol
        assertEquals(43.50, converter.fromMilligrams(Mineral.SODIUM, 1000, AmountUnit.MMOL), 0.005);
    }

    @Test
    void sheetChecksForConcentrations() {
        // Reference sheet section 6: 20 mEq/L Na = 460 mg/L; 5 mEq/L K = 195 mg/L.
        assertEquals(460, converter.toMilligrams(Mineral.SODIUM, 20, AmountUnit.MEQ), 0.5);
        assertEquals(195, converter.toMilligrams(Mineral.POTASSIUM, 5, AmountUnit.MEQ), 0.5);
        // Chloride is monovalent (valence -1): mEq equals mmol.
        assertEquals(35.45, converter.toMilligrams(Mineral.CHLORIDE, 1, AmountUnit.MEQ), 1e-12);
    }

    @Test
    void milligramsToMillimolesAndBackRoundTripsForEveryMineral() {
        qt().forAll(arbitrary().enumValues(Mineral.class), doubles().between(1e-6, 1e9))
                .check((mineral, mg) -> {
                    double mmol = converter.fromMilligrams(mineral, mg, AmountUnit.MMOL);
                    double back = converter.toMilligrams(mineral, mmol, AmountUnit.MMOL);
                    return Math.abs(back - mg) <= 1e-9 * mg;
                });
    }

    @Test
    void anyUnitRoundTripsThroughAnyOther() {
        qt().forAll(arbitrary().enumValues(Mineral.class), arbitrary().enumValues(AmountUnit.class),
                        arbitrary().enumValues(AmountUnit.class), doubles().between(1e-6, 1e6))
                .check((mineral, from, to, value) -> {
                    double there = value * converter.factor(mineral, from, to);
                    double back = there * converter.factor(mineral, to, from);
                    return Math.abs(back - value) <= 1e-9 * value;
                });
    }
}
