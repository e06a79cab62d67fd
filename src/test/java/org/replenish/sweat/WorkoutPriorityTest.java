package org.replenish.sweat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.replenish.Sessions.litresPerHour;
import static org.replenish.Sessions.minutes;
import static org.replenish.Sessions.sport;
import static org.replenish.Sessions.workout;

import org.junit.jupiter.api.Test;
import org.replenish.TestData;
import org.replenish.units.EnergyUnit;
import org.replenish.vocabulary.EnergyKind;
import org.replenish.vocabulary.Sport;

/**
 * Which sweat rate a session gets (issue 29 item 3, sheet 11 and 12): a measurement beats the workout model, the model
 * beats the athletes' means, and the model is for people from 12 to under 65 with a known body.
 */
class WorkoutPriorityTest {

    private static final SweatPerson ADULT = new SweatPerson(30.0, 70.0, 175.0);
    private static final EnergyExpended ENERGY = new EnergyExpended(1200.0, EnergyUnit.KCAL, EnergyKind.TOTAL);

    private static SessionLoss loss(ExerciseSession session, SweatPerson person) {
        return TestData.SWEAT.estimate(session, person);
    }

    @Test
    void aMeasuredRateBeatsTheModel() {
        // 1.0 L/h measured for 2 h: 2 L, whatever the energy says.
        SessionLoss measured = loss(litresPerHour(workout(sport(minutes(120), Sport.RUNNING), ENERGY, null), 1.0), ADULT);
        assertEquals(SweatRateSource.MEASURED_RATE, measured.rateSource());
        assertEquals(2.0, measured.sweatLitres().expected(), 1e-9);
        assertNull(measured.workout());
    }

    @Test
    void theModelBeatsTheAthletesMeanAndTheMeanStandsInWithoutAHeight() {
        ExerciseSession run = sport(minutes(120), Sport.RUNNING);
        assertEquals(SweatRateSource.WORKOUT_MODEL, loss(run, ADULT).rateSource());
        // Without a height no surface area: running takes the endurance athletes' mean, 1.28 L/h x 2 h = 2.56 L.
        SessionLoss noHeight = loss(run, new SweatPerson(30.0, 70.0, null));
        assertEquals(SweatRateSource.SPORT_DEFAULT, noHeight.rateSource());
        assertEquals(2.56, noHeight.sweatLitres().expected(), 1e-9);
    }

    @Test
    void theSessionsVolumeIsTheModelsHourlyRateTimesTheDuration() {
        SessionLoss run = loss(workout(sport(minutes(150), Sport.RUNNING), ENERGY, null), ADULT);
        assertEquals(run.workout().litresPerHour().expected() * 2.5, run.sweatLitres().expected(), 1e-12);
    }

    @Test
    void aChildAndAnOlderAdultKeepTheirRules() {
        ExerciseSession run = workout(sport(minutes(60), Sport.RUNNING), ENERGY, null);
        assertEquals(SweatRateSource.NOT_ESTIMATED, loss(run, new SweatPerson(10.0, 35.0, 140.0)).rateSource());
        // 65 or over: the lower default, 0.5 L/h (sheet 11): the model is validated on younger adults.
        SessionLoss older = loss(run, new SweatPerson(70.0, 70.0, 175.0));
        assertEquals(SweatRateSource.LOWER_DEFAULT, older.rateSource());
        assertEquals(0.5, older.sweatLitres().expected(), 1e-9);
    }

    @Test
    void aYoungPersonsBandKeepsTheModelsValueButHalvesItsLowEnd() {
        ExerciseSession run = workout(sport(minutes(120), Sport.RUNNING), ENERGY, null);
        SessionLoss adult = loss(run, ADULT);
        SessionLoss young = loss(run, new SweatPerson(15.0, 70.0, 175.0));
        assertEquals(SweatRateSource.WORKOUT_MODEL, young.rateSource());
        assertEquals(adult.sweatLitres().expected(), young.sweatLitres().expected(), 1e-12);
        assertEquals(adult.sweatLitres().low() * 0.5, young.sweatLitres().low(), 1e-12);
        assertEquals(true, young.youthBandWidened());
    }

    @Test
    void swimmingIsNeverModelled() {
        SessionLoss swim = loss(workout(sport(minutes(60), Sport.SWIMMING), ENERGY, null), ADULT);
        assertEquals(SweatRateSource.LOWER_DEFAULT, swim.rateSource());
        assertEquals(0.5, swim.sweatLitres().expected(), 1e-9);
    }

    @Test
    void anActivityWithoutAMetValueIsModelledOnlyWithItsEnergy() {
        assertEquals(SweatRateSource.SPORT_DEFAULT, loss(sport(minutes(60), Sport.ENDURANCE), ADULT).rateSource());
        assertEquals(SweatRateSource.WORKOUT_MODEL,
                loss(workout(sport(minutes(60), Sport.ENDURANCE), ENERGY, null), ADULT).rateSource());
        assertEquals(SweatRateSource.LOWER_DEFAULT, loss(minutes(60), ADULT).rateSource());
        assertEquals(SweatRateSource.WORKOUT_MODEL, loss(workout(minutes(60), ENERGY, null), ADULT).rateSource());
    }

    @Test
    void activeEnergyIsTotalEnergyLessRestingEnergy() {
        // 2 h at 70 kg: resting energy 1 kcal/kg/h x 70 x 2 = 140 kcal, so 1,060 kcal ACTIVE is 1,200 kcal TOTAL.
        ExerciseSession active = workout(sport(minutes(120), Sport.RUNNING),
                new EnergyExpended(1060.0, EnergyUnit.KCAL, EnergyKind.ACTIVE), null);
        ExerciseSession total = workout(sport(minutes(120), Sport.RUNNING), ENERGY, null);
        assertEquals(loss(total, ADULT).sweatLitres().expected(), loss(active, ADULT).sweatLitres().expected(), 1e-12);
        // 1,200 kcal = 5,020.8 kJ.
        ExerciseSession kilojoules = workout(sport(minutes(120), Sport.RUNNING),
                new EnergyExpended(5020.8, EnergyUnit.KJ, EnergyKind.TOTAL), null);
        assertEquals(loss(total, ADULT).sweatLitres().expected(), loss(kilojoules, ADULT).sweatLitres().expected(),
                1e-12);
    }
}
