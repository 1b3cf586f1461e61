package io.implementa.platform.testapp;

import io.implementa.platform.security.ChangesProject;
import io.implementa.platform.security.ProjectRole;
import io.implementa.platform.security.ReadsProject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;

/** Project-scoped test endpoints, to exercise membership-based access. */
@Path("/api/v1/projects/{projectId}/gadgets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ReadsProject
public class ProjectGadgetResource {

    public record Label(@NotBlank String label) {
    }

    @GET
    public Map<String, Object> list(@PathParam("projectId") UUID projectId) {
        return Map.of("projectId", projectId, "items", java.util.List.of());
    }

    @POST
    @ChangesProject(ProjectRole.MANAGER)
    public Response add(@PathParam("projectId") UUID projectId, @NotNull @Valid Label label) {
        return Response.status(201).entity(Map.of("projectId", projectId, "label", label.label())).build();
    }
}
