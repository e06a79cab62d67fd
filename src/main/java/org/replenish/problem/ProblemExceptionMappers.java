package org.replenish.problem;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.ws.rs.WebApplicationException;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.replenish.validation.InvalidInputException;
import org.replenish.validation.Violation;

/** Turns every failure into RFC 9457 problem+json; nothing internal (stack traces, class names) reaches a client. */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);

    static final String INTERNAL_DETAIL = "The service could not answer this request. It has been logged.";

    @ServerExceptionMapper
    public RestResponse<Problem> invalidInput(InvalidInputException e, HttpServerRequest request) {
        return Problems.validation(request.path(), e.violations());
    }

    @ServerExceptionMapper
    public RestResponse<Problem> constraintViolation(ConstraintViolationException e, HttpServerRequest request) {
        // A constraint broken by a response is our bug, not the client's.
        if (e.getConstraintViolations().stream().anyMatch(v -> containsReturnValue(v.getPropertyPath()))) {
            return internal(e, request);
        }
        List<Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Violation(ConstraintFieldPath.of(v), v.getMessage()))
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message))
                .toList();
        return Problems.validation(request.path(), violations);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unknownField(UnrecognizedPropertyException e, HttpServerRequest request) {
        String field = JsonFieldPath.of(e.getPath());
        return Problems.validation(request.path(), List.of(new Violation(field, "is not a known field")));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> invalidFormat(InvalidFormatException e, HttpServerRequest request) {
        String field = JsonFieldPath.of(e.getPath());
        Class<?> target = e.getTargetType();
        String message = target != null && target.isEnum()
                ? "must be one of " + QueryParameters.names(enumType(target))
                : "must be " + describe(target);
        return Problems.validation(request.path(), List.of(new Violation(field, message)));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> mismatchedInput(MismatchedInputException e, HttpServerRequest request) {
        String field = JsonFieldPath.of(e.getPath());
        String original = String.valueOf(e.getOriginalMessage());
        String message = e instanceof InvalidNullException ? "must not be null"
                : original.startsWith("Trailing token") ? "has content after the end of the JSON document"
                : "must be " + describe(e.getTargetType());
        return Problems.validation(request.path(), List.of(new Violation(field, message)));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> malformedJson(StreamReadException e, HttpServerRequest request) {
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return Problems.validation(request.path(),
                List.of(new Violation(JsonFieldPath.BODY, "is not well-formed JSON" + where)));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> otherJson(JsonProcessingException e, HttpServerRequest request) {
        if (e.getProcessor() instanceof JsonGenerator) {
            // Writing the response failed (a non-finite number): our bug, never the client's input.
            return internal(e, request);
        }
        if (e instanceof StreamReadException malformed) {
            return malformedJson(malformed, request);
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String original = String.valueOf(e.getOriginalMessage());
            String message = original.startsWith("Duplicate field")
                    ? "repeats a field: " + original.substring("Duplicate field ".length())
                    : "is not valid";
            return Problems.validation(request.path(), List.of(new Violation(JsonFieldPath.of(mapping.getPath()), message)));
        }
        return Problems.validation(request.path(), List.of(new Violation(JsonFieldPath.BODY, "is not valid JSON")));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> http(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return internal(e, request);
        }
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            return otherJson(json, request);
        }
        return Problems.of(status, request.path(), detailFor(status, request));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unexpected(Throwable e, HttpServerRequest request) {
        return internal(e, request);
    }

    private static RestResponse<Problem> internal(Throwable e, HttpServerRequest request) {
        LOG.errorf(e, "Unexpected failure answering %s %s", request.method(), request.path());
        return Problems.of(500, request.path(), INTERNAL_DETAIL);
    }

    static String detailFor(int status, HttpServerRequest request) {
        return switch (status) {
            case 404 -> "No resource at " + request.path() + ".";
            case 405 -> "This resource does not answer " + request.method() + ".";
            case 406 -> "This resource answers application/json (and application/problem+json for errors) only.";
            case 415 -> "Send the request body as application/json.";
            default -> "The request failed.";
        };
    }

    private static boolean containsReturnValue(jakarta.validation.Path path) {
        for (jakarta.validation.Path.Node node : path) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Enum<?>> enumType(Class<?> type) {
        return (Class<? extends Enum<?>>) type;
    }

    private static String describe(Class<?> target) {
        if (target == null) {
            return "a value of another type";
        }
        if (Number.class.isAssignableFrom(target) || target == double.class || target == int.class
                || target == long.class) {
            return target == Integer.class || target == int.class || target == Long.class || target == long.class
                    ? "a whole number" : "a number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "true or false";
        }
        if (target == String.class) {
            return "a string";
        }
        if (List.class.isAssignableFrom(target)) {
            return "an array";
        }
        return "an object";
    }
}
