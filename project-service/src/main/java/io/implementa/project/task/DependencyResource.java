package io.implementa.project.task;

import io.implementa.platform.http.IfMatch;
import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.Paging;
import io.implementa.platform.http.Problem;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Responses;
import io.implementa.platform.security.ChangesProject;
import io.implementa.platform.security.ProjectRole;
import io.implementa.platform.security.ReadsProject;
import io.implementa.project.task.TaskApi.CreateDependencyRequest;
import io.implementa.project.task.TaskApi.DependencyPage;
import io.implementa.project.task.TaskApi.DependencyView;
import io.implementa.project.task.TaskApi.UpdateDependencyRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Dependencies between a project's tasks over HTTP. */
@Path("/api/v1/projects/{projectId}/dependencies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Dependencies", description = "Finish-to-start, start-to-start, finish-to-finish and start-to-finish "
        + "links with lags in working days")
@ReadsProject
public class DependencyResource {

    static final String CYCLE_EXAMPLE = """
            {"type": "https://implementa.io/problems/dependency-cycle", "title": "Dependency cycle", "status": 409,
             "detail": "the dependencies would form a cycle: 'Build' -> 'Test' -> 'Build'",
             "instance": "/api/v1/projects/0d5b8c52-8f1e-4a43-9a57-7c1f0e6d2b10/dependencies",
             "cycle": [{"id": "5e7a1c3d-2b4f-4d6e-8a90-1b2c3d4e5f60", "name": "Build"},
                       {"id": "8c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f", "name": "Test"}]}
            """;

    private final DependencyService dependencies;

    public DependencyResource(DependencyService dependencies) {
        this.dependencies = dependencies;
    }

    @POST
    @ChangesProject({ ProjectRole.MANAGER, ProjectRole.MEMBER })
    @Operation(operationId = "createDependency", summary = "Link two tasks",
            description = "Both tasks must belong to this project (422 naming the field otherwise); a task cannot "
                    + "depend on itself (422). Links on summary tasks follow MS Project: FS/SS to a summary apply to "
                    + "every task beneath it, links from a summary use its rolled-up dates, FF/SF to a summary are "
                    + "refused (422 invalid-network), a link between a summary and its own subtask is a cycle. "
                    + "The project is rescheduled in the same transaction. Managers and members.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = { @Header(name = "Location", description = "URL of the new dependency"),
                    @Header(name = "ETag", description = "The dependency's version") },
            content = @Content(schema = @Schema(implementation = DependencyView.class)))
    @APIResponse(responseCode = "409", description = "The link would close a cycle (dependency-cycle, naming the "
            + "cycle's tasks in `cycle`), the tasks are already linked (duplicate-dependency), or the project is "
            + "closed (project-not-editable)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "dependency-cycle", value = CYCLE_EXAMPLE)))
    public Response create(@PathParam("projectId") UUID projectId, @NotNull @Valid CreateDependencyRequest request,
            @Context UriInfo uri) {
        DependencyView created = dependencies.create(projectId, request)
                .orElseThrow(() -> new ProblemException.NotFound("project", projectId));
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @GET
    @Operation(operationId = "listDependencies", summary = "List a project's dependencies",
            description = "Paged; filter by a task (links into or out of it); sort by createdAt or type.")
    @APIResponse(responseCode = "200", description = "One page of dependencies",
            headers = { @Header(name = "Link", description = "first, prev, next and last pages"),
                    @Header(name = "X-Total-Count", description = "Dependencies matching the filter") },
            content = @Content(schema = @Schema(implementation = DependencyPage.class)))
    public Response list(@PathParam("projectId") UUID projectId, @BeanParam @Valid PageRequest page,
            @QueryParam("taskId") @Parameter(description = "Only links into or out of this task") UUID taskId,
            @Context UriInfo uri) {
        return Paging.ok(dependencies.list(projectId, new DependencyService.Filter(taskId), page)
                .orElseThrow(() -> new ProblemException.NotFound("project", projectId)), uri);
    }

    @GET
    @Path("/{dependencyId}")
    @Operation(operationId = "getDependency", summary = "Read a dependency")
    @APIResponse(responseCode = "200", description = "The dependency",
            headers = @Header(name = "ETag", description = "The dependency's version"),
            content = @Content(schema = @Schema(implementation = DependencyView.class)))
    public Response get(@PathParam("projectId") UUID projectId, @PathParam("dependencyId") UUID dependencyId) {
        return ok(dependencies.find(projectId, dependencyId)
                .orElseThrow(() -> new ProblemException.NotFound("dependency", dependencyId)));
    }

    @PATCH
    @Path("/{dependencyId}")
    @ChangesProject({ ProjectRole.MANAGER, ProjectRole.MEMBER })
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Operation(operationId = "updateDependency", summary = "Change a dependency's type or lag",
            description = "JSON merge patch; requires If-Match. Managers and members.")
    @APIResponse(responseCode = "200", description = "The changed dependency",
            headers = @Header(name = "ETag", description = "The dependency's new version"),
            content = @Content(schema = @Schema(implementation = DependencyView.class)))
    @APIResponse(responseCode = "409", description = "The project is closed or cancelled (project-not-editable)")
    public Response update(@PathParam("projectId") UUID projectId, @PathParam("dependencyId") UUID dependencyId,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag last read", example = "\"0\"") String ifMatch,
            @NotNull @Valid UpdateDependencyRequest request) {
        return ok(dependencies.update(projectId, dependencyId, IfMatch.of(ifMatch), request)
                .orElseThrow(() -> new ProblemException.NotFound("dependency", dependencyId)));
    }

    @DELETE
    @Path("/{dependencyId}")
    @ChangesProject({ ProjectRole.MANAGER, ProjectRole.MEMBER })
    @Operation(operationId = "removeDependency", summary = "Remove a dependency",
            description = "The project is rescheduled in the same transaction. Managers and members.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = "The project is closed or cancelled (project-not-editable)")
    public Response remove(@PathParam("projectId") UUID projectId, @PathParam("dependencyId") UUID dependencyId) {
        if (!dependencies.remove(projectId, dependencyId)) {
            throw new ProblemException.NotFound("dependency", dependencyId);
        }
        return Response.noContent().build();
    }

    private static Response ok(DependencyView view) {
        return Responses.tagged(view, view.version());
    }
}
