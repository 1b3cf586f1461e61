package io.implementa.risk.issue;

import io.implementa.platform.http.IfMatch;
import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.Paging;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Responses;
import io.implementa.platform.security.Caller;
import io.implementa.platform.security.ChangesProject;
import io.implementa.platform.security.ProjectRole;
import io.implementa.platform.security.ReadsProject;
import io.implementa.risk.issue.IssueApi.IssuePage;
import io.implementa.risk.issue.IssueApi.IssuePatch;
import io.implementa.risk.issue.IssueApi.IssueView;
import io.implementa.risk.issue.IssueApi.RaiseIssueRequest;
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

/** A project's issue log over HTTP. Members read it; every member but a viewer raises and works issues. */
@Path("/api/v1/projects/{projectId}/issues")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Issues", description = "A project's issue log: risks that occurred and problems raised directly")
@ReadsProject
public class IssueResource {

    private final IssueService issues;
    private final Caller caller;

    public IssueResource(IssueService issues, Caller caller) {
        this.issues = issues;
        this.caller = caller;
    }

    @POST
    @ChangesProject({ ProjectRole.MANAGER, ProjectRole.SPONSOR, ProjectRole.MEMBER, ProjectRole.STAKEHOLDER })
    @Operation(operationId = "raiseIssue", summary = "Raise an issue",
            description = "A new OPEN issue, raised by the caller, announced as IssueRaised. A risk that occurs "
                    + "raises its own issue, linked to it. Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = { @Header(name = "Location", description = "URL of the new issue"),
                    @Header(name = "ETag", description = "The issue's version") },
            content = @Content(schema = @Schema(implementation = IssueView.class)))
    @APIResponse(responseCode = "403", description = "The caller is a viewer of the project")
    @APIResponse(responseCode = "409", description = "The register is closed (register-closed)")
    public Response raise(@PathParam("projectId") UUID projectId, @NotNull @Valid RaiseIssueRequest request,
            @Context UriInfo uri) {
        IssueView created = issues.raise(projectId, request, caller.person());
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @GET
    @Operation(operationId = "listIssues", summary = "List a project's issues",
            description = "Paged; filter by status, severity and risk; sort by createdAt (newest first by default) "
                    + "or dueDate.")
    @APIResponse(responseCode = "200", description = "One page of issues",
            headers = { @Header(name = "Link", description = "first, prev, next and last pages"),
                    @Header(name = "X-Total-Count", description = "Issues matching the filter") },
            content = @Content(schema = @Schema(implementation = IssuePage.class)))
    public Response list(@PathParam("projectId") UUID projectId, @BeanParam @Valid PageRequest page,
            @QueryParam("status") IssueStatus status, @QueryParam("severity") IssueSeverity severity,
            @QueryParam("riskId") UUID riskId, @Context UriInfo uri) {
        return Paging.ok(issues.list(projectId, status, severity, riskId, page)
                .orElseThrow(() -> new ProblemException.NotFound("risk register of project", projectId)), uri);
    }

    @GET
    @Path("/{issueId}")
    @Operation(operationId = "getIssue", summary = "Read an issue")
    @APIResponse(responseCode = "200", description = "The issue",
            headers = @Header(name = "ETag", description = "The issue's version"),
            content = @Content(schema = @Schema(implementation = IssueView.class)))
    public Response get(@PathParam("projectId") UUID projectId, @PathParam("issueId") UUID issueId) {
        IssueView issue = issues.find(projectId, issueId)
                .orElseThrow(() -> new ProblemException.NotFound("issue", issueId));
        return Responses.tagged(issue, issue.version());
    }

    @PATCH
    @Path("/{issueId}")
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @ChangesProject({ ProjectRole.MANAGER, ProjectRole.SPONSOR, ProjectRole.MEMBER, ProjectRole.STAKEHOLDER })
    @Operation(operationId = "updateIssue", summary = "Change an issue",
            description = "JSON merge patch. Status OPEN ⇄ IN_PROGRESS → RESOLVED; resolving needs a resolution "
                    + "and is announced as IssueResolved; a resolved issue is final. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "The changed issue",
            headers = @Header(name = "ETag", description = "The issue's new version"),
            content = @Content(schema = @Schema(implementation = IssueView.class)))
    @APIResponse(responseCode = "403", description = "The caller is a viewer of the project")
    @APIResponse(responseCode = "409", description = "The issue is resolved (issue-resolved), not a transition "
            + "(invalid-status-transition), or the register is closed (register-closed)")
    @APIResponse(responseCode = "412", description = "The issue changed since the client read it")
    @APIResponse(responseCode = "422", description = "Invalid content, e.g. resolving without a resolution")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response update(@PathParam("projectId") UUID projectId, @PathParam("issueId") UUID issueId,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid IssuePatch patch) {
        IssueView issue = issues.change(projectId, issueId, IfMatch.of(ifMatch), patch, caller.person());
        return Responses.tagged(issue, issue.version());
    }
}
