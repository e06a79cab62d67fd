package org.replenish.targets;

import jakarta.enterprise.context.Dependent;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.replenish.validation.FieldReports;
import org.replenish.validation.RuleCode;
import org.replenish.vocabulary.Basis;

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
        if (request.personBasis() == Basis.FDA_DAILY_VALUE) {
            // Sheet 1.10 and 7.2: the Daily Values are for reading a label's %DV, never a person's target (a 6-year-old
            // held against the adult 2,300 mg sodium DV would be told she lacks more than her CDRR allows).
            return FieldReports.reportRule(context, "basis", RuleCode.DAILY_VALUE_NOT_A_PERSONS_TARGET,
                    "FDA_DAILY_VALUE is a label reference, not a person's target: use NASEM_DRI or EFSA for a person "
                    + "(the Daily Values serve only the %DV of a label)");
        }
        boolean valid = true;
        for (TargetProblem problem : selector.problems(person, request.personBasis())) {
            valid = FieldReports.reportRule(context, problem.about() == TargetProblem.About.BASIS ? "basis"
                    : "person.lifeStage", problem.rule(), problem.message(), problem.parameters());
        }
        return valid;
    }
}
