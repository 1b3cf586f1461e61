package io.implementa.project.baseline;

import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.Paging;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Responses;
import io.implementa.platform.security.ChangesProject;
import io.implementa.platform.security.ProjectRole;
import io.implementa.platform.security.ReadsProject;
import io.implementa.project.baseline.BaselineApi.BaselinePage;
import io.implementa.project.baseline.BaselineApi.BaselineSummary;
import io.implementa.project.baseline.BaselineApi.BaselineView;
import io.implementa.project.baseline.BaselineApi.SaveBaselineRequest;
import io.implementa.project.baseline.BaselineApi.VarianceView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A project's baselines over HTTP: saved snapshots of the plan and the variance against them. */
@Path("/api/v1/projects/{projectId}/baselines")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Baselines", description = "Saved snapshots of the plan; variance of the plan against them")
@ReadsProject
public class BaselineResource {

    private final BaselineService baselines;

    public BaselineResource(BaselineService baselines) {
        this.baselines = baselines;
    }

    @POST
    @ChangesProject(ProjectRole.MANAGER)
    @Operation(operationId = "saveBaseline", summary = "Save the plan as a baseline",
            description = "Keeps every task's scheduled start and finish, duration, work and cost as they stand. "
                    + "The project's first baseline becomes its current one. Managers only.")
    @APIResponse(responseCode = "201", description = "Saved",
            headers = { @Header(name = "Location", description = "URL of the new baseline"),
                    @Header(name = "ETag", description = "The baseline's version") },
            content = @Content(schema = @Schema(implementation = BaselineSummary.class)))
    @APIResponse(responseCode = "409", description = "The name is taken (duplicate), or the project is closed or "
            + "cancelled (project-not-editable)")
    public Response save(@PathParam("projectId") UUID projectId, @NotNull @Valid SaveBaselineRequest request,
            @Context UriInfo uri) {
        BaselineSummary saved = baselines.save(projectId, request)
                .orElseThrow(() -> new ProblemException.NotFound("project", projectId));
        return Responses.created(uri, saved.id(), saved.version(), saved);
    }

    @GET
    @Operation(operationId = "listBaselines", summary = "List a project's baselines",
            description = "Without their tasks. Paged; sort by savedAt (default) or name.")
    @APIResponse(responseCode = "200", description = "One page of baselines",
            headers = { @Header(name = "Link", description = "first, prev, next and last pages"),
                    @Header(name = "X-Total-Count", description = "Baselines of the project") },
            content = @Content(schema = @Schema(implementation = BaselinePage.class)))
    public Response list(@PathParam("projectId") UUID projectId, @BeanParam @Valid PageRequest page,
            @Context UriInfo uri) {
        return Paging.ok(baselines.list(projectId, page)
                .orElseThrow(() -> new ProblemException.NotFound("project", projectId)), uri);
    }

    @GET
    @Path("/{baselineId}")
    @Operation(operationId = "getBaseline", summary = "Read a baseline with its tasks")
    @APIResponse(responseCode = "200", description = "The baseline",
            headers = @Header(name = "ETag", description = "The baseline's version"),
            content = @Content(schema = @Schema(implementation = BaselineView.class)))
    public Response get(@PathParam("projectId") UUID projectId, @PathParam("baselineId") UUID baselineId) {
        BaselineView baseline = baselines.find(projectId, baselineId)
                .orElseThrow(() -> new ProblemException.NotFound("baseline", baselineId));
        return Responses.tagged(baseline, baseline.version());
    }

    @GET
    @Path("/{baselineId}/variance")
    @Operation(operationId = "getBaselineVariance", summary = "Compare the plan with a baseline",
            description = "Per task and for the project: start and finish variance in working days of the project "
                    + "calendar, duration, work and cost variance (current − baseline; positive is later or more). "
                    + "Tasks added since the baseline are ADDED, deleted ones REMOVED.")
    @APIResponse(responseCode = "200", description = "The variance",
            content = @Content(schema = @Schema(implementation = VarianceView.class)))
    public VarianceView variance(@PathParam("projectId") UUID projectId, @PathParam("baselineId") UUID baselineId) {
        return baselines.variance(projectId, baselineId)
                .orElseThrow(() -> new ProblemException.NotFound("baseline", baselineId));
    }

    @POST
    @Path("/{baselineId}/make-current")
    @Consumes(MediaType.WILDCARD) // no body is read, so any (or no) Content-Type will do
    @ChangesProject(ProjectRole.MANAGER)
    @Operation(operationId = "makeBaselineCurrent", summary = "Make a baseline the current one",
            description = "The project's previous current baseline stops being it. Managers only.")
    @APIResponse(responseCode = "200", description = "The baseline, now current",
            headers = @Header(name = "ETag", description = "The baseline's version"),
            content = @Content(schema = @Schema(implementation = BaselineSummary.class)))
    @APIResponse(responseCode = "409", description = "The project is closed or cancelled (project-not-editable)")
    public Response makeCurrent(@PathParam("projectId") UUID projectId, @PathParam("baselineId") UUID baselineId) {
        BaselineSummary baseline = baselines.makeCurrent(projectId, baselineId)
                .orElseThrow(() -> new ProblemException.NotFound("baseline", baselineId));
        return Responses.tagged(baseline, baseline.version());
    }
}
