package org.replenish.config;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Rounds every double property of an answer to its {@link OutputPrecision} as it is written (and refuses NaN and
 * Infinity, {@link FiniteNumberSerializer}). Keyed by the record and component name, so a calculator never rounds.
 */
@Singleton
public class RoundedNumbers implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("replenish-rounding").setSerializerModifier(new BeanSerializerModifier() {
            @Override
            public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription bean,
                                                             List<BeanPropertyWriter> properties) {
                for (BeanPropertyWriter property : properties) {
                    // Every getter call skips the reflective access check: in the packaged service Jackson left the
                    // record accessors unfixed and the check cost 3 % of a deficit estimate (issue 14's profile).
                    property.getMember().fixAccess(true);
                    Class<?> type = property.getType().getRawClass();
                    if (type == double.class || type == Double.class) {
                        OutputPrecision.Rule rule = OutputPrecision.of(bean.getBeanClass().getSimpleName(), property.getName())
                                .orElse(OutputPrecision.DEFAULT);
                        property.assignSerializer(asObjectSerializer(new FiniteNumberSerializer(rule)));
                    }
                }
                return properties;
            }
        }));
    }

    @SuppressWarnings("unchecked")
    private static JsonSerializer<Object> asObjectSerializer(JsonSerializer<?> serializer) {
        return (JsonSerializer<Object>) serializer;
    }
}
