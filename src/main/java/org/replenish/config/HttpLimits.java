package org.replenish.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The request limits the service answers with a problem (413, 414, 431). Vert.x's own codec limits
 * (quarkus.http.limits.max-initial-line-length and max-header-size) are set higher, so that a request over these
 * limits still reaches the router and gets a problem body; past the codec limits Vert.x answers with an empty body.
 */
@ConfigMapping(prefix = "replenish.http")
public interface HttpLimits {

    /** Longest request line (method, URI and version) in bytes; longer gets 414. */
    @WithDefault("4096")
    int maxRequestLineLength();

    /** Largest header section (names, values and separators); larger gets 431. */
    @WithDefault("20K")
    MemorySize maxHeaderSize();

    /** Largest body of a single request; larger gets 413. */
    @WithDefault("64K")
    MemorySize maxBodySize();

    /**
     * Largest body of a batch request (a path ending in /batch); larger gets 413. quarkus.http.limits.max-body-size,
     * which Vert.x enforces with an empty 413, must be at least this.
     */
    @WithDefault("512K")
    MemorySize maxBatchBodySize();

    /**
     * How long a request body may take to arrive, from the request head on; past it the request is answered with a
     * 408 problem and the connection closed, so a slow sender cannot hold a batch slot (issue 32).
     */
    @WithDefault("15s")
    Duration bodyDeadline();
}
