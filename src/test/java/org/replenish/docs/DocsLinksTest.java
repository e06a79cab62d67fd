package org.replenish.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 28 item 7: the README reads in minutes and sends the reader to docs/ pages; every relative link of the
 * README, the CHANGELOG and the pages resolves, to a file and, where it names one, to a heading of that file; and
 * every page is linked from the README.
 */
class DocsLinksTest {

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6} (.+)$");

    @Test
    void theReadmeIsShort() throws IOException {
        long lines = Files.readAllLines(Path.of("README.md")).size();
        assertTrue(lines <= 300, "README.md has " + lines + " lines; at most about 300 read in minutes");
    }

    @Test
    void everyRelativeLinkResolves() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path file : documents()) {
            Matcher link = LINK.matcher(Files.readString(file));
            while (link.find()) {
                String target = link.group(1);
                if (target.matches("^[a-z]+:.*")) {
                    continue; // an absolute URI: not this repository's to check
                }
                String[] parts = target.split("#", 2);
                Path resolved = parts[0].isEmpty() ? file : file.toAbsolutePath().getParent().resolve(parts[0]).normalize();
                if (!Files.exists(resolved)) {
                    broken.add(file + ": " + target + " (no file)");
                } else if (parts.length == 2 && !anchors(resolved).contains(parts[1])) {
                    broken.add(file + ": " + target + " (no such heading)");
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void everyPageIsLinkedFromTheReadme() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        List<String> orphans = new ArrayList<>();
        try (Stream<Path> pages = Files.walk(Path.of("docs"))) {
            pages.filter(page -> page.toString().endsWith(".md"))
                    .filter(page -> !readme.contains("](" + page.toString().replace('\\', '/') + ")"))
                    .forEach(page -> orphans.add(page.toString()));
        }
        assertEquals(List.of(), orphans);
    }

    private static List<Path> documents() throws IOException {
        List<Path> documents = new ArrayList<>(List.of(Path.of("README.md"), Path.of("CHANGELOG.md")));
        try (Stream<Path> pages = Files.walk(Path.of("docs"))) {
            pages.filter(page -> page.toString().endsWith(".md")).forEach(documents::add);
        }
        return documents;
    }

    /** The anchors of a Markdown file's headings, as GitHub makes them. */
    private static List<String> anchors(Path file) throws IOException {
        List<String> anchors = new ArrayList<>();
        if (!file.toString().endsWith(".md")) {
            return anchors;
        }
        Matcher heading = HEADING.matcher(Files.readString(file));
        while (heading.find()) {
            anchors.add(heading.group(1).strip().toLowerCase(Locale.ROOT)
                    .replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
        }
        return anchors;
    }
}
