package org.replenish.sweat;

import jakarta.enterprise.context.Dependent;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.replenish.reference.ReferenceData;
import org.replenish.units.AmountChecks;
import org.replenish.units.AmountInput;
import org.replenish.units.Mineral;
import org.replenish.units.MineralConverter;
import org.replenish.validation.FieldReports;

/** Checks {@link PlausibleDailyAmount} on one mineral's AmountInput. */
@Dependent
public class PlausibleDailyAmountValidator implements ConstraintValidator<PlausibleDailyAmount, AmountInput> {

    private final AmountChecks amounts;
    private Mineral mineral;

    public PlausibleDailyAmountValidator(ReferenceData data, MineralConverter converter) {
        this.amounts = new AmountChecks(converter, data.deficit().limits().maximumDailyMineralMg());
    }

    @Override
    public void initialize(PlausibleDailyAmount annotation) {
        if (annotation.mineral().length != 1) {
            throw new IllegalArgumentException("@PlausibleDailyAmount on an AmountInput names its one mineral");
        }
        mineral = annotation.mineral()[0];
    }

    @Override
    public boolean isValid(AmountInput value, ConstraintValidatorContext context) {
        return amounts.plausible(mineral, value) || FieldReports.reportOutOfRange(context, "value", amounts.message(),
                "max", amounts.maximumMg(), "unit", "mg");
    }
}
