package org.replenish.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.Comparator;
import java.util.List;
import org.replenish.validation.Violation;

/**
 * Every fault Jackson met (sorted by field) while reading one request body, collected instead of stopping at the first (unknown fields,
 * unknown enum values, values of the wrong type), with what could be read of the request, so the constraints of the
 * fields that did parse can be checked too. partial is null when reading stopped at a fault that cannot be skipped.
 */
public final class InputFaultsException extends JsonMappingException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> faults;
    private final transient Object partial;

    InputFaultsException(JsonParser parser, List<Violation> faults, Object partial) {
        super(parser, faults.size() + " faults in the request body");
        this.faults = faults.stream().sorted(Comparator.comparing(Violation::field)).toList();
        this.partial = partial;
    }

    public List<Violation> faults() {
        return faults;
    }

    public Object partial() {
        return partial;
    }
}
