package org.replenish.sweat;

import jakarta.enterprise.context.Dependent;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.replenish.reference.ReferenceData;
import org.replenish.units.AmountChecks;
import org.replenish.units.Mineral;
import org.replenish.units.MineralAmounts;
import org.replenish.units.MineralConverter;
import org.replenish.validation.FieldReports;

/** Checks {@link PlausibleDailyAmount} on each mineral of a MineralAmounts. */
@Dependent
public class PlausibleDailyAmountsValidator implements ConstraintValidator<PlausibleDailyAmount, MineralAmounts> {

    private final AmountChecks amounts;

    public PlausibleDailyAmountsValidator(ReferenceData data, MineralConverter converter) {
        this.amounts = new AmountChecks(converter, data.deficit().limits().maximumDailyMineralMg());
    }

    @Override
    public boolean isValid(MineralAmounts value, ConstraintValidatorContext context) {
        boolean valid = true;
        for (Mineral mineral : Mineral.MODELLED) {
            if (value != null && !amounts.plausible(mineral, value.of(mineral))) {
                valid = FieldReports.reportOutOfRange(context, MineralAmounts.fieldName(mineral) + ".value", amounts.message(),
                        "max", amounts.maximumMg(), "unit", "mg");
            }
        }
        return valid;
    }
}
