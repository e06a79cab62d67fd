package org.replenish.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Both ways of building the image give the JVM the same measured settings (docs/operations.md, "Resources, measured"). */
class JvmSettingsTest {

    private static String dockerfileEnv(String name) throws IOException {
        return dockerfileEnv("Dockerfile.jvm", name);
    }

    private static String dockerfileEnv(String dockerfile, String name) throws IOException {
        Matcher env = Pattern.compile("(?m)^ENV " + name + "=\"?([^\"\\n]*)\"?$")
                .matcher(Files.readString(Path.of("src/main/docker", dockerfile)));
        assertTrue(env.find(), dockerfile + " sets " + name);
        return env.group(1);
    }

    private static Properties applicationProperties() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void jibGetsTheDockerfilesJvmOptions() throws IOException {
        List<String> dockerfile = Arrays.asList(dockerfileEnv("JAVA_OPTS").split(" "));
        List<String> jib = Arrays.asList(applicationProperties().getProperty("quarkus.jib.jvm-arguments").split(","));
        assertEquals(dockerfile, jib);
    }

    @Test
    void jibGetsTheDockerfilesMallocArenas() throws IOException {
        assertEquals(dockerfileEnv("MALLOC_ARENA_MAX"),
                applicationProperties().getProperty("quarkus.jib.environment-variables.MALLOC_ARENA_MAX"));
    }

    @Test
    void theAotImageGetsTheSameSettings() throws IOException {
        for (String name : List.of("JAVA_OPTS", "MALLOC_ARENA_MAX")) {
            assertEquals(dockerfileEnv(name), dockerfileEnv("Dockerfile.jvm-aot", name), name);
        }
    }

    /**
     * A CDS archive or AOT cache loads only with the options it was written with: each image's build must train with
     * its JAVA_OPTS already set, and its ENTRYPOINT must use the file the training wrote with nothing but those
     * options (and what the user appends).
     */
    @Test
    void eachImageStartsWithTheCacheItsBuildTrained() throws IOException {
        assertTrainsAndUses("Dockerfile.jvm", "-XX:ArchiveClassesAtExit", "-XX:SharedArchiveFile", "app.jsa");
        assertTrainsAndUses("Dockerfile.jvm-aot", "-XX:AOTCacheOutput", "-XX:AOTCache", "app.aot");
    }

    private static void assertTrainsAndUses(String dockerfile, String record, String use, String file)
            throws IOException {
        String text = Files.readString(Path.of("src/main/docker", dockerfile));
        int options = text.indexOf("\nENV JAVA_OPTS=");
        int training = text.indexOf("aot-train.sh " + record + " " + file + " ");
        assertTrue(training > 0, dockerfile + " trains " + file + " with " + record);
        assertTrue(options > 0 && options < training, dockerfile + " sets JAVA_OPTS before its training");
        String entrypoint = "exec java " + use + "=/deployments/" + file
                + " $JAVA_OPTS $JAVA_OPTS_APPEND -jar /deployments/quarkus-run.jar";
        assertTrue(text.contains(entrypoint), dockerfile + " starts with " + file + " and its JAVA_OPTS only");
    }

    @Test
    void heapIsBoundedExplicitly() throws IOException {
        List<String> options = Arrays.asList(dockerfileEnv("JAVA_OPTS").split(" "));
        assertTrue(options.stream().anyMatch(o -> o.startsWith("-Xmx")), "an explicit heap bound: " + options);
        assertTrue(options.stream().noneMatch(o -> o.contains("RAMPercentage")), "not a share of the limit: " + options);
    }
}
