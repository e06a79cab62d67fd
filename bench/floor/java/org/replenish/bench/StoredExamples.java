package org.replenish.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The operations' stored examples (openapi-examples/), read once by the benchmark's floors when they are made. */
final class StoredExamples {

    private StoredExamples() {
    }

    /** The example operationId.part.json (part: request or response) read as type, or a failed start. */
    static <T> T read(ObjectMapper mapper, String operationId, String part, Class<T> type) {
        String file = "openapi-examples/" + operationId + "." + part + ".json";
        try (InputStream in = StoredExamples.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("No stored example " + file);
            }
            return mapper.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(file, e);
        }
    }
}
