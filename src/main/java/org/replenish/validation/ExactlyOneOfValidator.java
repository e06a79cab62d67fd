package org.replenish.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/** Checks {@link ExactlyOneOf} on a record through its component accessors. */
public class ExactlyOneOfValidator implements ConstraintValidator<ExactlyOneOf, Record> {

    private String first;
    private String second;
    private boolean required;
    private String reportBothOn;
    private String bothMessage;
    private String missingMessage;

    @Override
    public void initialize(ExactlyOneOf annotation) {
        if (annotation.value().length != 2) {
            throw new IllegalArgumentException("@ExactlyOneOf names two components, not " + annotation.value().length);
        }
        first = annotation.value()[0];
        second = annotation.value()[1];
        required = annotation.required();
        reportBothOn = annotation.reportBothOn().isEmpty() ? second : annotation.reportBothOn();
        missingMessage = "give exactly one of " + first + " or " + second;
        bothMessage = !annotation.bothMessage().isEmpty() ? annotation.bothMessage()
                : required ? missingMessage + ", not both" : "give either " + first + " or " + second + ", not both";
    }

    @Override
    public boolean isValid(Record value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        boolean hasFirst = component(value, first) != null;
        boolean hasSecond = component(value, second) != null;
        if (hasFirst && hasSecond) {
            return FieldReports.reportRule(context, reportBothOn, RuleCode.ONLY_ONE_OF, bothMessage, "fields", first + ", " + second);
        }
        if (required && !hasFirst && !hasSecond) {
            return FieldReports.reportRule(context, first, RuleCode.ONE_OF_REQUIRED, missingMessage, "fields", first + ", " + second);
        }
        return true;
    }

    private static Object component(Record record, String name) {
        Method accessor = ACCESSORS.get(record.getClass()).get(name);
        if (accessor == null) {
            throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no " + name);
        }
        try {
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + name + " of " + record.getClass().getSimpleName(), e);
        }
    }

    /** Each record type's accessors by component name, looked up once (per request it cost 2 % of a comparison). */
    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> accessors = new HashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                Method accessor = component.getAccessor();
                accessor.setAccessible(true);
                accessors.put(component.getName(), accessor);
            }
            return Map.copyOf(accessors);
        }
    };
}
