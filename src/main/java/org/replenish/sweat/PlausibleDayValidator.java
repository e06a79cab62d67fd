package org.replenish.sweat;

import jakarta.enterprise.context.Dependent;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.replenish.reference.DeficitSettings;
import org.replenish.reference.ReferenceData;
import org.replenish.reference.SweatDefaults;
import org.replenish.units.Numbers;
import org.replenish.validation.FieldReports;

/**
 * Checks {@link PlausibleDay}: the sessions' durations add up to at most a day, and their expected sweat to at most
 * the daily maximum of the reference data. A session whose own fields are incomplete is left to its own violations.
 */
@Dependent
public class PlausibleDayValidator implements ConstraintValidator<PlausibleDay, List<ExerciseSession>> {

    private final SweatLossModel sweat;
    private final SweatDefaults defaults;
    private final DeficitSettings settings;
    private final DeficitSettings.InputLimits limits;

    public PlausibleDayValidator(ReferenceData data, SweatLossModel sweat) {
        this.sweat = sweat;
        this.defaults = data.sweat();
        this.settings = data.deficit();
        this.limits = data.deficit().limits();
    }

    @Override
    public boolean isValid(List<ExerciseSession> sessions, ConstraintValidatorContext context) {
        if (sessions == null) {
            return true;
        }
        double minutes = 0;
        double litres = 0;
        for (ExerciseSession session : sessions) {
            if (SessionInputs.estimable(session, defaults, settings)) {
                minutes += session.durationMinutes();
                litres += sweat.estimate(session, SweatPerson.UNKNOWN).sweatLitres().expected();
            }
        }
        double maxMinutes = limits.maximumSessionMinutesPerDay();
        if (minutes > maxMinutes) {
            return FieldReports.reportOutOfRangeHere(context, "the sessions last " + Numbers.oneDecimal(minutes)
                    + " minutes in all; the sessions of one request cover at most " + Numbers.plain(maxMinutes)
                    + " minutes (24 h)", "max", maxMinutes, "unit", "min");
        }
        double maxLitres = limits.maximumSweatLitresPerDay().value();
        return litres <= maxLitres || FieldReports.reportOutOfRangeHere(context, "the sessions' expected sweat is "
                + Numbers.oneDecimal(litres) + " L, more than the " + Numbers.plain(maxLitres)
                + " L a day that the literature reports as the most (sheet 2.1: about 11 to 12 L in heat); measure the "
                + "sweat rate or body-mass change, or check the durations", "max", maxLitres, "unit", "L");
    }
}
