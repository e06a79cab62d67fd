package org.replenish.plan;

import jakarta.enterprise.context.Dependent;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.replenish.validation.FieldReports;

/** Checks {@link PlanNeedsBodyMass}. */
@Dependent
public class PlanNeedsBodyMassValidator implements ConstraintValidator<PlanNeedsBodyMass, SessionPlanRequest> {

    @Override
    public boolean isValid(SessionPlanRequest request, ConstraintValidatorContext context) {
        return request == null || request.person() == null || request.person().bodyMass() != null
                || FieldReports.reportRequired(context, "person.bodyMass");
    }
}
