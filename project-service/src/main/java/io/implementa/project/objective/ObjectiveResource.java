package io.implementa.project.objective;

import io.implementa.platform.http.IfMatch;
import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.Paging;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Responses;
import io.implementa.platform.security.ChangesProject;
import io.implementa.platform.security.ProjectRole;
import io.implementa.platform.security.ReadsProject;
import io.implementa.project.objective.ObjectiveApi.CreateObjectiveRequest;
import io.implementa.project.objective.ObjectiveApi.ObjectivePage;
import io.implementa.project.objective.ObjectiveApi.ObjectiveView;
import io.implementa.project.objective.ObjectiveApi.UpdateObjectiveRequest;
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
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A project's measurable objectives over HTTP. */
@Path("/api/v1/projects/{projectId}/objectives")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Objectives", description = "What the project must achieve, measurably")
@ReadsProject
public class ObjectiveResource {

    private final ObjectiveService objectives;

    public ObjectiveResource(ObjectiveService objectives) {
        this.objectives = objectives;
    }

    @POST
    @ChangesProject({ ProjectRole.MANAGER, ProjectRole.SPONSOR })
    @Operation(operationId = "createObjective", summary = "Define an objective",
            description = "Managers and sponsors. Status DRAFT when absent; any other status needs a metric and a "
                    + "target, ACHIEVED and MISSED also the actual value. Announced as ObjectiveUpdated.")
    @APIResponse(responseCode = "201", description = "Defined",
            headers = { @Header(name = "Location", description = "URL of the new objective"),
                    @Header(name = "ETag", description = "The objective's version") },
            content = @Content(schema = @Schema(implementation = ObjectiveView.class)))
    @APIResponse(responseCode = "409", description = "The project is closed or cancelled (project-not-editable)")
    public Response create(@PathParam("projectId") UUID projectId, @NotNull @Valid CreateObjectiveRequest request,
            @Context UriInfo uri) {
        ObjectiveView objective = objectives.create(projectId, request)
                .orElseThrow(() -> new ProblemException.NotFound("project", projectId));
        return Responses.created(uri, objective.id(), objective.version(), objective);
    }

    @GET
    @Operation(operationId = "listObjectives", summary = "List a project's objectives",
            description = "Paged; filter by status; sort by title, dueDate, status or createdAt (default createdAt).")
    @APIResponse(responseCode = "200", description = "One page of objectives",
            headers = { @Header(name = "Link", description = "first, prev, next and last pages"),
                    @Header(name = "X-Total-Count", description = "Objectives matching the filter") },
            content = @Content(schema = @Schema(implementation = ObjectivePage.class)))
    public Response list(@PathParam("projectId") UUID projectId, @BeanParam @Valid PageRequest page,
            @QueryParam("status") @Parameter(description = "Only objectives in this status") ObjectiveStatus status,
            @Context UriInfo uri) {
        return Paging.ok(objectives.list(projectId, status, page)
                .orElseThrow(() -> new ProblemException.NotFound("project", projectId)), uri);
    }

    @GET
    @Path("/{objectiveId}")
    @Operation(operationId = "getObjective", summary = "Read an objective")
    @APIResponse(responseCode = "200", description = "The objective",
            headers = @Header(name = "ETag", description = "The objective's version"),
            content = @Content(schema = @Schema(implementation = ObjectiveView.class)))
    public Response get(@PathParam("projectId") UUID projectId, @PathParam("objectiveId") UUID objectiveId) {
        ObjectiveView objective = objectives.find(projectId, objectiveId)
                .orElseThrow(() -> new ProblemException.NotFound("objective", objectiveId));
        return Responses.tagged(objective, objective.version());
    }

    @PATCH
    @Path("/{objectiveId}")
    @ChangesProject({ ProjectRole.MANAGER, ProjectRole.SPONSOR })
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Operation(operationId = "updateObjective", summary = "Change an objective",
            description = "JSON merge patch: absent fields stay, null clears an optional field. Requires If-Match. "
                    + "Managers and sponsors. Announced as ObjectiveUpdated.")
    @APIResponse(responseCode = "200", description = "The changed objective",
            headers = @Header(name = "ETag", description = "The objective's new version"),
            content = @Content(schema = @Schema(implementation = ObjectiveView.class)))
    @APIResponse(responseCode = "409", description = "The project is closed or cancelled (project-not-editable)")
    public Response update(@PathParam("projectId") UUID projectId, @PathParam("objectiveId") UUID objectiveId,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag last read", example = "\"0\"")
            String ifMatch,
            @NotNull @Valid UpdateObjectiveRequest request) {
        ObjectiveView objective = objectives.update(projectId, objectiveId, IfMatch.of(ifMatch), request)
                .orElseThrow(() -> new ProblemException.NotFound("objective", objectiveId));
        return Responses.tagged(objective, objective.version());
    }

    @DELETE
    @Path("/{objectiveId}")
    @ChangesProject(ProjectRole.MANAGER)
    @Operation(operationId = "deleteObjective", summary = "Delete an objective",
            description = "Managers only. If-Match is checked when sent. Announced as ObjectiveRemoved.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "The project is closed or cancelled (project-not-editable)")
    @APIResponse(responseCode = "412", description = "The If-Match ETag is not the current version")
    public Response delete(@PathParam("projectId") UUID projectId, @PathParam("objectiveId") UUID objectiveId,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag last read (optional)")
            String ifMatch) {
        if (!objectives.delete(projectId, objectiveId, Optional.ofNullable(ifMatch).map(IfMatch::of))) {
            throw new ProblemException.NotFound("objective", objectiveId);
        }
        return Response.noContent().build();
    }
}
