package org.replenish.config;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The API's identity in the OpenAPI document. */
@OpenAPIDefinition(
        info = @Info(
                title = "Replenish API",
                version = "4.2.0",
                description = "Electrolyte arithmetic for nutrition and fitness apps: dietary targets by life stage, unit "
                        + "conversions, sweat-loss deficit estimates, sports-drink adequacy checks and the potassium "
                        + "99 mg capsule-limit comparison. Every number carries its source: each "
                        + "sourceId resolves through GET /v1/sources/{id}. Results are estimates for "
                        + "information, not medical advice or dosing recommendations.\n\n"
                        + "HTTP: every answer carries X-Request-Id (the request's own when it sent a sane one, else a new "
                        + "UUID; problems repeat it as requestId). Errors are RFC 9457 problems whose type URI resolves "
                        + "to a description of the type (GET /problems/{type}). A known path asked with another method "
                        + "answers 405 with the Allow header listing the methods it answers. JSON answers and problems "
                        + "are gzip-coded when Accept-Encoding accepts gzip. The reference GETs (every GET under /v1) "
                        + "carry Cache-Control and a strong ETag and answer 304 to a matching If-None-Match.",
                contact = @Contact(name = "Replenish maintainers"),
                license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
        tags = {
                @Tag(name = "Reference", description = "Dietary targets, minerals and unit conversions from the versioned reference data."),
                @Tag(name = "Deficits", description = "Electrolyte deficit estimates from sweat losses, diet and risk factors."),
                @Tag(name = "Drinks", description = "Sports-drink adequacy checks against targets, sweat losses and composition guidance."),
                @Tag(name = "Potassium", description = "The 99 mg potassium capsule limit and comparisons against it."),
                @Tag(name = "Problems", description = "What each problem type URI means.")
        })
public class ReplenishApplication extends Application {
}
