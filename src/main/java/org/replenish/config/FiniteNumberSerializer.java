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

    /** Each thread's buffer for a number's text; a number is written at once, so one buffer per thread is enough. */
    private static final ThreadLocal<char[]> TEXT = ThreadLocal.withInitial(() -> new char[DecimalText.BUFFER_LENGTH]);

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
        char[] text = TEXT.get();
        int start = precision.significant() ? -1 : DecimalText.write(value, precision.digits(), text);
        if (start >= 0) {
            generator.writeNumber(text, start, DecimalText.BUFFER_LENGTH - start); // copied into the generator's buffer
        } else {
            // The shortest text of the rounded double, written by Jackson's fast writer (Schubfach) named here: the
            // packaged service's generators did not carry FastNumbers' flag (JFR showed JDK 17's FloatingDecimal).
            generator.writeNumber(NumberOutput.toString(precision.round(value), true));
        }
    }
}
