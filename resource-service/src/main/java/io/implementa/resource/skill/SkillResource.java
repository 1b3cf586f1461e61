package io.implementa.resource.skill;

import io.implementa.platform.http.IfMatch;
import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.Paging;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Responses;
import io.implementa.platform.security.GlobalRole;
import io.implementa.platform.security.RequiresGlobalRole;
import io.implementa.resource.skill.SkillApi.CreateSkillRequest;
import io.implementa.resource.skill.SkillApi.SkillPage;
import io.implementa.resource.skill.SkillApi.SkillView;
import io.implementa.resource.skill.SkillApi.UpdateSkillRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The skills catalogue over HTTP: every authenticated caller reads it, resource managers keep it. */
@Path("/api/v1/skills")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Skills", description = "The skills catalogue and the levels people hold in it")
public class SkillResource {

    private final SkillService skills;

    public SkillResource(SkillService skills) {
        this.skills = skills;
    }

    @POST
    @RequiresGlobalRole(GlobalRole.RESOURCE_MANAGER)
    @Operation(operationId = "createSkill", summary = "Add a skill to the catalogue",
            description = "Names are unique ignoring case. Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "The skill",
            headers = { @Header(name = "Location", description = "The skill's URL"),
                    @Header(name = "ETag", description = "The skill's version") },
            content = @Content(schema = @Schema(implementation = SkillView.class)))
    @APIResponse(responseCode = "403", description = "The caller is not a resource manager")
    @APIResponse(responseCode = "409", description = "A skill of that name exists (type duplicate-skill)")
    public Response create(@NotNull @Valid CreateSkillRequest request, @Context UriInfo uri) {
        SkillView created = skills.create(request);
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @GET
    @Path("/{skillId}")
    @Operation(operationId = "getSkill", summary = "Read a skill")
    @APIResponse(responseCode = "200", description = "The skill",
            headers = @Header(name = "ETag", description = "The skill's version"),
            content = @Content(schema = @Schema(implementation = SkillView.class)))
    public Response get(@PathParam("skillId") UUID id) {
        SkillView skill = skills.find(id).orElseThrow(() -> new ProblemException.NotFound("skill", id));
        return Responses.tagged(skill, skill.version());
    }

    @GET
    @Operation(operationId = "listSkills", summary = "List the catalogue",
            description = "Paged; filter by category and free text; sort by name, category or createdAt "
                    + "(default: name).")
    @APIResponse(responseCode = "200", description = "One page of skills",
            headers = { @Header(name = "Link", description = "first, prev, next and last pages"),
                    @Header(name = "X-Total-Count", description = "Skills matching the filter") },
            content = @Content(schema = @Schema(implementation = SkillPage.class)))
    public Response list(@BeanParam @Valid PageRequest page,
            @QueryParam("category") @Size(max = 200) @Parameter(description = "Category, ignoring case") String category,
            @QueryParam("q") @Size(max = 200) @Parameter(description = "Text in the name or description") String text,
            @Context UriInfo uri) {
        return Paging.ok(skills.list(category, text, page), uri);
    }

    @PATCH
    @Path("/{skillId}")
    @RequiresGlobalRole(GlobalRole.RESOURCE_MANAGER)
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Operation(operationId = "updateSkill", summary = "Rename or recategorise a skill",
            description = "JSON merge patch; requires If-Match.")
    @APIResponse(responseCode = "200", description = "The changed skill",
            headers = @Header(name = "ETag", description = "The skill's new version"),
            content = @Content(schema = @Schema(implementation = SkillView.class)))
    @APIResponse(responseCode = "403", description = "The caller is not a resource manager")
    @APIResponse(responseCode = "409", description = "Another skill has that name (type duplicate-skill)")
    public Response update(@PathParam("skillId") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag last read", example = "\"0\"") String ifMatch,
            @NotNull @Valid UpdateSkillRequest request) {
        SkillView skill = skills.update(id, IfMatch.of(ifMatch), request)
                .orElseThrow(() -> new ProblemException.NotFound("skill", id));
        return Responses.tagged(skill, skill.version());
    }
}
