package io.implementa.resource.skill;

import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Responses;
import io.implementa.platform.security.GlobalRole;
import io.implementa.platform.security.RequiresGlobalRole;
import io.implementa.resource.skill.SkillApi.ResourceSkillView;
import io.implementa.resource.skill.SkillApi.SetSkillLevelRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A person's skill levels over HTTP; one level per catalogued skill, set as a whole with PUT. */
@Path("/api/v1/resources/{id}/skills")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Skills")
public class ResourceSkillResource {

    private final SkillService skills;

    public ResourceSkillResource(SkillService skills) {
        this.skills = skills;
    }

    @GET
    @Operation(operationId = "listResourceSkills", summary = "A person's skills",
            description = "Every skill the person holds, by skill name (a person holds few, so the list is whole).")
    @APIResponse(responseCode = "200", description = "The person's skills",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ResourceSkillView.class)))
    public List<ResourceSkillView> list(@PathParam("id") UUID resourceId) {
        return skills.skillsOf(resourceId);
    }

    @PUT
    @Path("/{skillId}")
    @RequiresGlobalRole(GlobalRole.RESOURCE_MANAGER)
    @Operation(operationId = "setResourceSkill", summary = "Set a person's level in a skill",
            description = "Grants the skill or replaces its level and certification. Only PERSON resources "
                    + "hold skills.")
    @APIResponse(responseCode = "200", description = "The person's level in the skill",
            headers = @Header(name = "ETag", description = "Version of the person's level"),
            content = @Content(schema = @Schema(implementation = ResourceSkillView.class)))
    @APIResponse(responseCode = "403", description = "The caller is not a resource manager")
    @APIResponse(responseCode = "409", description = "The resource is not a person (type not-a-person)")
    public Response set(@PathParam("id") UUID resourceId, @PathParam("skillId") UUID skillId,
            @NotNull @Valid SetSkillLevelRequest request) {
        ResourceSkillView held = skills.setLevel(resourceId, skillId, request);
        return Responses.tagged(held, held.version());
    }

    @DELETE
    @Path("/{skillId}")
    @RequiresGlobalRole(GlobalRole.RESOURCE_MANAGER)
    @Operation(operationId = "removeResourceSkill", summary = "Remove a skill from a person")
    @APIResponse(responseCode = "204", description = "The person no longer holds the skill")
    @APIResponse(responseCode = "403", description = "The caller is not a resource manager")
    public Response remove(@PathParam("id") UUID resourceId, @PathParam("skillId") UUID skillId) {
        if (!skills.remove(resourceId, skillId)) {
            throw new ProblemException.NotFound("skill of resource " + resourceId, skillId);
        }
        return Response.noContent().build();
    }
}
