package org.replenish.problem;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Validator;
import jakarta.ws.rs.WebApplicationException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.replenish.validation.InvalidInputException;

/** Turns every failure into RFC 9457 problem+json; nothing internal (stack traces, class names) reaches a client. */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);

    private final Validator validator;

    public ProblemExceptionMappers(Validator validator) {
        this.validator = validator;
    }

    @ServerExceptionMapper
    public RestResponse<Problem> inputFaults(InputFaultsException e, HttpServerRequest request) {
        return json(e, request);
    }

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
        return Problems.validation(request.path(), InputViolations.ofConstraints(e.getConstraintViolations()));
    }

    // One mapper per Jackson exception type, so ours win over Quarkus' built-in mappers for the specific types.
    @ServerExceptionMapper
    public RestResponse<Problem> unknownField(UnrecognizedPropertyException e, HttpServerRequest request) {
        return json(e, request);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> invalidFormat(InvalidFormatException e, HttpServerRequest request) {
        return json(e, request);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> mismatchedInput(MismatchedInputException e, HttpServerRequest request) {
        return json(e, request);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> malformedJson(StreamReadException e, HttpServerRequest request) {
        return json(e, request);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> otherJson(JsonProcessingException e, HttpServerRequest request) {
        return json(e, request);
    }

    private RestResponse<Problem> json(JsonProcessingException e, HttpServerRequest request) {
        if (e.getProcessor() instanceof JsonGenerator) {
            // Writing the response failed (a non-finite number): our bug, never the client's input.
            return internal(e, request);
        }
        return Problems.validation(request.path(), e instanceof InputFaultsException faults
                ? InputViolations.ofFaults(faults, validator) : InputViolations.ofJson(e));
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
        return Problems.response(Problems.internal(request.path()));
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
}
