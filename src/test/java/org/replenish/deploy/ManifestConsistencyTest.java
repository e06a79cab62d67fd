package org.replenish.deploy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** The manifests and the image must point at what the service really serves: its port, probes and metrics. */
@QuarkusTest
class ManifestConsistencyTest {

    private static final JsonNode DEPLOYMENT = read(Path.of("k8s/base/deployment.yaml"));

    private static JsonNode read(Path file) {
        try {
            return new YAMLMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
    }

    /** A literal of the generated ConfigMap, e.g. QUARKUS_SHUTDOWN_DELAY=5s gives 5s. */
    private static String configMapValue(String name) {
        for (JsonNode literal : read(Path.of("k8s/base/kustomization.yaml")).at("/configMapGenerator/0/literals")) {
            if (literal.asText().startsWith(name + "=")) {
                return literal.asText().substring(name.length() + 1);
            }
        }
        throw new IllegalStateException(name + " is not in the ConfigMap");
    }

    private static JsonNode container() {
        return DEPLOYMENT.at("/spec/template/spec/containers/0");
    }

    /** The production port as configured; under test Quarkus listens on its test port instead. */
    private static int servicePort() {
        Properties properties = new Properties();
        try (var in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            properties.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return Integer.parseInt(properties.getProperty("quarkus.http.port"));
    }

    @Test
    void containerPortIsTheServicePort() throws IOException {
        assertEquals(servicePort(), container().at("/ports/0/containerPort").asInt());
        assertEquals(String.valueOf(servicePort()),
                DEPLOYMENT.at("/spec/template/metadata/annotations/prometheus.io~1port").asText());
        assertTrue(Files.readString(Path.of("src/main/docker/Dockerfile.jvm")).contains("EXPOSE " + servicePort()));
    }

    @Test
    void probesAreTheHealthEndpointsTheServiceAnswers() {
        List<String> probes = List.of("startupProbe", "livenessProbe", "readinessProbe");
        List<String> expected = List.of("/q/health/started", "/q/health/live", "/q/health/ready");
        for (int i = 0; i < probes.size(); i++) {
            JsonNode probe = container().get(probes.get(i)).get("httpGet");
            assertEquals(expected.get(i), probe.get("path").asText());
            assertEquals("http", probe.get("port").asText(), "probes use the named container port");
            given().when().get(probe.get("path").asText()).then().statusCode(200);
        }
        assertEquals("http", container().at("/ports/0/name").asText());
    }

    @Test
    void scrapeAnnotationPointsAtTheMetrics() {
        String path = DEPLOYMENT.at("/spec/template/metadata/annotations/prometheus.io~1path").asText();
        assertEquals("/q/metrics", path);
        given().when().get(path).then().statusCode(200);
    }

    @Test
    void gracePeriodCoversPreStopShutdownDelayAndTimeout() {
        int grace = DEPLOYMENT.at("/spec/template/spec/terminationGracePeriodSeconds").asInt();
        String preStop = container().at("/lifecycle/preStop/exec/command/2").asText();
        long sleep = Long.parseLong(preStop.replace("sleep", "").trim());
        long delay = ConfigProvider.getConfig().getValue("quarkus.shutdown.delay", java.time.Duration.class).toSeconds();
        long shutdown = ConfigProvider.getConfig().getValue("quarkus.shutdown.timeout", java.time.Duration.class).toSeconds();
        assertTrue(grace > sleep + delay + shutdown, "terminationGracePeriodSeconds " + grace + " must exceed the "
                + sleep + " s preStop sleep plus quarkus.shutdown.delay " + delay + " s plus quarkus.shutdown.timeout "
                + shutdown + " s");
        assertEquals(delay + "s", configMapValue("QUARKUS_SHUTDOWN_DELAY"), "the ConfigMap sets the delay the service uses");
        assertEquals(shutdown + "s", configMapValue("QUARKUS_SHUTDOWN_TIMEOUT"));
    }

    @Test
    void theConfigMapSetsTheBatchLimitTheServiceUses() {
        int limit = ConfigProvider.getConfig().getValue("replenish.batch.max-in-flight", Integer.class);
        assertEquals(String.valueOf(limit), configMapValue("REPLENISH_BATCH_MAX_IN_FLIGHT"));
    }

    @Test
    void theConfigMapSetsTheConnectionDeadlinesTheServiceUses() {
        for (String[] setting : new String[][] {{"replenish.http.body-deadline", "REPLENISH_HTTP_BODY_DEADLINE"},
                {"quarkus.http.idle-timeout", "QUARKUS_HTTP_IDLE_TIMEOUT"}}) {
            long seconds = ConfigProvider.getConfig().getValue(setting[0], java.time.Duration.class).toSeconds();
            assertEquals(seconds + "s", configMapValue(setting[1]), setting[0]);
        }
    }
}
