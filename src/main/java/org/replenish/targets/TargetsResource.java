package org.replenish.targets;

import io.smallrye.common.annotation.NonBlocking;
import java.util.List;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.replenish.codes.CodedText;
import org.replenish.codes.Localised;
import org.replenish.codes.Texts;
import org.replenish.problem.QueryParameters;
import org.replenish.reference.ReferenceData;
import org.replenish.validation.InvalidInputException;
import org.replenish.validation.Violation;
import org.replenish.vocabulary.Basis;
import org.replenish.vocabulary.LifeStage;
import org.replenish.vocabulary.Sex;

/** GET /v1/targets: daily targets and limits for a life-stage group. */
@Path("/v1/targets")
@Tag(name = "Reference")
@NonBlocking
public class TargetsResource {

    private final TargetSelector selector;
    private final ReferenceData data;

    public TargetsResource(TargetSelector selector, ReferenceData data) {
        this.selector = selector;
        this.data = data;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getTargets", summary = "Daily mineral targets for a life-stage group",
            description = "Answers the target intake (RDA, AI or DV) of sodium, potassium, magnesium, calcium, chloride and phosphorus for "
                    + "a person's sex, age and life stage in the chosen basis, each with its source, and the upper limit "
                    + "(UL or CDRR) with its scope where one exists.")
    @APIResponse(responseCode = "200", description = "The targets of the life-stage group.")
    public RestResponse<TargetsResponse> targets(
            @Parameter(description = "Sex.", required = true, schema = @Schema(implementation = Sex.class), example = "FEMALE")
            @RestQuery String sex,
            @Parameter(description = "Age in years: 0, or from 0.001 to 120; fractions for infants (0.5 = 6 months).", required = true,
                    schema = @Schema(type = SchemaType.NUMBER, minimum = "0", maximum = "120"), example = "34")
            @RestQuery String ageYears,
            @Parameter(description = "Life stage; NONE when absent.",
                    schema = @Schema(implementation = LifeStage.class), example = "PREGNANT")
            @RestQuery String lifeStage,
            @Parameter(description = "Basis of the targets; NASEM_DRI when absent.",
                    schema = @Schema(implementation = Basis.class), example = "NASEM_DRI")
            @RestQuery String basis,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        QueryParameters query = new QueryParameters(uri.getQueryParameters(), "sex", "ageYears", "lifeStage", "basis");
        Sex parsedSex = query.requiredEnum("sex", sex, Sex.class);
        Double parsedAge = query.requiredNumber("ageYears", ageYears, 120);
        LifeStage parsedLifeStage = query.optionalEnum("lifeStage", lifeStage, LifeStage.class, LifeStage.NONE);
        Basis parsedBasis = query.optionalEnum("basis", basis, Basis.class, Basis.NASEM_DRI);
        query.throwIfInvalid();
        Texts texts = Localised.texts(headers);

        PersonProfile person = new PersonProfile(parsedSex, parsedAge, parsedLifeStage);
        List<Violation> problems = selector.problems(person, parsedBasis).stream()
                .map(p -> Violation.rule(p.about() == TargetProblem.About.BASIS ? "basis" : "lifeStage", p.rule(),
                        p.message(), p.parameters()))
                .toList();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        SelectedTargets selected = selector.select(person, parsedBasis);
        List<CodedText> notes = CodedText.all(selected.notes(), texts);
        CodedText group = CodedText.of(selected.lifeStageGroup(), texts);
        return Localised.answer(new TargetsResponse(selected.basis(), group.text(), group, selected.all(),
                CodedText.texts(notes), notes, data.version()), texts);
    }
}
