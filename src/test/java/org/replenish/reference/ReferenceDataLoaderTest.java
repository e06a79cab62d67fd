package org.replenish.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.replenish.units.Mineral;
import org.replenish.vocabulary.Basis;

class ReferenceDataLoaderTest {

    private static final Function<String, InputStream> SHIPPED =
            file -> ReferenceDataLoaderTest.class.getClassLoader().getResourceAsStream("reference/" + file);

    /** The shipped files, with one file's content replaced. */
    private static Function<String, InputStream> replacing(String file, String content) {
        return name -> name.equals(file)
                ? new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8))
                : SHIPPED.apply(name);
    }

    @Test
    void shippedDataLoadsWithEveryMineralAndBasis() {
        ReferenceData data = ReferenceDataLoader.load(SHIPPED);
        assertEquals(Mineral.values().length, data.elements().size());
        assertEquals(Basis.values().length, data.bases().size());
        assertTrue(data.version().matches("\\d{4}\\.\\d{2}\\.\\d{2}-\\d+"), data.version());
    }

    @Test
    void malformedFileNamesTheFile() {
        ReferenceDataException e = assertThrows(ReferenceDataException.class,
                () -> ReferenceDataLoader.load(replacing("elements.json", "[{\"mineral\": ")));
        assertTrue(e.getMessage().contains("elements.json"), e.getMessage());
    }

    @Test
    void unknownSourceIdNamesTheEntry() {
        String elements = """
                [{"mineral": "SODIUM", "symbol": "Na", "atomicWeight": 22.98976928, "valence": 1, "sourceId": "NOPE", "tag": "C"}]
                """;
        ReferenceDataException e = assertThrows(ReferenceDataException.class,
                () -> ReferenceDataLoader.load(replacing("elements.json", elements)));
        assertTrue(e.getMessage().contains("elements.json, entry SODIUM: unknown source id NOPE"), e.getMessage());
    }

    @Test
    void missingMineralIsReported() {
        String elements = """
                [{"mineral": "SODIUM", "symbol": "Na", "atomicWeight": 22.98976928, "valence": 1, "sourceId": "IUPAC2013", "tag": "C"}]
                """;
        ReferenceDataException e = assertThrows(ReferenceDataException.class,
                () -> ReferenceDataLoader.load(replacing("elements.json", elements)));
        assertTrue(e.getMessage().contains("entry POTASSIUM: missing"), e.getMessage());
    }

    @Test
    void incompleteTargetTableNamesBasisMineralAndBand() {
        String targets = """
                {"bases": {
                  "NASEM_DRI": {"label": "x", "fallbackBasis": null,
                    "ageBands": [{"id": "a", "fromYears": 0, "toYears": 121, "label": "all"}],
                    "minerals": {
                      "SODIUM": {"target": {"kind": "AI", "sourceId": "NASEM2019", "tag": "C", "rows": []}, "upperLimit": null}
                    }}
                }}
                """;
        ReferenceDataException e = assertThrows(ReferenceDataException.class,
                () -> ReferenceDataLoader.load(replacing("targets.json", targets)));
        assertTrue(e.getMessage().contains("targets.json, entry NASEM_DRI.SODIUM.target: no row for band a"),
                e.getMessage());
    }

    @Test
    void everySourceNeedsAShortCitationForMessages() {
        ReferenceDataException e = assertThrows(ReferenceDataException.class,
                () -> ReferenceDataLoader.load(replacing("short-citations.json", "{\"LARA2016\": \"Lara et al. 2016\"}")));
        assertTrue(e.getMessage().contains("short-citations.json"), e.getMessage());
        ReferenceData data = ReferenceDataLoader.load(SHIPPED);
        assertEquals("21 CFR 201.306", data.citation("CFR201.306").shortCitation());
        assertEquals("CFR201.306", data.citation("CFR201.306").sourceId());
    }
}
