package org.replenish.config;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.replenish.vocabulary.Rendered;

/**
 * Light answers on request (issue 28 item 5): the properties marked {@link Rendered} (texts an app can render from
 * codes and parameters, amounts in a second and third unit) are written only when the serialization does not carry
 * the minimal attribute, which {@link MinimalAnswerFilter} sets for a request that asked Prefer: return=minimal.
 * Every other answer is written exactly as before.
 */
@Singleton
public class MinimalAnswers implements ObjectMapperCustomizer {

    /** The serialization attribute that leaves the rendered properties out. */
    static final String ATTRIBUTE = "replenish.minimal";

    /** RFC 7240's preference for an answer without what the client does not need. */
    static final String PREFERENCE = "return=minimal";

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("minimal-answers").setSerializerModifier(new BeanSerializerModifier() {
            @Override
            public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription bean,
                                                             List<BeanPropertyWriter> properties) {
                return properties.stream()
                        .map(property -> rendered(property) ? new Omissible(property) : property).toList();
            }
        }));
    }

    private static boolean rendered(BeanPropertyWriter property) {
        Extension extension = property.getAnnotation(Extension.class);
        return extension != null && Rendered.EXTENSION.equals(extension.name());
    }

    /** Whether a Prefer header (RFC 7240: comma-separated preferences, each with optional ;parameters) asks it. */
    static boolean asked(String prefer) {
        if (prefer == null) {
            return false;
        }
        for (String preference : prefer.split(",")) {
            String token = preference.split(";", 2)[0].replace(" ", "").replace("\"", "").toLowerCase(Locale.ROOT);
            if (token.equals(PREFERENCE)) {
                return true;
            }
        }
        return false;
    }

    /** A property left out of a minimal answer. */
    private static final class Omissible extends BeanPropertyWriter {
        Omissible(BeanPropertyWriter base) {
            super(base);
        }

        @Override
        public void serializeAsField(Object bean, JsonGenerator gen, SerializerProvider provider) throws Exception {
            if (!Boolean.TRUE.equals(provider.getAttribute(ATTRIBUTE))) {
                super.serializeAsField(bean, gen, provider);
            }
        }
    }
}
