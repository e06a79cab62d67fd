package org.replenish;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.replenish.validation.Violation;

/** Bean Validation without Quarkus, for plain unit tests of the constraints on request records. */
public final class Constraints {

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    private Constraints() {
    }

    /** The violations of a request, as field path and message, sorted by field as the problem lists them. */
    public static List<Violation> of(Object request) {
        return VALIDATOR.validate(request).stream()
                .map(v -> new Violation(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message))
                .toList();
    }

    /** The fields a request's violations name. */
    public static List<String> fields(Object request) {
        return of(request).stream().map(Violation::field).toList();
    }
}
