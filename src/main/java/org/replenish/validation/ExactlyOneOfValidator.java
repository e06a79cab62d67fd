package org.replenish.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks {@link ExactlyOneOf} on a record through its component accessors. */
public class ExactlyOneOfValidator implements ConstraintValidator<ExactlyOneOf, Record> {

    private List<String> names;
    private String fields;
    private boolean required;
    private String reportBothOn;
    private String bothMessage;
    private String missingMessage;

    @Override
    public void initialize(ExactlyOneOf annotation) {
        if (annotation.value().length < 2) {
            throw new IllegalArgumentException("@ExactlyOneOf names two components or more, not " + annotation.value().length);
        }
        names = List.of(annotation.value());
        fields = String.join(", ", names);
        String alternatives = String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
        required = annotation.required();
        reportBothOn = annotation.reportBothOn();
        missingMessage = "give exactly one of " + alternatives;
        String notMore = names.size() == 2 ? ", not both" : ", not more than one";
        bothMessage = !annotation.bothMessage().isEmpty() ? annotation.bothMessage()
                : required ? missingMessage + notMore : "give either " + alternatives + notMore;
    }

    @Override
    public boolean isValid(Record value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        String lastGiven = null;
        int given = 0;
        for (String name : names) {
            if (component(value, name) != null) {
                lastGiven = name;
                given++;
            }
        }
        if (given > 1) {
            // On the named component, else on the last one given: the one that came on top of another.
            return FieldReports.reportRule(context, reportBothOn.isEmpty() ? lastGiven : reportBothOn,
                    RuleCode.ONLY_ONE_OF, bothMessage, "fields", fields);
        }
        if (required && given == 0) {
            return FieldReports.reportRule(context, names.get(0), RuleCode.ONE_OF_REQUIRED, missingMessage, "fields", fields);
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
