package org.replenish.drink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.replenish.SheetNumbers.P;
import static org.replenish.drink.DrinkCheckerTest.CHECKER;
import static org.replenish.drink.Labels.amount;
import static org.replenish.drink.Labels.drink;
import static org.replenish.drink.Labels.gatorade;
import static org.replenish.drink.Labels.mg;
import static org.replenish.drink.Labels.perLiter;
import static org.replenish.drink.Labels.perServing;
import static org.replenish.drink.Labels.phosphorus;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.replenish.Constraints;
import org.replenish.reference.Assumption;
import org.replenish.units.AmountInput;
import org.replenish.units.AmountUnit;
import org.replenish.validation.Violation;

/**
 * Issue 17: a label may state phosphorus; the check reports it in mg and mmol of elemental phosphorus (sheet 6,
 * P 30.973761998, "express as mmol P") and judges nothing about it. Expectations worked by hand from the sheet.
 */
class DrinkPhosphorusTest {

    private static DrinkCheckRequest servings(DrinkLabel label, double servings) {
        return new DrinkCheckRequest(label, null, servings, null, null, null, null, null);
    }

    @Test
    void milligramsPerServingAreReportedPerServingPerLitreAndDrunk() {
        // 50 mg phosphorus per 250 mL serving, 2 servings drunk:
        // per litre 50 / 0.25 = 200 mg/L = 200 / 30.973761998 = 6.457 mmol/L;
        // per serving 50 mg = 50 / 30.973761998 = 1.614 mmol; drunk 2 x 50 = 100 mg = 3.229 mmol.
        ReportedSupply p = CHECKER.check(servings(perServing(250, phosphorus(mg(50)), null), 2)).phosphorus();
        assertTrue(p.onLabel());
        assertEquals(200.0, p.concentration().mgPerL(), 1e-9);
        assertEquals(6.457078, p.concentration().mmolPerL(), 1e-6);
        assertEquals(200 / P, p.concentration().mmolPerL(), 1e-12);
        assertEquals(50.0, p.perServing().mg(), 1e-9);
        assertEquals(1.614270, p.perServing().mmol(), 1e-6);
        assertEquals(100.0, p.consumed().mg(), 1e-9);
        assertEquals(3.228539, p.consumed().mmol(), 1e-6);
        // No mEq: phosphate's charge depends on pH.
        assertNull(p.perServing().mEq());
        assertNull(p.consumed().mEq());
    }

    @Test
    void gramsPerServingReadAsMilligrams() {
        // 0.05 g per 250 mL serving is the 50 mg above: 200 mg/L.
        ReportedSupply p = CHECKER.check(drink(perServing(250, phosphorus(amount(0.05, AmountUnit.G)), null))).phosphorus();
        assertEquals(200.0, p.concentration().mgPerL(), 1e-9);
        assertEquals(50.0, p.perServing().mg(), 1e-9);
    }

    @Test
    void millimolesPerLitreWithAServingOf330Millilitres() {
        // 10 mmol P per litre = 10 x 30.973761998 = 309.738 mg/L; one 330 mL serving (drunk, the default)
        // holds 0.33 x 10 = 3.3 mmol = 0.33 x 309.73761998 = 102.213 mg.
        ReportedSupply p = CHECKER.check(drink(perLiter(330, phosphorus(amount(10, AmountUnit.MMOL)), null))).phosphorus();
        assertEquals(309.73761998, p.concentration().mgPerL(), 1e-9);
        assertEquals(10.0, p.concentration().mmolPerL(), 1e-9);
        assertEquals(102.2134146, p.perServing().mg(), 1e-6);
        assertEquals(3.3, p.perServing().mmol(), 1e-9);
        assertEquals(3.3, p.consumed().mmol(), 1e-9);
    }

    @Test
    void phosphorusNotOnTheLabelIsUnknownNotZero() {
        ReportedSupply p = CHECKER.check(drink(gatorade())).phosphorus();
        assertFalse(p.onLabel());
        assertNull(p.perServing());
        assertNull(p.consumed());
        assertNull(p.concentration());
    }

    @Test
    void phosphorusChangesNothingElseInTheAnswer() {
        // The same Gatorade label (sheet 3.4) with and without 50 mg phosphorus per serving: every other figure,
        // verdict, composition, tonicity estimate, warning and assumption is the label's without phosphorus.
        DrinkLabel g = gatorade();
        LabelMinerals withP = new LabelMinerals(g.perServing().sodium(), g.perServing().potassium(), null, null, null, mg(50), null);
        DrinkAdequacyCheck without = CHECKER.check(drink(g));
        DrinkAdequacyCheck with = CHECKER.check(drink(new DrinkLabel(g.name(), g.servingVolume(), withP, null,
                g.carbohydrateGrams(), g.carbohydrateType(), g.osmolality(), null, null)));
        assertEquals(without.minerals(), with.minerals());
        assertEquals(without.potassium(), with.potassium());
        assertEquals(without.magnesium(), with.magnesium());
        assertEquals(without.sodium(), with.sodium());
        assertEquals(without.composition(), with.composition());
        assertEquals(without.tonicity(), with.tonicity());
        assertEquals(without.warnings(), with.warnings());
        assertEquals(without.assumptions(), with.assumptions());
        assertTrue(with.phosphorus().onLabel());
    }

    @Test
    void aMissingModelledMineralIsStillNamedWhenPhosphorusIsStated() {
        // Five minerals stated either way; only the label missing chloride lacks a modelled mineral.
        AmountInput one = mg(100);
        assertFalse(codes(new LabelMinerals(one, one, one, one, one, null, null)).contains("MINERALS_NOT_ON_LABEL"));
        assertTrue(codes(new LabelMinerals(one, one, one, one, null, one, null)).contains("MINERALS_NOT_ON_LABEL"));
    }

    private static List<String> codes(LabelMinerals minerals) {
        return CHECKER.check(drink(perServing(500, minerals, null))).assumptions().stream().map(Assumption::code).toList();
    }

    @Test
    void milliequivalentsOfPhosphorusAreRefusedOnTheirUnitWithTheConversionsReason() {
        for (DrinkLabel label : List.of(perServing(250, phosphorus(amount(2, AmountUnit.MEQ)), null),
                perLiter(250, phosphorus(amount(2, AmountUnit.MEQ)), null))) {
            List<Violation> v = Constraints.of(drink(label));
            String form = label.perServing() != null ? "perServing" : "perLiter";
            assertEquals(List.of("drink." + form + ".phosphorus.unit"), v.stream().map(Violation::field).toList());
            assertTrue(v.get(0).message().contains("charge depends on pH"), v.get(0).message());
        }
    }

    @Test
    void aPlausibleDrinkHoldsAtMost100MillimolesOfPhosphorusPerLitre() {
        // drink-guidance.json, plausibleMaximumMmolPerLitre.PHOSPHORUS (M), as for magnesium and calcium.
        assertEquals(List.of(), Constraints.of(drink(perLiter(500, phosphorus(amount(100, AmountUnit.MMOL)), null))));
        // 3,200 mg per litre = 3,200 / 30.973761998 = 103.3 mmol/L: above 100.
        List<Violation> v = Constraints.of(drink(perLiter(500, phosphorus(mg(3200)), null)));
        assertEquals(List.of("drink.perLiter.phosphorus.value"), v.stream().map(Violation::field).toList());
        assertTrue(v.get(0).message().contains("more than 100 mmol/L"), v.get(0).message());
    }
}
