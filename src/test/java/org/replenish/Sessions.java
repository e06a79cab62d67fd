package org.replenish;

import org.replenish.reference.SweatSodiumProfile;
import org.replenish.sweat.BodyMassChange;
import org.replenish.sweat.EnergyExpended;
import org.replenish.sweat.Environment;
import org.replenish.sweat.ExerciseSession;
import org.replenish.sweat.SweatTestSite;
import org.replenish.units.AmountInput;
import org.replenish.units.AmountUnit;
import org.replenish.units.ConcentrationInput;
import org.replenish.units.ConcentrationUnit;
import org.replenish.units.MassInput;
import org.replenish.units.MassUnit;
import org.replenish.units.MineralAmounts;
import org.replenish.units.SweatRateInput;
import org.replenish.units.SweatRateUnit;
import org.replenish.units.VolumeInput;
import org.replenish.units.VolumeUnit;
import org.replenish.vocabulary.Sport;

/** Builds exercise sessions for tests, one field at a time. */
public final class Sessions {

    private Sessions() {
    }

    public static ExerciseSession minutes(double minutes) {
        return new ExerciseSession(minutes, null, null, null, null, null, null, null, null, null);
    }

    public static ExerciseSession sport(ExerciseSession s, Sport sport) {
        return new ExerciseSession(s.durationMinutes(), sport, s.energyExpended(), s.environment(), s.sweatRate(), s.bodyMassChange(), s.sweatSodium(), s.sweatSodiumSite(),
                s.sweatSodiumProfile(), s.replenished());
    }

    public static ExerciseSession rate(ExerciseSession s, double value, SweatRateUnit unit) {
        return new ExerciseSession(s.durationMinutes(), s.sport(), s.energyExpended(), s.environment(), new SweatRateInput(value, unit), s.bodyMassChange(),
                s.sweatSodium(), s.sweatSodiumSite(), s.sweatSodiumProfile(), s.replenished());
    }

    public static ExerciseSession litresPerHour(ExerciseSession s, double value) {
        return rate(s, value, SweatRateUnit.L_PER_H);
    }

    public static ExerciseSession masses(ExerciseSession s, double before, double after, MassUnit unit,
                                         VolumeInput fluid, VolumeInput urine) {
        BodyMassChange change = new BodyMassChange(new MassInput(before, unit), new MassInput(after, unit), fluid, urine);
        return new ExerciseSession(s.durationMinutes(), s.sport(), s.energyExpended(), s.environment(), s.sweatRate(), change, s.sweatSodium(), s.sweatSodiumSite(),
                s.sweatSodiumProfile(), s.replenished());
    }

    public static VolumeInput ml(double value) {
        return new VolumeInput(value, VolumeUnit.ML);
    }

    /** A measured sweat sodium at a site (null: not given). */
    public static ExerciseSession sodiumAt(ExerciseSession s, double value, ConcentrationUnit unit, SweatTestSite site) {
        return new ExerciseSession(s.durationMinutes(), s.sport(), s.energyExpended(), s.environment(), s.sweatRate(), s.bodyMassChange(),
                new ConcentrationInput(value, unit), site, s.sweatSodiumProfile(), s.replenished());
    }

    /** A measured whole-body sweat sodium. */
    public static ExerciseSession sodium(ExerciseSession s, double value, ConcentrationUnit unit) {
        return sodiumAt(s, value, unit, SweatTestSite.WHOLE_BODY);
    }

    public static ExerciseSession profile(ExerciseSession s, SweatSodiumProfile profile) {
        return new ExerciseSession(s.durationMinutes(), s.sport(), s.energyExpended(), s.environment(), s.sweatRate(), s.bodyMassChange(), s.sweatSodium(), s.sweatSodiumSite(),
                profile, s.replenished());
    }

    public static ExerciseSession replenished(ExerciseSession s, MineralAmounts amounts) {
        return new ExerciseSession(s.durationMinutes(), s.sport(), s.energyExpended(), s.environment(), s.sweatRate(), s.bodyMassChange(), s.sweatSodium(), s.sweatSodiumSite(),
                s.sweatSodiumProfile(), amounts);
    }

    public static MineralAmounts sodiumMg(double mg) {
        return new MineralAmounts(new AmountInput(mg, AmountUnit.MG), null, null, null, null);
    }

    public static MineralAmounts potassiumMg(double mg) {
        return new MineralAmounts(null, new AmountInput(mg, AmountUnit.MG), null, null, null);
    }

    /** The session with a workout's energy and air (either may be null). */
    public static ExerciseSession workout(ExerciseSession s, EnergyExpended energy, Environment air) {
        return new ExerciseSession(s.durationMinutes(), s.sport(), energy, air, s.sweatRate(), s.bodyMassChange(),
                s.sweatSodium(), s.sweatSodiumSite(), s.sweatSodiumProfile(), s.replenished());
    }
}
