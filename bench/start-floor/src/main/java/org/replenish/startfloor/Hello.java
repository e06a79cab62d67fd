package org.replenish.startfloor;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** The start-up floor's only endpoint: one resource, so Quarkus REST starts as it does for the service. */
@Path("/hello")
@NonBlocking
public class Hello {

    @GET
    public String hello() {
        return "hello";
    }
}
