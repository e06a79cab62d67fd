package org.replenish.drink;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.replenish.drink.DrinkCheckerTest.CHECKER;
import static org.replenish.drink.Labels.drink;
import static org.replenish.drink.Labels.mg;
import static org.replenish.drink.Labels.minerals;
import static org.replenish.drink.Labels.perLiter;
import static org.replenish.drink.Labels.perServing;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.replenish.units.Mineral;
import org.replenish.Sessions;
import org.replenish.units.VolumeInput;
import org.replenish.units.VolumeUnit;

class DrinkPropertiesTest {

    /** ADEQUATE > PARTIAL > INADEQUATE. */
    private static int rank(AdequacyVerdict verdict) {
        return List.of(AdequacyVerdict.INADEQUATE, AdequacyVerdict.PARTIAL, AdequacyVerdict.ADEQUATE).indexOf(verdict);
    }

    @Test
    void morePotassiumNeverLowersTheVerdict() {
        // Potassium up to 4,000 mg/L (102 mmol/L), within the plausible-drink limit.
        qt().forAll(doubles().between(50, 2000), doubles().between(0, 4000), doubles().between(0, 4000))
                .check((servingMl, a, b) -> {
                    double litres = servingMl / 1000;
                    AdequacyVerdict less = CHECKER.check(drink(perServing(servingMl,
                            minerals(null, mg(Math.min(a, b) * litres), null, null, null), null))).potassium().verdict();
                    AdequacyVerdict more = CHECKER.check(drink(perServing(servingMl,
                            minerals(null, mg(Math.max(a, b) * litres), null, null, null), null))).potassium().verdict();
                    return rank(more) >= rank(less);
                });
    }

    @Test
    void morePotassiumNeverLowersTheVerdictAgainstASession() {
        qt().forAll(doubles().between(10, 600), doubles().between(0, 3), doubles().between(0, 2000), doubles().between(0, 2000))
                .check((minutes, rate, a, b) -> {
                    var session = Sessions.litresPerHour(Sessions.minutes(minutes), rate);
                    AdequacyVerdict less = CHECKER.check(new DrinkCheckRequest(perServing(500,
                            minerals(null, mg(Math.min(a, b)), null, null, null), null), null, null, null, null, session, null, null))
                            .potassium().verdict();
                    AdequacyVerdict more = CHECKER.check(new DrinkCheckRequest(perServing(500,
                            minerals(null, mg(Math.max(a, b)), null, null, null), null), null, null, null, null, session, null, null))
                            .potassium().verdict();
                    return rank(more) >= rank(less);
                });
    }

    @Test
    void drinkingMoreThanWasSweatedNeverChangesAnAnswer() {
        // Measured 1 L/h: the session sweats minutes / 60 litres; every volume above it gives the answers of that volume,
        // but for the magnesium upper limit, which counts all that is drunk (30 mg/L x 11.7 L passes 350 mg).
        qt().forAll(doubles().between(10, 300), doubles().between(0, 3000), doubles().between(1.0, 4.0))
                .check((minutes, potassiumPerLitre, overFactor) -> {
                    var session = Sessions.litresPerHour(Sessions.minutes(minutes), 1.0);
                    double sweatMl = minutes / 60 * 1000;
                    DrinkAdequacyCheck exact = CHECKER.check(new DrinkCheckRequest(perLiter(500,
                            minerals(mg(500), mg(potassiumPerLitre), mg(30), null, null), null),
                            new VolumeInput(sweatMl, VolumeUnit.ML), null, null, null, session, null, null));
                    DrinkAdequacyCheck more = CHECKER.check(new DrinkCheckRequest(perLiter(500,
                            minerals(mg(500), mg(potassiumPerLitre), mg(30), null, null), null),
                            new VolumeInput(Math.min(20000, sweatMl * overFactor), VolumeUnit.ML), null, null, null, session, null, null));
                    return more.potassium().verdict() == exact.potassium().verdict()
                            && close(more.potassium().percentOfTargetDrunk(), exact.potassium().percentOfTargetDrunk())
                            && (more.magnesium().verdict() == exact.magnesium().verdict()
                                    || more.magnesium().verdict() == AdequacyVerdict.ABOVE_UPPER_LIMIT)
                            && more.sodium().replacement() == exact.sodium().replacement()
                            && of(more, Mineral.POTASSIUM).sweatLossReplacement() == of(exact, Mineral.POTASSIUM).sweatLossReplacement()
                            && close(of(more, Mineral.POTASSIUM).sweatLossReplacedPercent().expected(),
                                    of(exact, Mineral.POTASSIUM).sweatLossReplacedPercent().expected());
                });
    }

    @Test
    void perServingAndPerLitreFormsOfTheSameLabelAgree() {
        // Per litre: sodium up to 5,000 mg (217 mmol), potassium up to 4,000 mg, carbohydrate up to 150 g.
        qt().forAll(doubles().between(50, 2000), doubles().between(0, 5000), doubles().between(0, 4000), doubles().between(0, 150))
                .check((servingMl, sodiumPerLitre, potassiumPerLitre, carbohydratePerLitre) -> {
                    double litres = servingMl / 1000;
                    double sodium = sodiumPerLitre * litres;
                    double potassium = potassiumPerLitre * litres;
                    double carbohydrate = carbohydratePerLitre * litres;
                    DrinkAdequacyCheck serving = CHECKER.check(new DrinkCheckRequest(perServing(servingMl,
                            minerals(mg(sodium), mg(potassium), null, null, null), carbohydrate),
                            new VolumeInput(750.0, VolumeUnit.ML), null, null, null, null, null, null));
                    DrinkAdequacyCheck litre = CHECKER.check(new DrinkCheckRequest(perLiter(servingMl,
                            minerals(mg(sodium / litres), mg(potassium / litres), null, null, null), carbohydrate / litres),
                            new VolumeInput(750.0, VolumeUnit.ML), null, null, null, null, null, null));
                    return close(of(serving, Mineral.POTASSIUM).consumed().mg(), of(litre, Mineral.POTASSIUM).consumed().mg())
                            && close(of(serving, Mineral.SODIUM).concentration().mgPerL(), of(litre, Mineral.SODIUM).concentration().mgPerL())
                            && serving.potassium().verdict() == litre.potassium().verdict()
                            && serving.composition().category() == litre.composition().category()
                            && close(serving.tonicity().osmolality().expected(), litre.tonicity().osmolality().expected());
                });
    }

    /** A mineral's entry found by name, not by its position in the list. */
    private static MineralSupply of(DrinkAdequacyCheck check, Mineral mineral) {
        return check.minerals().stream().filter(m -> m.mineral() == mineral).findFirst().orElseThrow();
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
    }
}
