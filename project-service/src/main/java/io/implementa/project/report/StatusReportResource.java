package io.implementa.project.report;

import io.implementa.platform.http.IfMatch;
import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.Paging;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Responses;
import io.implementa.platform.security.ChangesProject;
import io.implementa.platform.security.ProjectRole;
import io.implementa.platform.security.ReadsProject;
import io.implementa.project.report.StatusReportApi.CreateStatusReportRequest;
import io.implementa.project.report.StatusReportApi.StatusReportPage;
import io.implementa.project.report.StatusReportApi.StatusReportView;
import io.implementa.project.report.StatusReportApi.UpdateStatusReportRequest;
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

/** A project's status reports over HTTP. */
@Path("/api/v1/projects/{projectId}/status-reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Status reports", description = "Period reports with the proposed RAG health, published explicitly")
@ReadsProject
public class StatusReportResource {

    private final StatusReportService reports;

    public StatusReportResource(StatusReportService reports) {
        this.reports = reports;
    }

    @POST
    @ChangesProject(ProjectRole.MANAGER)
    @Operation(operationId = "createStatusReport", summary = "Write a status report",
            description = "Managers only. The server proposes the RAG per dimension as of the period's end (today "
                    + "at the latest); the manager may override dimensions with a reason. The report is a draft "
                    + "until published.")
    @APIResponse(responseCode = "201", description = "Written",
            headers = { @Header(name = "Location", description = "URL of the new report"),
                    @Header(name = "ETag", description = "The report's version") },
            content = @Content(schema = @Schema(implementation = StatusReportView.class)))
    @APIResponse(responseCode = "409", description = "The project is closed or cancelled (project-not-editable)")
    @APIResponse(responseCode = "422", description = "An override without a reason, or the period ends before it "
            + "starts")
    public Response create(@PathParam("projectId") UUID projectId, @NotNull @Valid CreateStatusReportRequest request,
            @Context UriInfo uri) {
        StatusReportView report = reports.create(projectId, request)
                .orElseThrow(() -> new ProblemException.NotFound("project", projectId));
        return Responses.created(uri, report.id(), report.version(), report);
    }

    @GET
    @Operation(operationId = "listStatusReports", summary = "List a project's status reports",
            description = "Paged; filter by status; sort by periodEnd (default, newest first), createdAt or "
                    + "publishedAt.")
    @APIResponse(responseCode = "200", description = "One page of reports",
            headers = { @Header(name = "Link", description = "first, prev, next and last pages"),
                    @Header(name = "X-Total-Count", description = "Reports matching the filter") },
            content = @Content(schema = @Schema(implementation = StatusReportPage.class)))
    public Response list(@PathParam("projectId") UUID projectId, @BeanParam @Valid PageRequest page,
            @QueryParam("status") @Parameter(description = "DRAFT or PUBLISHED") StatusReport.Status status,
            @Context UriInfo uri) {
        return Paging.ok(reports.list(projectId, status, page)
                .orElseThrow(() -> new ProblemException.NotFound("project", projectId)), uri);
    }

    @GET
    @Path("/{reportId}")
    @Operation(operationId = "getStatusReport", summary = "Read a status report")
    @APIResponse(responseCode = "200", description = "The report",
            headers = @Header(name = "ETag", description = "The report's version"),
            content = @Content(schema = @Schema(implementation = StatusReportView.class)))
    public Response get(@PathParam("projectId") UUID projectId, @PathParam("reportId") UUID reportId) {
        StatusReportView report = reports.find(projectId, reportId)
                .orElseThrow(() -> new ProblemException.NotFound("status report", reportId));
        return Responses.tagged(report, report.version());
    }

    @PATCH
    @Path("/{reportId}")
    @ChangesProject(ProjectRole.MANAGER)
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Operation(operationId = "updateStatusReport", summary = "Change a draft status report",
            description = "Managers only. JSON merge patch; requires If-Match. Only a draft changes. The server "
                    + "proposes the RAG again as of the period's end (today at the latest) with the data as it "
                    + "stands; overrides the patch does not replace keep their ratings, and any rating other than "
                    + "the proposal still needs an overrideReason.")
    @APIResponse(responseCode = "200", description = "The changed draft",
            headers = @Header(name = "ETag", description = "The report's new version"),
            content = @Content(schema = @Schema(implementation = StatusReportView.class)))
    @APIResponse(responseCode = "409", description = "Already published (status-report-published), or the project "
            + "is closed or cancelled (project-not-editable)")
    @APIResponse(responseCode = "412", description = "The If-Match ETag is not the report's current version")
    @APIResponse(responseCode = "422", description = "An override without a reason, or the period ends before it "
            + "starts")
    @APIResponse(responseCode = "428", description = "No If-Match header")
    public Response update(@PathParam("projectId") UUID projectId, @PathParam("reportId") UUID reportId,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag last read", example = "\"0\"")
            String ifMatch,
            @NotNull @Valid UpdateStatusReportRequest request) {
        StatusReportView report = reports.update(projectId, reportId, IfMatch.of(ifMatch), request)
                .orElseThrow(() -> new ProblemException.NotFound("status report", reportId));
        return Responses.tagged(report, report.version());
    }

    @POST
    @Path("/{reportId}/publication")
    @ChangesProject(ProjectRole.MANAGER)
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "publishStatusReport", summary = "Publish a status report",
            description = "Managers only; no body. Announced as StatusReportPublished with the whole report (and "
                    + "ProjectHealthChanged when its health differs from the project's current health).")
    @APIResponse(responseCode = "200", description = "Published",
            content = @Content(schema = @Schema(implementation = StatusReportView.class)))
    @APIResponse(responseCode = "409", description = "Already published (status-report-published), or the project "
            + "is closed or cancelled (project-not-editable)")
    public Response publish(@PathParam("projectId") UUID projectId, @PathParam("reportId") UUID reportId) {
        StatusReportView report = reports.publish(projectId, reportId)
                .orElseThrow(() -> new ProblemException.NotFound("status report", reportId));
        return Responses.tagged(report, report.version());
    }
}
