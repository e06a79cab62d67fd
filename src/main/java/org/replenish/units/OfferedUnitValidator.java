package org.replenish.units;

import jakarta.enterprise.context.Dependent;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.replenish.validation.FieldReports;
import org.replenish.validation.RuleCode;

/** Checks {@link OfferedUnit}: the refusal text is the element's own, so every endpoint says the same. */
@Dependent
public class OfferedUnitValidator implements ConstraintValidator<OfferedUnit, AmountInput> {

    private final MineralConverter converter;
    private Mineral mineral;

    public OfferedUnitValidator(MineralConverter converter) {
        this.converter = converter;
    }

    @Override
    public void initialize(OfferedUnit annotation) {
        mineral = annotation.mineral();
    }

    @Override
    public boolean isValid(AmountInput value, ConstraintValidatorContext context) {
        return value == null || !refused(converter, mineral, value)
                || FieldReports.reportRule(context, "unit", RuleCode.UNIT_NOT_ALLOWED_FOR_MINERAL,
                converter.milliequivalentsRefusal(mineral), "mineral", mineral, "unit", value.unit());
    }

    /** Whether the amount is in MEQ for a mineral without milliequivalents; its own field reports it. */
    public static boolean refused(MineralConverter converter, Mineral mineral, AmountInput amount) {
        return amount.unit() == AmountUnit.MEQ && !converter.hasMilliequivalents(mineral);
    }
}
