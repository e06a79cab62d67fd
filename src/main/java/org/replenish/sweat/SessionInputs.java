package org.replenish.sweat;

import org.replenish.reference.DeficitSettings;
import org.replenish.reference.SweatDefaults;
import org.replenish.units.MassInput;
import org.replenish.units.VolumeInput;

/**
 * Whether a session is complete and within its own limits, so the sweat model may estimate it for a check across
 * sessions; one that is not has violations of its own, which a check across sessions does not repeat.
 */
final class SessionInputs {

    private SessionInputs() {
    }

    static boolean estimable(ExerciseSession session, SweatDefaults sweat, DeficitSettings settings) {
        if (!complete(session)) {
            return false;
        }
        if (session.sweatRate() != null
                && session.sweatRate().litresPerHour() > sweat.maximumSweatRateLitresPerHour().value()) {
            return false;
        }
        BodyMassChange change = session.bodyMassChange();
        if (change == null) {
            return true;
        }
        return settings.limits().plausibleBodyMassKg(change.before().kilograms())
                && settings.limits().plausibleBodyMassKg(change.after().kilograms())
                && change.lossPercent() <= settings.fluid().maximumBodyMassLossPercent().value();
    }

    private static boolean complete(ExerciseSession session) {
        if (session == null || session.durationMinutes() == null || session.durationMinutes() < 1
                || session.durationMinutes() > 1440) {
            return false;
        }
        if (session.sweatRate() != null && (session.sweatRate().value() == null || session.sweatRate().unit() == null)) {
            return false;
        }
        if (session.sweatSodium() != null
                && (session.sweatSodium().value() == null || session.sweatSodium().unit() == null)) {
            return false;
        }
        BodyMassChange change = session.bodyMassChange();
        return change == null || (mass(change.before()) && mass(change.after()) && volume(change.fluidIntake())
                && volume(change.urineOutput()));
    }

    private static boolean mass(MassInput mass) {
        return mass != null && mass.value() != null && mass.unit() != null;
    }

    private static boolean volume(VolumeInput volume) {
        return volume == null || (volume.value() != null && volume.unit() != null);
    }
}
