package org.replenish.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.replenish.validation.Violation;

/**
 * Reports every fault of a request body at once (issue 27 item 2). A problem handler records an unknown field, an
 * unknown enum value or a value of the wrong type with its JSON path and lets Jackson read on (the field becomes
 * absent); the outermost Replenish object being read then throws one {@link InputFaultsException} with all of them. A
 * fault Jackson cannot skip still stops the reading, and is reported after the ones recorded before it.
 */
@Singleton
public class JsonFaults implements ObjectMapperCustomizer {

    private static final String FAULTS = JsonFaults.class.getName() + ".faults";
    private static final String READING = JsonFaults.class.getName() + ".reading";
    private static final String OURS = "org.replenish.";

    /** The handler and the wrapper of the outermost object, on the mapper that reads requests. */
    @Override
    public void customize(ObjectMapper mapper) {
        mapper.addHandler(new Recorder());
        mapper.registerModule(new SimpleModule("replenish-json-faults").setDeserializerModifier(new Outermost()));
    }

    private static void record(DeserializationContext context, Violation violation) {
        @SuppressWarnings("unchecked")
        List<Violation> faults = (List<Violation>) context.getAttribute(FAULTS);
        if (faults == null) {
            faults = new ArrayList<>();
            context.setAttribute(FAULTS, faults);
        }
        faults.add(violation);
    }

    /**
     * Where the Replenish objects being read stand, innermost first: the context each was entered from. A container's
     * context keeps pointing at the object until the object is read, so its path is only spelled out for a fault.
     */
    @SuppressWarnings("unchecked")
    private static Deque<JsonStreamContext> reading(DeserializationContext context) {
        Deque<JsonStreamContext> reading = (Deque<JsonStreamContext>) context.getAttribute(READING);
        if (reading == null) {
            reading = new ArrayDeque<>();
            context.setAttribute(READING, reading);
        }
        return reading;
    }

    @SuppressWarnings("unchecked")
    private static List<Violation> recorded(DeserializationContext context) {
        Object faults = context.getAttribute(FAULTS);
        return faults == null ? List.of() : (List<Violation>) faults;
    }

    /**
     * The JSON path of the value the parser stands on, e.g. sessions[0].sweatRate.unit; on the start of an object or
     * array the parser has already entered it, so its path is the parent's.
     */
    static String path(JsonParser parser) {
        return pathOf(valueContext(parser));
    }

    /** The context whose position is the value the parser stands on (the parent of an object or array entered). */
    private static JsonStreamContext valueContext(JsonParser parser) {
        JsonStreamContext context = parser.getParsingContext();
        return parser.hasToken(JsonToken.START_OBJECT) || parser.hasToken(JsonToken.START_ARRAY)
                ? context.getParent() : context;
    }

    /** The path of a context: the names of the objects and the indices of the arrays it lies in, and its own. */
    private static String pathOf(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                parts.push(c.getCurrentName());
            }
        }
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            if (!path.isEmpty() && !part.startsWith("[")) {
                path.append('.');
            }
            path.append(part);
        }
        return path.isEmpty() ? JsonFieldPath.BODY : path.toString();
    }

    /** Records what it can skip, so reading goes on; returns NOT_HANDLED (Jackson stops) for anything else. */
    private static final class Recorder extends DeserializationProblemHandler {

        @Override
        public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
                                             JsonDeserializer<?> deserializer, Object beanOrClass, String name)
                throws IOException {
            JsonStreamContext object = reading(context).peek();
            String bean = object == null ? null : pathOf(object);
            record(context, InputViolations.unknownField(bean == null ? path(parser)
                    : JsonFieldPath.BODY.equals(bean) ? name : bean + "." + name));
            parser.skipChildren();
            return true;
        }

        @Override
        public Object handleWeirdStringValue(DeserializationContext context, Class<?> target, String value,
                                             String failureMessage) {
            return enumOrNotHandled(context, target);
        }

        @Override
        public Object handleWeirdNumberValue(DeserializationContext context, Class<?> target, Number value,
                                             String failureMessage) {
            return enumOrNotHandled(context, target);
        }

        @Override
        public Object handleUnexpectedToken(DeserializationContext context, JavaType target, JsonToken token,
                                            JsonParser parser, String failureMessage) throws IOException {
            if (target.isPrimitive() || token == null || token == JsonToken.VALUE_NULL) {
                return NOT_HANDLED;
            }
            record(context, InputViolations.wrongType(path(parser), target.getRawClass()));
            parser.skipChildren();
            return null;
        }

        private static Object enumOrNotHandled(DeserializationContext context, Class<?> target) {
            if (!target.isEnum()) {
                return NOT_HANDLED;
            }
            record(context, InputViolations.unknownValue(path(context.getParser()), target));
            return null;
        }
    }

    /** Wraps the readers of Replenish's own types, so the outermost one reports what was recorded. */
    private static final class Outermost extends BeanDeserializerModifier {

        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                      JsonDeserializer<?> deserializer) {
            return description.getBeanClass().getName().startsWith(OURS) ? new Reporting(deserializer) : deserializer;
        }
    }

    private static final class Reporting extends DelegatingDeserializer {

        private static final long serialVersionUID = 1L;

        Reporting(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Reporting(delegate);
        }

        /**
         * Reads the object with where it stands on a stack: a record replays its unknown properties from a buffer whose
         * contexts do not say where the object is, so their path comes from here, not from the parser. The outermost object reports what was
         * recorded.
         */
        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Deque<JsonStreamContext> reading = reading(context);
            boolean outermost = reading.isEmpty();
            reading.push(valueContext(parser));
            Object value;
            try {
                value = super.deserialize(parser, context);
            } catch (JsonMappingException e) {
                if (!outermost || recorded(context).isEmpty() || e instanceof InputFaultsException) {
                    throw e;
                }
                List<Violation> all = new ArrayList<>(recorded(context));
                all.addAll(InputViolations.ofJson(e));
                throw new InputFaultsException(parser, all, null);
            } finally {
                reading.pop();
            }
            if (outermost && !recorded(context).isEmpty()) {
                throw new InputFaultsException(parser, recorded(context), value);
            }
            return value;
        }
    }
}
