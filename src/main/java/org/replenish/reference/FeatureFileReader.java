package org.replenish.reference;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.InputStream;
import java.util.function.Function;
import org.replenish.vocabulary.Confidence;

/**
 * Reads a reference file that one feature owns (the feature's types cannot live here, below the features) with the
 * loader's strict reader, and gives the feature's check the loader's rules: a failed rule throws a
 * {@link ReferenceDataException} naming the file and the entry, and a citation must name a source in sources.json.
 */
public final class FeatureFileReader {

    private final ReferenceFiles files;
    private final SourceCheck sources;

    /** Reads from the classpath folder reference/, citations checked against the loaded sources. */
    public FeatureFileReader(ReferenceData data) {
        this(data, ReferenceFiles.CLASSPATH);
    }

    /** Reads with the given opener, which maps a file name to its content (null when absent). */
    public FeatureFileReader(ReferenceData data, Function<String, InputStream> opener) {
        this.files = new ReferenceFiles(opener);
        this.sources = new SourceCheck(data.sources().keySet());
    }

    public <T> T read(String file, TypeReference<T> type) {
        return files.read(file, type);
    }

    /** Throws unless the condition holds. */
    public void require(boolean condition, String file, String entry, String problem) {
        ReferenceDataLoader.require(condition, file, entry, problem);
    }

    /** Throws unless the source id is known and the tag is present. */
    public void requireSource(String file, String entry, String sourceId, Confidence tag) {
        sources.require(file, entry, sourceId, tag);
    }
}
