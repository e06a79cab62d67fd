package org.replenish.sweat;

import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.Map;
import org.replenish.reference.SourcedRange;
import org.replenish.reference.ReferenceData;
import org.replenish.reference.SodiumProfileDefault;
import org.replenish.reference.SweatDefaults;
import org.replenish.reference.SweatRateDefault;
import org.replenish.units.AmountUnit;
import org.replenish.units.Band;
import org.replenish.units.Mineral;
import org.replenish.units.MineralConverter;
import org.replenish.units.Quotients;
import org.replenish.sweat.WorkoutSweatData.WorkoutActivity;
import org.replenish.vocabulary.Sport;

/**
 * Sweat losses of one session: volume = rate x duration (or the body-mass field method), loss = volume x
 * concentration x atomic weight. Population defaults give mean +/- 1 SD; a measurement narrows the band to its own
 * uncertainty. Pure: no framework types.
 */
@Singleton
public final class SweatLossModel {

    private final SweatDefaults defaults;
    private final MineralConverter converter;
    private final WorkoutSweatModel workoutModel;

    public SweatLossModel(ReferenceData data, MineralConverter converter, WorkoutSweatModel workoutModel) {
        this.defaults = data.sweat();
        this.converter = converter;
        this.workoutModel = workoutModel;
    }

    /**
     * The loss of a session by the person (age null: an adult). A measurement wins; without one the sweat data of the
     * sheet are adults' (sheet 11): a child gets no estimate and an older adult the lower default. Otherwise the
     * workout model runs when the person's body mass and height are known and the activity is modelled (sheet 12),
     * else a named sport's athletes' mean, else the lower default. Below the youth age a modelled or population band
     * keeps its expected value but its low end is lowered (youthSweat).
     */
    public SessionLoss estimate(ExerciseSession session, SweatPerson person) {
        Double ageYears = person.ageYears();
        double hours = session.durationMinutes() / 60.0;
        double uncertainty = defaults.measuredSweatRateUncertaintyLitresPerHour().value() * hours;
        Band litres;
        SweatRateSource rateSource;
        Double massChangePercent = null;
        boolean fluidMeasured = true;
        boolean urineMeasured = true;
        boolean youthWidened = false;
        WorkoutEstimate workout = null;
        WorkoutActivity activity = workoutModel.activity(session.sport());
        if (session.sweatRate() != null) {
            double measured = session.sweatRate().litresPerHour() * hours;
            litres = new Band(Math.max(0, measured - uncertainty), measured, measured + uncertainty);
            rateSource = SweatRateSource.MEASURED_RATE;
        } else if (session.bodyMassChange() != null) {
            BodyMassChange change = session.bodyMassChange();
            double before = change.before().kilograms();
            double after = change.after().kilograms();
            fluidMeasured = change.fluidIntake() != null;
            urineMeasured = change.urineOutput() != null;
            double fluid = fluidMeasured ? change.fluidIntake().millilitres() / 1000.0 : 0;
            double urine = urineMeasured ? change.urineOutput().millilitres() / 1000.0 : 0;
            // Baker 2017: sweat = mass before - (mass after - fluid + urine); 1 kg of mass = 1 L of sweat.
            double sweat = Math.max(0, before - after + fluid - urine);
            litres = new Band(Math.max(0, sweat - uncertainty), sweat, sweat + uncertainty);
            rateSource = SweatRateSource.BODY_MASS_CHANGE;
            massChangePercent = Quotients.of(after - before, before) * 100.0;
        } else if (ageYears != null && ageYears < defaults.childSweat().belowAgeYears().value()) {
            return new SessionLoss(session.durationMinutes(), null, null, SweatRateSource.NOT_ESTIMATED,
                    sodiumSource(session), null, false, false, false, null);
        } else if (activity.populationSport() == null && !modelled(session, person)
                || (ageYears != null && ageYears >= defaults.lowerDefaultFromAgeYears().value())) {
            litres = band(defaults.lowerDefaultLitresPerHour()).times(hours);
            rateSource = SweatRateSource.LOWER_DEFAULT;
        } else {
            if (modelled(session, person)) {
                workout = workoutModel.estimate(session, person.bodyMassKg(), person.heightCm());
                litres = workout.litresPerHour().times(hours);
                rateSource = SweatRateSource.WORKOUT_MODEL;
            } else {
                SweatRateDefault rate = populationRate(session.sport());
                litres = new Band(rate.litresPerHour() - rate.standardDeviation(), rate.litresPerHour(),
                        rate.litresPerHour() + rate.standardDeviation()).times(hours);
                rateSource = SweatRateSource.SPORT_DEFAULT;
            }
            if (ageYears != null && ageYears < defaults.youthSweat().belowAgeYears().value()) {
                litres = new Band(litres.low() * defaults.youthSweat().lowEndFactor().value(), litres.expected(),
                        litres.high());
                youthWidened = true;
            }
        }

        Map<Mineral, Band> concentrations = concentrations(session);
        Map<Mineral, Band> loss = new EnumMap<>(Mineral.class);
        Band volume = litres;
        concentrations.forEach((mineral, mmolPerLitre) -> loss.put(mineral,
                volume.times(mmolPerLitre).times(converter.milligramsPerUnit(mineral, AmountUnit.MMOL))));
        return new SessionLoss(session.durationMinutes(), litres, loss, rateSource, sodiumSource(session),
                massChangePercent, fluidMeasured, urineMeasured, youthWidened, workout);
    }

    /**
     * Sweat concentrations in mmol/L for every mineral, after any measurement or profile. A measured sodium is
     * whole-body only from a whole-body test: a patch value is converted (Baker 2016, with Baker 2020's wider limits of
     * agreement as its band), and chloride follows the measured sodium by the ratio of Lara 2016's group means instead
     * of the population default.
     */
    Map<Mineral, Band> concentrations(ExerciseSession session) {
        Map<Mineral, Band> bands = new EnumMap<>(Mineral.class);
        defaults.concentrations().forEach((mineral, range) -> bands.put(mineral, band(range)));
        if (session.sweatSodium() != null) {
            double mmol = converter.fromMilligrams(Mineral.SODIUM,
                    converter.toMilligramsPerLitre(Mineral.SODIUM, session.sweatSodium()), AmountUnit.MMOL);
            boolean wholeBody = session.sweatSodiumSite() == SweatTestSite.WHOLE_BODY;
            double sodium = wholeBody ? mmol : defaults.regionalSodiumToWholeBody().wholeBody(mmol);
            double spread = (wholeBody ? defaults.measuredSodiumUncertaintyMmolPerLitre()
                    : defaults.convertedSodiumUncertaintyMmolPerLitre()).value();
            Band measured = new Band(Math.max(0, sodium - spread), sodium, sodium + spread);
            bands.put(Mineral.SODIUM, measured);
            bands.put(Mineral.CHLORIDE, measured.times(defaults.chlorideToSodiumRatio().value()));
        } else if (session.sweatSodiumProfile() != null) {
            SodiumProfileDefault profile = defaults.sodiumProfiles().get(session.sweatSodiumProfile());
            bands.put(Mineral.SODIUM, band(profile.sodium()));
            Band chloride = bands.get(Mineral.CHLORIDE);
            bands.put(Mineral.CHLORIDE, new Band(chloride.low(), profile.chlorideExpected(), chloride.high()));
        }
        return bands;
    }

    /** The workout model's constants, for the assumptions that state them. */
    public WorkoutSweatData workoutData() {
        return workoutModel.data();
    }

    /** The athletes' mean a named sport falls back on; call only for a session whose source is SPORT_DEFAULT. */
    public SweatRateDefault populationRate(Sport sport) {
        return defaults.sweatRateBySport().get(workoutModel.activity(sport).populationSport());
    }

    private boolean modelled(ExerciseSession session, SweatPerson person) {
        return person.bodyKnown() && workoutModel.applies(session);
    }

    private static SweatSodiumSource sodiumSource(ExerciseSession session) {
        if (session.sweatSodium() != null) {
            return session.sweatSodiumSite() == SweatTestSite.WHOLE_BODY ? SweatSodiumSource.MEASURED_WHOLE_BODY
                    : SweatSodiumSource.MEASURED_REGIONAL;
        }
        return session.sweatSodiumProfile() != null ? SweatSodiumSource.PROFILE : SweatSodiumSource.POPULATION_DEFAULT;
    }

    private static Band band(SourcedRange range) {
        return new Band(range.low(), range.expected(), range.high());
    }
}
