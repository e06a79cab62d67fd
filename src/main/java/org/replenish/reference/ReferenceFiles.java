package org.replenish.reference;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Function;

/** Reads the JSON files under reference/ strictly: an unknown or missing field is an error naming the file. */
final class ReferenceFiles {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    /** Opens a file of the classpath folder reference/. */
    static final Function<String, InputStream> CLASSPATH =
            file -> ReferenceFiles.class.getClassLoader().getResourceAsStream("reference/" + file);

    private final Function<String, InputStream> opener;

    ReferenceFiles(Function<String, InputStream> opener) {
        this.opener = opener;
    }

    <T> T read(String file, TypeReference<T> type) {
        try (InputStream in = opener.apply(file)) {
            if (in == null) {
                throw new ReferenceDataException(file, "(whole file)", "file not found");
            }
            return MAPPER.readValue(in, type);
        } catch (IOException e) {
            throw new ReferenceDataException(file, e.getMessage(), e);
        }
    }
}
