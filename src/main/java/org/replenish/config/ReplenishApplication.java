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
                version = "3.0.0",
                description = "Electrolyte arithmetic for nutrition and fitness apps: dietary targets by life stage, unit "
                        + "conversions, sweat-loss deficit estimates, sports-drink adequacy checks and the potassium "
                        + "99 mg capsule-limit comparison. Every number carries its source. Results are estimates for "
                        + "information, not medical advice or dosing recommendations.",
                contact = @Contact(name = "Replenish maintainers"),
                license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
        tags = {
                @Tag(name = "Reference", description = "Dietary targets, minerals and unit conversions from the versioned reference data."),
                @Tag(name = "Deficits", description = "Electrolyte deficit estimates from sweat losses, diet and risk factors."),
                @Tag(name = "Drinks", description = "Sports-drink adequacy checks against targets, sweat losses and composition guidance."),
                @Tag(name = "Potassium", description = "The 99 mg potassium capsule limit and comparisons against it.")
        })
public class ReplenishApplication extends Application {
}
