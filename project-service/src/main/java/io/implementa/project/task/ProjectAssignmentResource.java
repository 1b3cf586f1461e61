package io.implementa.project.task;

import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.Paging;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.security.ReadsProject;
import io.implementa.project.task.AssignmentApi.AssignmentPage;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
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

/** Every assignment of a project over HTTP, e.g. everything one resource works on. */
@Path("/api/v1/projects/{projectId}/assignments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assignments")
@ReadsProject
public class ProjectAssignmentResource {

    private final AssignmentService assignments;

    public ProjectAssignmentResource(AssignmentService assignments) {
        this.assignments = assignments;
    }

    @GET
    @Operation(operationId = "listProjectAssignments", summary = "List a project's assignments",
            description = "Paged; filter by resource and task; sort by createdAt.")
    @APIResponse(responseCode = "200", description = "One page of assignments",
            headers = { @Header(name = "Link", description = "first, prev, next and last pages"),
                    @Header(name = "X-Total-Count", description = "Assignments matching the filter") },
            content = @Content(schema = @Schema(implementation = AssignmentPage.class)))
    public Response list(@PathParam("projectId") UUID projectId, @BeanParam @Valid PageRequest page,
            @QueryParam("resourceId") @Parameter(description = "Only this resource's assignments") UUID resourceId,
            @QueryParam("taskId") @Parameter(description = "Only this task's assignments") UUID taskId,
            @Context UriInfo uri) {
        return Paging.ok(assignments.list(projectId, new AssignmentService.Filter(taskId, resourceId), page)
                .orElseThrow(() -> new ProblemException.NotFound("project", projectId)), uri);
    }
}
