package org.replenish.targets;

import jakarta.enterprise.context.Dependent;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.replenish.validation.FieldReports;

/** Checks {@link PersonTargetsAvailable} against the reference tables, through the target selector. */
@Dependent
public class PersonTargetsValidator implements ConstraintValidator<PersonTargetsAvailable, TargetsRequest> {

    private final TargetSelector selector;

    public PersonTargetsValidator(TargetSelector selector) {
        this.selector = selector;
    }

    @Override
    public boolean isValid(TargetsRequest request, ConstraintValidatorContext context) {
        PersonProfile person = request == null ? null : request.person();
        if (person == null || request.personBasis() == null || person.sex() == null || person.ageYears() == null
                || !(person.ageYears() >= 0 && person.ageYears() <= 120)) {
            return true; // nothing to select, or the person's own fields are reported already
        }
        boolean valid = true;
        for (TargetProblem problem : selector.problems(person, request.personBasis())) {
            valid = FieldReports.report(context, problem.about() == TargetProblem.About.BASIS ? "basis"
                    : "person.lifeStage", problem.message());
        }
        return valid;
    }
}
