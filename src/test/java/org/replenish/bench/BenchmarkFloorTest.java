package org.replenish.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The benchmark's floors (bench/floor/java) belong to the bench profile only: the normal build, whose classes these
 * tests run against and whose document OpenApiDocumentTest compares, must not contain them. The start-up floor
 * (bench/start-floor) is only a floor while it starts the service's own extensions. And the bench scripts must at
 * least parse; running them is bench/run.sh 1 1, outside the test suite, since benchmarks are never tests.
 */
class BenchmarkFloorTest {

    @Test
    void floorIsNotInTheNormalBuild() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.replenish.bench.FloorResource"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.replenish.bench.TypedFloorResource"));
    }

    @Test
    void startFloorHasExactlyTheServicesExtensions() throws Exception {
        List<String> service = runtimeQuarkusArtifacts(Path.of("pom.xml"));
        assertTrue(service.contains("quarkus-hibernate-validator"), "read the service's extensions: " + service);
        assertEquals(service, runtimeQuarkusArtifacts(Path.of("bench", "start-floor", "pom.xml")));
    }

    /** The artifact ids of a pom's io.quarkus dependencies outside the test scope, in the pom's order. */
    private static List<String> runtimeQuarkusArtifacts(Path pom) throws Exception {
        Element project = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile())
                .getDocumentElement();
        NodeList dependencies = project.getElementsByTagName("dependency"); // managed ones and plugins' too
        List<String> artifacts = new ArrayList<>();
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            boolean direct = dependency.getParentNode().getParentNode() == project;
            if (direct
                    && "io.quarkus".equals(text(dependency, "groupId")) && !"test".equals(text(dependency, "scope"))) {
                artifacts.add(text(dependency, "artifactId"));
            }
        }
        return artifacts;
    }

    private static String text(Element element, String child) {
        NodeList found = element.getElementsByTagName(child);
        return found.getLength() == 0 ? null : found.item(0).getTextContent().trim();
    }

    @Test
    void benchScriptsParse() throws IOException, InterruptedException {
        List<Path> scripts;
        try (Stream<Path> files = Files.list(Path.of("bench"))) {
            scripts = files.filter(f -> f.toString().endsWith(".sh")).sorted().toList();
        }
        for (Path script : scripts) {
            Process bash = new ProcessBuilder("bash", "-n", script.toString()).inheritIO().start();
            assertEquals(0, bash.waitFor(), script + " does not parse");
        }
        assertTrue(scripts.contains(Path.of("bench", "run.sh")), "found the scripts: " + scripts);
    }
}
