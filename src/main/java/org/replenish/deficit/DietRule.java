package org.replenish.deficit;

import org.replenish.codes.Message;
import org.replenish.codes.ReasonCode;
import org.replenish.reference.DeficitSettings;
import org.replenish.reference.TargetKind;
import org.replenish.targets.MineralTarget;
import org.replenish.units.Mineral;
import org.replenish.units.Numbers;

/**
 * Judges a usual intake only as far as the DRIs allow (IOM 2000, sheet 8): at or above the reference intake it is
 * likely adequate; below an AI adequacy cannot be judged, so it is never a deficit; an EFSA safe-and-adequate level is
 * no target to fall short of at all;
 * below an RDA it is not shown to be inadequate, and below the EAR beside it likely below the requirement. Pure.
 */
final class DietRule {

    private final DeficitSettings.SourceRef source;

    DietRule(DeficitSettings settings) {
        this.source = settings.statusSources().dietJudgement();
    }

    /** totalMg is null when the diet is unknown. */
    Judgement<DietStatus> judge(Mineral mineral, MineralTarget target, Double totalMg) {
        if (totalMg == null) {
            return judged(DietStatus.INTAKE_UNKNOWN, Message.of(ReasonCode.DIET_INTAKE_UNKNOWN, "mineral", mineral));
        }
        double referenceMg = target.amount().mg();
        Object intake = Numbers.tenth(totalMg);
        Object reference = Numbers.tenth(referenceMg);
        if (totalMg >= referenceMg) {
            return judged(DietStatus.AT_OR_ABOVE_REFERENCE, Message.of(ReasonCode.DIET_AT_OR_ABOVE_REFERENCE,
                    "mineral", mineral, "intakeMg", intake, "kind", target.kind(), "referenceMg", reference));
        }
        if (target.kind() == TargetKind.SAFE_AND_ADEQUATE) {
            return judged(DietStatus.BELOW_REFERENCE_INTAKE, Message.of(ReasonCode.DIET_BELOW_SAFE_AND_ADEQUATE_LEVEL,
                    "mineral", mineral, "intakeMg", intake, "referenceMg", reference));
        }
        if (target.kind() != TargetKind.RDA) {
            return judged(DietStatus.BELOW_REFERENCE_INTAKE, Message.of(ReasonCode.DIET_BELOW_REFERENCE_INTAKE,
                    "mineral", mineral, "intakeMg", intake, "kind", target.kind(), "referenceMg", reference));
        }
        if (target.averageRequirement() == null) {
            return judged(DietStatus.BELOW_RDA, Message.of(ReasonCode.DIET_BELOW_RDA_NO_EAR, "mineral", mineral,
                    "intakeMg", intake, "referenceMg", reference));
        }
        double earMg = target.averageRequirement().amount().mg();
        Object ear = Numbers.tenth(earMg);
        return totalMg < earMg
                ? judged(DietStatus.LIKELY_BELOW_REQUIREMENT, Message.of(ReasonCode.DIET_BELOW_EAR, "mineral",
                        mineral, "intakeMg", intake, "earMg", ear, "referenceMg", reference))
                : judged(DietStatus.BELOW_RDA, Message.of(ReasonCode.DIET_BETWEEN_EAR_AND_RDA, "mineral", mineral,
                        "intakeMg", intake, "earMg", ear, "referenceMg", reference));
    }

    /**
     * Whether the distance below the target means anything: not below an EFSA safe-and-adequate level, which is no
     * target to reach (sheet 1.9; issue 26 item 8).
     */
    static boolean gapShown(MineralTarget target) {
        return target.kind() != TargetKind.SAFE_AND_ADEQUATE;
    }

    private Judgement<DietStatus> judged(DietStatus status, Message reason) {
        return Judgement.of(status, reason, source);
    }
}
