package org.replenish.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
    void oneGramOfPhosphorusIs32_29MillimolesAndHasNoMilliequivalents() {
        // Sheet 6: P 30.973761998 g/mol, "32.29 mmol" per g (1000 / 30.973761998 = 32.2854), mEq "n/a".
        assertEquals(32.29, converter.fromMilligrams(Mineral.PHOSPHORUS, 1000, AmountUnit.MMOL), 0.005);
        assertFalse(converter.hasMilliequivalents(Mineral.PHOSPHORUS));
        assertNull(converter.amount(Mineral.PHOSPHORUS, 1250).mEq());
        // The FDA Daily Value 1,250 mg (sheet 1.8) is 1250 / 30.973761998 = 40.357 mmol of elemental phosphorus.
        assertEquals(40.357, converter.amount(Mineral.PHOSPHORUS, 1250).mmol(), 0.0005);
    }

    @Test
    void oneMillimoleOfBicarbonateIs61_016Milligrams() {
        // HCO3-: H 1.008 + C 12.011 + 3 x O 15.999 = 61.016 g/mol (IUPAC 2013 conventional values, not in the sheet);
        // 1 g = 1000 / 61.016 = 16.389 mmol; monovalent, so as many mEq (issue 26 item 8).
        assertEquals(61.016, converter.toMilligrams(Mineral.BICARBONATE, 1, AmountUnit.MMOL), 1e-12);
        assertEquals(16.389, converter.fromMilligrams(Mineral.BICARBONATE, 1000, AmountUnit.MMOL), 0.0005);
        assertEquals(16.389, converter.fromMilligrams(Mineral.BICARBONATE, 1000, AmountUnit.MEQ), 0.0005);
    }

    @Test
    void asksForMilliequivalentsOfPhosphorusAreAProgrammingError() {
        assertThrows(IllegalArgumentException.class,
                () -> converter.toMilligrams(Mineral.PHOSPHORUS, 1, AmountUnit.MEQ));
    }

    @Test
    void anyUnitRoundTripsThroughAnyOther() {
        qt().forAll(arbitrary().pick(Mineral.MODELLED), arbitrary().enumValues(AmountUnit.class),
                        arbitrary().enumValues(AmountUnit.class), doubles().between(1e-6, 1e6))
                .check((mineral, from, to, value) -> {
                    double there = value * converter.factor(mineral, from, to);
                    double back = there * converter.factor(mineral, to, from);
                    return Math.abs(back - value) <= 1e-9 * value;
                });
    }
}
