package org.replenish.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's floor (bench/floor/java) belongs to the bench profile only: the normal build, whose classes these
 * tests run against and whose document OpenApiDocumentTest compares, must not contain it. And the bench scripts must
 * at least parse; running them is bench/run.sh 1 1, outside the test suite, since benchmarks are never tests.
 */
class BenchmarkFloorTest {

    @Test
    void floorIsNotInTheNormalBuild() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.replenish.bench.FloorResource"));
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
