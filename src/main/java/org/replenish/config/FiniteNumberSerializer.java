package org.replenish.config;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.NumberOutput;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;

/**
 * Writes a double rounded to its precision, and fails on NaN or Infinity instead of sending them: JSON has no such
 * numbers, and a client must never receive one. The failure becomes a 500 problem that the tests and the fuzzing
 * harness catch.
 */
final class FiniteNumberSerializer extends StdScalarSerializer<Double> {

    private static final long serialVersionUID = 1L;

    private final transient OutputPrecision.Rule precision;

    FiniteNumberSerializer(OutputPrecision.Rule precision) {
        super(Double.class);
        this.precision = precision;
    }

    @Override
    public void serialize(Double value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        if (!Double.isFinite(value)) {
            throw JsonMappingException.from(generator, "Refusing to write the non-finite number " + value);
        }
        String decimal = precision.significant() ? null : DecimalText.of(value, precision.digits());
        // Otherwise the shortest text of the rounded double, written by Jackson's fast writer (Schubfach) named here:
        // the packaged service's generators did not carry FastNumbers' flag (JFR showed JDK 17's FloatingDecimal).
        generator.writeNumber(decimal != null ? decimal : NumberOutput.toString(precision.round(value), true));
    }
}
