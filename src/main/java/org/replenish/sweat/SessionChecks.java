package org.replenish.sweat;

import jakarta.inject.Singleton;
import org.replenish.reference.DeficitSettings;
import org.replenish.reference.ReferenceData;
import org.replenish.reference.SweatDefaults;
import org.replenish.units.AmountChecks;
import org.replenish.units.AmountUnit;
import org.replenish.units.MassInput;
import org.replenish.units.Mineral;
import org.replenish.units.MineralConverter;
import org.replenish.units.Numbers;
import org.replenish.units.VolumeInput;
import org.replenish.validation.ViolationCode;
import org.replenish.validation.Violations;

/** The rules across a session's fields that per-field validation cannot express. */
@Singleton
public final class SessionChecks {

    private final SweatDefaults sweat;
    private final DeficitSettings settings;
    private final MineralConverter converter;
    private final AmountChecks amounts;

    public SessionChecks(ReferenceData data, MineralConverter converter) {
        this.sweat = data.sweat();
        this.settings = data.deficit();
        this.converter = converter;
        this.amounts = new AmountChecks(converter, settings.limits().maximumDailyMineralMg());
    }

    /** Checks one session; prefix is its JSON path with a trailing dot, e.g. "sessions[2].". */
    public void check(ExerciseSession session, String prefix, Violations violations) {
        violations.require(session.sweatRate() == null || session.bodyMassChange() == null, prefix + "sweatRate",
                "give either sweatRate or bodyMassChange, not both");
        violations.require(session.sweatSodium() == null || session.sweatSodiumProfile() == null, prefix + "sweatSodium",
                "give either sweatSodium or sweatSodiumProfile, not both");
        double maxRate = sweat.maximumSweatRateLitresPerHour().value();
        if (session.sweatRate() != null && session.sweatRate().litresPerHour() > maxRate) {
            violations.add(prefix + "sweatRate.value", "must be at most " + Numbers.plain(maxRate) + " L/h once converted",
                    ViolationCode.OUT_OF_RANGE);
        }
        if (session.sweatSodium() != null) {
            double mmol = converter.fromMilligrams(Mineral.SODIUM,
                    converter.toMilligramsPerLitre(Mineral.SODIUM, session.sweatSodium()), AmountUnit.MMOL);
            double max = sweat.maximumSweatSodiumMmolPerLitre().value();
            violations.requireWithin(mmol <= max, prefix + "sweatSodium.value",
                    "must be at most " + Numbers.plain(max) + " mmol/L once converted");
        }
        if (session.bodyMassChange() != null) {
            checkBodyMassChange(session.bodyMassChange(), prefix + "bodyMassChange.", violations);
        }
        amounts.check(session.replenished(), prefix + "replenished", violations);
    }

    private void checkBodyMassChange(BodyMassChange change, String prefix, Violations violations) {
        boolean beforeOk = checkMass(change.before(), prefix + "before.value", violations);
        boolean afterOk = checkMass(change.after(), prefix + "after.value", violations);
        if (beforeOk && afterOk) {
            double before = change.before().kilograms();
            double lossPercent = (before - change.after().kilograms()) / before * 100.0;
            double max = settings.fluid().maximumBodyMassLossPercent().value();
            violations.requireWithin(lossPercent <= max, prefix + "after.value",
                    "a loss of more than " + Numbers.plain(max) + " % of body mass in one session is not plausible");
        }
        checkFluid(change.fluidIntake(), prefix + "fluidIntake.value", violations);
        checkFluid(change.urineOutput(), prefix + "urineOutput.value", violations);
    }

    /** Checks a body mass against the plausible range; true when it can be used. */
    public boolean checkMass(MassInput mass, String field, Violations violations) {
        if (mass == null || mass.value() == null || mass.unit() == null) {
            return false;
        }
        DeficitSettings.InputLimits limits = settings.limits();
        double kg = mass.kilograms();
        boolean plausible = kg >= limits.minimumBodyMassKg() && kg <= limits.maximumBodyMassKg();
        violations.requireWithin(plausible, field, "must be from " + Numbers.plain(limits.minimumBodyMassKg()) + " to "
                + Numbers.plain(limits.maximumBodyMassKg()) + " kg once converted");
        return plausible;
    }

    private void checkFluid(VolumeInput volume, String field, Violations violations) {
        if (volume == null || volume.value() == null || volume.unit() == null) {
            return;
        }
        double max = settings.limits().maximumFluidPerSessionLitres();
        violations.requireWithin(volume.millilitres() / 1000.0 <= max, field,
                "must be at most " + Numbers.plain(max) + " L once converted");
    }
}
