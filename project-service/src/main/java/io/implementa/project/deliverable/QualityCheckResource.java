package io.implementa.project.deliverable;

import io.implementa.platform.http.IfMatch;
import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.Paging;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Responses;
import io.implementa.platform.security.ChangesProject;
import io.implementa.platform.security.ProjectRole;
import io.implementa.platform.security.ReadsProject;
import io.implementa.project.deliverable.DeliverableApi.QualityCheckPage;
import io.implementa.project.deliverable.DeliverableApi.QualityCheckView;
import io.implementa.project.deliverable.DeliverableApi.RecordCheckRequest;
import io.implementa.project.deliverable.DeliverableApi.UpdateCheckRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

/** The quality checks of one deliverable over HTTP. */
@Path("/api/v1/projects/{projectId}/deliverables/{deliverableId}/quality-checks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Deliverables")
@ReadsProject
public class QualityCheckResource {

    private final QualityCheckService checks;

    public QualityCheckResource(QualityCheckService checks) {
        this.checks = checks;
    }

    @POST
    @ChangesProject({ ProjectRole.MANAGER, ProjectRole.MEMBER })
    @Operation(operationId = "recordQualityCheck", summary = "Record a quality check of a deliverable",
            description = "A test run, review or inspection with its result and an https evidence link; who recorded "
                    + "it is taken from the caller. A re-run names the check it `supersedes`, which then no longer "
                    + "counts for acceptance. Managers and members. Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Recorded",
            headers = { @Header(name = "Location", description = "URL of the new check"),
                    @Header(name = "ETag", description = "The check's version") },
            content = @Content(schema = @Schema(implementation = QualityCheckView.class)))
    @APIResponse(responseCode = "409", description = "The deliverable is accepted or waived (deliverable-closed), "
            + "or the superseded check was already superseded (already-superseded)")
    public Response record(@PathParam("projectId") UUID projectId, @PathParam("deliverableId") UUID deliverableId,
            @NotNull @Valid RecordCheckRequest request, @Context UriInfo uri) {
        QualityCheckView check = checks.record(projectId, deliverableId, request)
                .orElseThrow(() -> new ProblemException.NotFound("deliverable", deliverableId));
        return Responses.created(uri, check.id(), check.version(), check);
    }

    @GET
    @Operation(operationId = "listQualityChecks", summary = "List a deliverable's quality checks",
            description = "Paged; filter by result, type and `current` (true: only checks that count, false: only "
                    + "superseded ones); sort by recordedAt (default), executedAt, name or result.")
    @APIResponse(responseCode = "200", description = "One page of quality checks",
            headers = { @Header(name = "Link", description = "first, prev, next and last pages"),
                    @Header(name = "X-Total-Count", description = "Checks matching the filter") },
            content = @Content(schema = @Schema(implementation = QualityCheckPage.class)))
    public Response list(@PathParam("projectId") UUID projectId, @PathParam("deliverableId") UUID deliverableId,
            @BeanParam @Valid PageRequest page,
            @QueryParam("result") QualityCheckResult result,
            @QueryParam("type") QualityCheckType type,
            @QueryParam("current") @Parameter(description = "true: not superseded; false: superseded") Boolean current,
            @Context UriInfo uri) {
        return Paging.ok(checks.list(projectId, deliverableId, new QualityCheckService.Filter(result, type, current),
                page).orElseThrow(() -> new ProblemException.NotFound("deliverable", deliverableId)), uri);
    }

    @GET
    @Path("/{checkId}")
    @Operation(operationId = "getQualityCheck", summary = "Read a quality check")
    @APIResponse(responseCode = "200", description = "The quality check",
            headers = @Header(name = "ETag", description = "The check's version"),
            content = @Content(schema = @Schema(implementation = QualityCheckView.class)))
    public Response get(@PathParam("projectId") UUID projectId, @PathParam("deliverableId") UUID deliverableId,
            @PathParam("checkId") UUID checkId) {
        QualityCheckView check = checks.find(projectId, deliverableId, checkId)
                .orElseThrow(() -> new ProblemException.NotFound("quality check", checkId));
        return Responses.tagged(check, check.version());
    }

    @PATCH
    @Path("/{checkId}")
    @ChangesProject({ ProjectRole.MANAGER, ProjectRole.MEMBER })
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Operation(operationId = "updateQualityCheck", summary = "Complete a pending quality check",
            description = "JSON merge patch; requires If-Match. Only a PENDING check changes (typically it gets its "
                    + "result); a PASSED or FAILED result is evidence and stays: record a new check that supersedes "
                    + "it. Managers and members.")
    @APIResponse(responseCode = "200", description = "The changed check",
            headers = @Header(name = "ETag", description = "The check's new version"),
            content = @Content(schema = @Schema(implementation = QualityCheckView.class)))
    @APIResponse(responseCode = "409", description = "The check already has a result (check-result-final), or the "
            + "deliverable is accepted or waived (deliverable-closed)")
    public Response update(@PathParam("projectId") UUID projectId, @PathParam("deliverableId") UUID deliverableId,
            @PathParam("checkId") UUID checkId,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag last read", example = "\"0\"") String ifMatch,
            @NotNull @Valid UpdateCheckRequest request) {
        QualityCheckView check = checks.update(projectId, deliverableId, checkId, IfMatch.of(ifMatch), request)
                .orElseThrow(() -> new ProblemException.NotFound("quality check", checkId));
        return Responses.tagged(check, check.version());
    }
}
