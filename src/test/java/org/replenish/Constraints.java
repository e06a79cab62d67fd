package org.replenish;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.reflect.Constructor;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.replenish.drink.DrinkReference;
import org.replenish.potassium.PotassiumReference;
import org.replenish.reference.ReferenceData;
import org.replenish.sweat.SweatLossModel;
import org.replenish.sweat.WorkoutReference;
import org.replenish.targets.TargetSelector;
import org.replenish.units.MineralConverter;
import org.replenish.validation.Violation;

/**
 * Bean Validation without Quarkus, for plain unit tests of the constraints on request records: the validators get
 * the shipped reference data and the calculators of {@link TestData} as Quarkus would inject them.
 */
public final class Constraints {

    private static final Map<Class<?>, Object> BEANS = Map.of(ReferenceData.class, TestData.DATA,
            MineralConverter.class, TestData.CONVERTER, TargetSelector.class, TestData.TARGETS,
            PotassiumReference.class, TestData.POTASSIUM, DrinkReference.class, TestData.DRINK,
            SweatLossModel.class, TestData.SWEAT, WorkoutReference.class, TestData.WORKOUT_DATA);

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .constraintValidatorFactory(new Injecting()).buildValidatorFactory().getValidator();

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

    /** Builds a validator through its one constructor, passing the test beans it asks for. */
    private static final class Injecting implements ConstraintValidatorFactory {

        @Override
        public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> type) {
            try {
                Constructor<?> constructor = type.getConstructors()[0];
                Object[] arguments = Arrays.stream(constructor.getParameterTypes()).map(BEANS::get).toArray();
                return type.cast(constructor.newInstance(arguments));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
            }
        }

        @Override
        public void releaseInstance(ConstraintValidator<?, ?> instance) {
        }
    }
}
