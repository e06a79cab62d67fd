package org.replenish.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;

/**
 * Reads a Double from a JSON number only. Jackson's own reader accepts the strings "NaN" and "Infinity" even with
 * string coercion switched off, and turns 1e400 into Infinity; both are refused here, so no non-finite number enters
 * a calculation.
 */
final class NumberOnlyDeserializer extends StdScalarDeserializer<Double> {

    private static final long serialVersionUID = 1L;

    NumberOnlyDeserializer() {
        super(Double.class);
    }

    @Override
    public Double deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.hasToken(JsonToken.VALUE_NUMBER_INT) && !parser.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
            return (Double) context.handleUnexpectedToken(Double.class, parser);
        }
        double value = parser.getDoubleValue();
        if (!Double.isFinite(value)) {
            throw InvalidFormatException.from(parser, "Number out of range", parser.getText(), Double.class);
        }
        return value;
    }
}
