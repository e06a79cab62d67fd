package org.replenish.codes;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** The type of every message parameter by name, from codes/parameter-types.properties, read once. */
public final class ParameterTypes {

    private static final Map<String, ParameterInfo> BY_NAME = load();

    private ParameterTypes() {
    }

    /**
     * The type of a parameter of the code: the one its set gives the name (SET.name), else the name's; null when the
     * registry lacks the name (CodeTemplatesTest fails then).
     */
    public static ParameterInfo of(Code code, String name) {
        ParameterInfo inSet = BY_NAME.get(code.set().name() + "." + name);
        return inSet != null ? inSet : BY_NAME.get(name);
    }

    private static Map<String, ParameterInfo> load() {
        Properties properties = new Properties();
        try (InputStream in = ParameterTypes.class.getResourceAsStream("/codes/parameter-types.properties")) {
            if (in == null) {
                throw new IllegalStateException("codes/parameter-types.properties is missing");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, ParameterInfo> types = new TreeMap<>();
        for (String name : properties.stringPropertyNames()) {
            String[] spec = properties.getProperty(name).split(":", 2);
            ParameterType type = ParameterType.valueOf(spec[0]);
            String detail = spec.length > 1 ? spec[1] : null;
            boolean enumLike = type == ParameterType.ENUM || type == ParameterType.ENUM_LIST;
            String parameter = name.substring(name.indexOf('.') + 1);
            types.put(name, new ParameterInfo(parameter, type, enumLike ? null : detail, enumLike ? detail : null));
        }
        return Map.copyOf(types);
    }
}
