package org.replenish.drink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.replenish.SheetNumbers.K;
import static org.replenish.SheetNumbers.MG;
import static org.replenish.SheetNumbers.ML_PER_US_FL_OZ;
import static org.replenish.SheetNumbers.NA;
import static org.replenish.drink.DrinkCheckerTest.CHECKER;
import static org.replenish.drink.DrinkCheckerTest.supply;
import static org.replenish.drink.Labels.mg;
import static org.replenish.drink.Labels.minerals;

import org.junit.jupiter.api.Test;
import org.replenish.Sessions;
import org.replenish.sweat.ExerciseSession;
import org.replenish.targets.PersonProfile;
import org.replenish.units.Mineral;
import org.replenish.units.VolumeInput;
import org.replenish.units.VolumeUnit;
import org.replenish.vocabulary.Sex;
import org.replenish.vocabulary.Sport;

/**
 * The three drink cases of issue 12's "Why", with expectations worked by hand from the sheet
 * (docs/worked-cases/drink-potassium.md lists inputs and arithmetic).
 */
class DrinkVerdictTest {

    /** A 20 US fl oz bottle (591.47 mL): 270 mg sodium, 75 mg potassium, 5 mg magnesium, 36 g carbohydrate. */
    static final DrinkLabel BOTTLE = new DrinkLabel("Sports drink", new VolumeInput(20.0, VolumeUnit.US_FL_OZ),
            minerals(mg(270), mg(75), mg(5), null, null), null, 36.0, null, null, null, null);
    static final double BOTTLE_LITRES = 20 * ML_PER_US_FL_OZ / 1000;
    /** A woman of 25: NASEM AI potassium 2,600 mg (sheet 1.1), IOM RDA magnesium 310 mg (sheet 1.5). */
    static final PersonProfile WOMAN = new PersonProfile(Sex.FEMALE, 25.0, null);
    /** One hour of soccer, no measurement: Barnes 2019 0.94 +/- 0.38 L/h (sheet 2.1). */
    static final ExerciseSession SOCCER_HOUR = Sessions.sport(Sessions.minutes(60), Sport.SOCCER);

    static DrinkAdequacyCheck drunk(double millilitres) {
        return CHECKER.check(new DrinkCheckRequest(BOTTLE, new VolumeInput(millilitres, VolumeUnit.ML), null, WOMAN, null,
                SOCCER_HOUR, null, null));
    }

    @Test
    void halfALitreInAnHourOfSoccer() {
        DrinkAdequacyCheck c = drunk(500);
        // Magnesium: 5 mg / 0.59147 L = 8.4535 mg/L; 500 mL holds 4.2267 mg = 1.36 % of 310 mg: INADEQUATE.
        double magnesiumDrunk = 5 / BOTTLE_LITRES * 0.5;
        assertEquals(4.2267, magnesiumDrunk, 1e-4);
        assertEquals(magnesiumDrunk / 310 * 100, c.magnesium().percentOfTargetDrunk(), 1e-9);
        assertEquals(1.36, c.magnesium().percentOfTargetDrunk(), 0.005);
        assertEquals(AdequacyVerdict.INADEQUATE, c.magnesium().verdict());
        assertEquals(310, c.magnesium().target().mg());
        // 360 mL reference amount: 3.0433 mg = 0.98 % of 310 mg.
        assertEquals(0.98, c.magnesium().percentOfTargetPerReferenceAmount(), 0.005);
        assertEquals(AdequacyVerdict.INADEQUATE, c.magnesium().referenceAmountVerdict());
        // Sweat magnesium: 0.94 L x 0.14 mmol/L x 24.305 = 3.1985 mg; 4.2267 / 3.1985 = 132 %, REPLACED, but the
        // replacement is its own figure: it no longer makes the magnesium verdict ADEQUATE.
        double magnesiumLoss = 0.94 * 0.14 * MG;
        assertEquals(3.1985, magnesiumLoss, 1e-4);
        MineralSupply magnesium = supply(c, Mineral.MAGNESIUM);
        assertEquals(magnesiumDrunk / magnesiumLoss * 100, magnesium.sweatLossReplacedPercent().expected(), 1e-9);
        assertEquals(132.1, magnesium.sweatLossReplacedPercent().expected(), 0.05);
        assertEquals(ReplacementVerdict.REPLACED, magnesium.sweatLossReplacement());
        // Potassium: 75 / 0.59147 x 0.5 = 63.40 mg = 2.44 % of 2,600 mg: INADEQUATE; sweat potassium 0.94 x 5 x 39.0983
        // = 183.76 mg, 34.5 % replaced: LITTLE_REPLACED.
        assertEquals(2.44, c.potassium().percentOfTargetDrunk(), 0.005);
        assertEquals(AdequacyVerdict.INADEQUATE, c.potassium().verdict());
        assertEquals(34.5, supply(c, Mineral.POTASSIUM).sweatLossReplacedPercent().expected(), 0.05);
        assertEquals(ReplacementVerdict.LITTLE_REPLACED, supply(c, Mineral.POTASSIUM).sweatLossReplacement());
        // Sodium: 270 / 0.59147 = 456.49 mg/L = 19.86 mmol/L, BELOW both ACSM 20-30 mEq/L and EFSA 20-50 mmol/L;
        // 500 mL holds 228.25 mg; sweat sodium 0.94 x 35.9 x 22.98977 = 775.81 mg; 29.4 %: LITTLE_REPLACED.
        double sodiumLoss = 0.94 * 35.9 * NA;
        assertEquals(775.81, sodiumLoss, 0.005);
        assertEquals(RangePosition.BELOW, c.sodium().acsmPosition());
        assertEquals(RangePosition.BELOW, c.sodium().efsaPosition());
        assertEquals(270 / BOTTLE_LITRES * 0.5 / sodiumLoss * 100, c.sodium().sweatLossReplacedPercent().expected(), 1e-9);
        assertEquals(29.4, c.sodium().sweatLossReplacedPercent().expected(), 0.05);
        assertEquals(ReplacementVerdict.LITTLE_REPLACED, c.sodium().replacement());
        assertTrue(c.warnings().isEmpty());
    }

    @Test
    void twoLitresInThatHourNeverImproveAnAnswer() {
        DrinkAdequacyCheck c = drunk(2000);
        // Only the expected sweat volume, 940 mL, is counted. Potassium: 126.80 mg/L x 0.94 L = 119.19 mg,
        // 64.9 % of the 183.76 mg sweat loss (PARTLY_REPLACED, never REPLACED) and 4.58 % of 2,600 mg (INADEQUATE).
        double potassiumCounted = 75 / BOTTLE_LITRES * 0.94;
        assertEquals(119.19, potassiumCounted, 0.005);
        assertEquals(potassiumCounted / (0.94 * 5 * K) * 100, supply(c, Mineral.POTASSIUM).sweatLossReplacedPercent().expected(), 1e-9);
        assertEquals(64.9, supply(c, Mineral.POTASSIUM).sweatLossReplacedPercent().expected(), 0.05);
        assertEquals(ReplacementVerdict.PARTLY_REPLACED, supply(c, Mineral.POTASSIUM).sweatLossReplacement());
        assertEquals(4.58, c.potassium().percentOfTargetDrunk(), 0.005);
        assertEquals(AdequacyVerdict.INADEQUATE, c.potassium().verdict());
        // Sodium: 456.49 mg/L x 0.94 L = 429.10 mg, 55.3 % of 775.81 mg: PARTLY_REPLACED.
        assertEquals(55.3, c.sodium().sweatLossReplacedPercent().expected(), 0.05);
        assertEquals(ReplacementVerdict.PARTLY_REPLACED, c.sodium().replacement());
        // Over-drinking keeps its warning.
        assertEquals("OVERDRINKING_RISK", c.warnings().get(0).code());
        // The same answers as drinking exactly the 940 mL sweated, or 5 L.
        for (double more : new double[] {940, 5000}) {
            DrinkAdequacyCheck other = drunk(more);
            assertEquals(c.potassium().percentOfTargetDrunk(), other.potassium().percentOfTargetDrunk(), 1e-9);
            assertEquals(c.magnesium().verdict(), other.magnesium().verdict());
            assertEquals(c.sodium().sweatLossReplacedPercent(), other.sodium().sweatLossReplacedPercent());
            assertEquals(supply(c, Mineral.MAGNESIUM).sweatLossReplacement(), supply(other, Mineral.MAGNESIUM).sweatLossReplacement());
        }
    }

    static DrinkAdequacyCheck magnesiumLitre(double servingMl) {
        // 45 mg/L magnesium, given per serving, 1 L drunk, no session.
        DrinkLabel label = new DrinkLabel(null, new VolumeInput(servingMl, VolumeUnit.ML),
                minerals(null, null, mg(45 * servingMl / 1000), null, null), null, null, null, null, null, null);
        return CHECKER.check(new DrinkCheckRequest(label, new VolumeInput(1.0, VolumeUnit.L), null, WOMAN, null, null, null, null));
    }

    @Test
    void theServingSizeNoLongerDecidesTheVerdict() {
        DrinkAdequacyCheck quarter = magnesiumLitre(250);
        DrinkAdequacyCheck litre = magnesiumLitre(1000);
        for (DrinkAdequacyCheck c : new DrinkAdequacyCheck[] {quarter, litre}) {
            // 1 L x 45 mg/L = 45 mg = 14.5 % of her 310 mg RDA: INADEQUATE (PARTIAL needs 20 %).
            assertEquals(45.0 / 310 * 100, c.magnesium().percentOfTargetDrunk(), 1e-9);
            assertEquals(AdequacyVerdict.INADEQUATE, c.magnesium().verdict());
            // 360 mL reference amount: 16.2 mg = 5.23 % of 310 mg.
            assertEquals(16.2 / 310 * 100, c.magnesium().percentOfTargetPerReferenceAmount(), 1e-9);
            assertEquals(AdequacyVerdict.INADEQUATE, c.magnesium().referenceAmountVerdict());
            assertEquals(310, c.magnesium().target().mg());
        }
        // The label serving's %DV is still shown as a label would print it: 11.25 / 420 = 2.68 %, 45 / 420 = 10.71 %.
        assertEquals(11.25 / 420 * 100, supply(quarter, Mineral.MAGNESIUM).percentDailyValuePerServing(), 1e-9);
        assertEquals(45.0 / 420 * 100, supply(litre, Mineral.MAGNESIUM).percentDailyValuePerServing(), 1e-9);
        // The claim is per 360 mL for both: 16.2 / 420 = 3.86 % DV, no claim (the 1 L serving's 10.7 % no longer
        // makes it a "good source").
        for (DrinkAdequacyCheck c : new DrinkAdequacyCheck[] {quarter, litre}) {
            assertEquals(16.2 / 420 * 100, supply(c, Mineral.MAGNESIUM).percentDailyValuePerReferenceAmount(), 1e-9);
            assertEquals(SourceClaim.NONE, supply(c, Mineral.MAGNESIUM).sourceClaim());
        }
    }
}
