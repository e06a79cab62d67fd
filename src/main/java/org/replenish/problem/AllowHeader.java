package org.replenish.problem;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Puts the Allow header RFC 9110 requires on every 405, whether JAX-RS or the Vert.x router answered it. The methods
 * of a path come from the resource classes' annotations, read once; OPTIONS is answered for every resource path and
 * HEAD for every path with a GET (JAX-RS answers both on its own), so Allow lists only methods that answer.
 */
@ApplicationScoped
public class AllowHeader {

    /** Before anything may answer, so the header is added whoever answers. */
    static final int ORDER = RequestHeadLimits.ORDER - 1;

    private final BeanManager beans;
    private volatile Map<Pattern, Set<String>> methodsByPath;

    public AllowHeader(BeanManager beans) {
        this.beans = beans;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::onMethodNotAllowed);
    }

    private void onMethodNotAllowed(RoutingContext context) {
        context.addHeadersEndHandler(ignored -> {
            if (context.response().getStatusCode() == 405 && !context.response().headers().contains(HttpHeaders.ALLOW)) {
                String allowed = allowed(context.request().path());
                if (!allowed.isEmpty()) {
                    context.response().headers().set(HttpHeaders.ALLOW, allowed);
                }
            }
        });
        context.next();
    }

    /** The methods a path answers, comma-separated; empty for a path no resource serves. */
    String allowed(String path) {
        Set<String> methods = new TreeSet<>();
        index().forEach((pattern, answered) -> {
            if (path != null && pattern.matcher(path).matches()) {
                methods.addAll(answered);
            }
        });
        return String.join(", ", methods);
    }

    private Map<Pattern, Set<String>> index() {
        if (methodsByPath == null) {
            Map<String, Set<String>> byTemplate = new TreeMap<>();
            for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
                Path classPath = bean.getBeanClass().getAnnotation(Path.class);
                if (classPath != null) {
                    addMethods(byTemplate, classPath.value(), bean.getBeanClass().getMethods());
                }
            }
            Map<Pattern, Set<String>> compiled = new LinkedHashMap<>();
            byTemplate.forEach((template, methods) -> compiled.put(toPattern(template), methods));
            methodsByPath = compiled;
        }
        return methodsByPath;
    }

    private static void addMethods(Map<String, Set<String>> byTemplate, String classPath, Method[] methods) {
        for (Method method : methods) {
            List<String> httpMethods = new ArrayList<>();
            for (Annotation annotation : method.getAnnotations()) {
                HttpMethod httpMethod = annotation.annotationType().getAnnotation(HttpMethod.class);
                if (httpMethod != null) {
                    httpMethods.add(httpMethod.value());
                }
            }
            if (httpMethods.isEmpty()) {
                continue;
            }
            Path methodPath = method.getAnnotation(Path.class);
            String template = join(classPath, methodPath == null ? "" : methodPath.value());
            Set<String> answered = byTemplate.computeIfAbsent(template, ignored -> new TreeSet<>(Set.of("OPTIONS")));
            answered.addAll(httpMethods);
            if (answered.contains("GET")) { // JAX-RS answers HEAD for a GET only: a POST-only path refuses it
                answered.add("HEAD");
            }
        }
    }

    private static String join(String classPath, String methodPath) {
        String joined = ("/" + classPath + "/" + methodPath).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    /** A JAX-RS template as a pattern: each {parameter} matches one path segment. */
    private static Pattern toPattern(String template) {
        StringBuilder regex = new StringBuilder();
        for (String part : template.split("\\{[^}]*}", -1)) {
            if (!regex.isEmpty()) {
                regex.append("[^/]+");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex + "/?");
    }
}
