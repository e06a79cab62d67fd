package org.replenish.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.replenish.codes.Localised;
import org.replenish.codes.Texts;
import org.replenish.problem.InputFaultsException;
import org.replenish.problem.InputViolations;
import org.replenish.validation.InvalidInputException;
import org.replenish.problem.Problems;
import org.replenish.validation.Violation;

/**
 * Answers each item of a batch as its single operation would: read with the service's strict JSON settings, checked
 * with the same Bean Validation constraints (programmatically, since the item is not a resource parameter), then
 * handed to the same calculator, whose cross-field checks throw InvalidInputException. A failure stays with its item.
 */
@ApplicationScoped
public class BatchRunner {

    private static final Logger LOG = Logger.getLogger(BatchRunner.class);

    private final ObjectMapper mapper;
    private final Validator validator;

    public BatchRunner(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    /**
     * The whole batch operation of a resource: every item answered by operation in the language the request's
     * Accept-Language prefers, and the 200 answer naming that language as the single operations' answers do;
     * instance is the batch's path, named by every item's problem.
     */
    public <Q, R> RestResponse<BatchResponse<R>> answer(BatchRequest batch, HttpHeaders headers, Class<Q> type,
                                                        BiFunction<Q, Texts, R> operation, String instance) {
        Texts texts = Localised.texts(headers);
        List<BatchItem<R>> answers = new ArrayList<>(batch.items().size());
        for (int index = 0; index < batch.items().size(); index++) {
            answers.add(item(index, batch.items().get(index), type, request -> operation.apply(request, texts), instance));
        }
        return Localised.answer(BatchResponse.of(answers), texts);
    }

    private <Q, R> BatchItem<R> item(int index, JsonNode item, Class<Q> type, Function<Q, R> operation,
                                     String instance) {
        JsonNode request = item;
        List<Violation> refFaults = List.of();
        String clientRef = null;
        if (item instanceof ObjectNode object && object.has(BatchItemRef.FIELD)) {
            ObjectNode withoutRef = object.deepCopy();
            JsonNode ref = withoutRef.remove(BatchItemRef.FIELD);
            request = withoutRef;
            refFaults = read(ref);
            clientRef = refFaults.isEmpty() ? ref.asText() : null;
        }
        List<Violation> faults = new ArrayList<>(refFaults);
        try {
            Q parsed = request == null || request.isNull() ? null : mapper.treeToValue(request, type);
            if (parsed == null) {
                faults.add(new Violation("body", "must be a request object, not null"));
                return invalid(index, faults, instance, clientRef);
            }
            Set<ConstraintViolation<Q>> broken = validator.validate(parsed);
            faults.addAll(InputViolations.ofConstraints(broken));
            if (!faults.isEmpty()) {
                return invalid(index, faults, instance, clientRef);
            }
            return BatchItem.answered(index, operation.apply(parsed), clientRef);
        } catch (InputFaultsException e) {
            faults.addAll(InputViolations.ofFaults(e, validator));
        } catch (JsonProcessingException e) {
            faults.addAll(InputViolations.ofJson(e));
        } catch (InvalidInputException e) {
            faults.addAll(e.violations());
        } catch (RuntimeException e) {
            // Our bug, not the client's: logged, and answered as the single operation would (500, nothing internal).
            LOG.errorf(e, "Unexpected failure answering item %d of a batch at %s", index, instance);
            return BatchItem.failed(index, Problems.internal(instance), clientRef);
        }
        return invalid(index, faults, instance, clientRef);
    }

    /** What is wrong with a clientRef: read and checked as a BatchItemRef, so its faults read as a field's would. */
    private List<Violation> read(JsonNode ref) {
        try {
            BatchItemRef parsed = mapper.treeToValue(mapper.createObjectNode().set(BatchItemRef.FIELD, ref),
                    BatchItemRef.class);
            return InputViolations.ofConstraints(validator.validate(parsed));
        } catch (InputFaultsException e) {
            return e.faults();
        } catch (JsonProcessingException e) {
            return InputViolations.ofJson(e);
        }
    }

    private static <R> BatchItem<R> invalid(int index, List<Violation> violations, String instance, String clientRef) {
        return BatchItem.failed(index, Problems.validationProblem(instance, InputViolations.inItem(index, violations)),
                clientRef);
    }
}
