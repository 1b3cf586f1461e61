package io.implementa.risk.risk;

import io.implementa.platform.http.IfMatch;
import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.Paging;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Responses;
import io.implementa.platform.security.ChangesProject;
import io.implementa.platform.security.ProjectRole;
import io.implementa.platform.security.ReadsProject;
import io.implementa.platform.security.Caller;
import io.implementa.risk.risk.AssessmentApi.AssessRiskRequest;
import io.implementa.risk.risk.RiskApi.CreateRiskRequest;
import io.implementa.risk.risk.RiskApi.RiskView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The risks of a project's register over HTTP: identify, read and list. The project's members read them; every
 * member but a viewer may identify one, since spotting risks is everyone's job.
 */
@Path("/api/v1/projects/{projectId}/risks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Risks", description = "Risks in a project's risk register")
@ReadsProject
public class RiskResource {

    private final RiskService risks;
    private final Caller caller;

    public RiskResource(RiskService risks, Caller caller) {
        this.risks = risks;
        this.caller = caller;
    }

    @POST
    @ChangesProject({ ProjectRole.MANAGER, ProjectRole.SPONSOR, ProjectRole.MEMBER, ProjectRole.STAKEHOLDER })
    @Operation(operationId = "createRisk", summary = "Identify a risk",
            description = "Adds a risk to the project's register in status IDENTIFIED, with the next key of the "
                    + "register and score = probability × impact. Any member of the project but a VIEWER may "
                    + "identify a risk. A project this service has not heard of yet is "
                    + "422 unknown-project: retry shortly after creating a project. Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = { @Header(name = "Location", description = "URL of the new risk"),
                    @Header(name = "ETag", description = "The risk's version") },
            content = @Content(schema = @Schema(implementation = RiskView.class)))
    @APIResponse(responseCode = "403", description = "The caller is a viewer of the project, who may not identify risks")
    @APIResponse(responseCode = "409", description = "The project's risk register is closed")
    @APIResponse(responseCode = "422",
            description = "Invalid content, or a project this service does not know (yet): type unknown-project")
    public Response create(@PathParam("projectId") UUID projectId, @NotNull @Valid CreateRiskRequest request,
            @Context UriInfo uri) {
        RiskView created = risks.identify(projectId, request, caller.person());
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @GET
    @Path("/{riskId}")
    @Operation(operationId = "getRisk", summary = "Read a risk")
    @APIResponse(responseCode = "200", description = "The risk",
            headers = @Header(name = "ETag", description = "The risk's version"),
            content = @Content(schema = @Schema(implementation = RiskView.class)))
    public Response get(@PathParam("projectId") UUID projectId, @PathParam("riskId") UUID riskId) {
        RiskView risk = risks.find(projectId, riskId).orElseThrow(() -> new ProblemException.NotFound("risk", riskId));
        return Responses.tagged(risk, risk.version());
    }

    @GET
    @Operation(operationId = "listRisks", summary = "List a project's risks",
            description = "Paged; filter by status, category, minimum score, "
                    + "autoRaised and decision (of auto-raised risks); sort by score, createdAt or key. "
                    + "Highest score first by default.")
    @APIResponse(responseCode = "200", description = "One page of risks",
            headers = { @Header(name = "Link", description = "first, prev, next and last pages"),
                    @Header(name = "X-Total-Count", description = "Risks matching the filter") },
            content = @Content(schema = @Schema(implementation = RiskPage.class)))
    public Response list(@PathParam("projectId") UUID projectId,
            @BeanParam @Valid PageRequest page,
            @QueryParam("status") RiskStatus status,
            @QueryParam("category") RiskCategory category,
            @QueryParam("minScore") @Min(1) @Max(25)
            @Parameter(description = "Only risks scoring at least this (1 to 25)", example = "12") Integer minScore,
            @QueryParam("autoRaised")
            @Parameter(description = "Only risks the service raised by itself (true) or a person identified (false)")
            Boolean autoRaised,
            @QueryParam("decision")
            @Parameter(description = "Only auto-raised risks with this decision, e.g. PENDING for those to review")
            DetectionDecision decision,
            @Context UriInfo uri) {
        return Paging.ok(risks.list(projectId,
                new RiskService.Filter(status, category, minScore, autoRaised, decision), page)
                .orElseThrow(() -> new ProblemException.NotFound("risk register of project", projectId)), uri);
    }

    @POST
    @Path("/{riskId}/assessments")
    @ChangesProject({ ProjectRole.MANAGER, ProjectRole.SPONSOR, ProjectRole.MEMBER })
    @Operation(operationId = "assessRisk", summary = "Assess or re-assess a risk",
            description = "Replaces the risk's assessment: kind, probability and impact per dimension (score = "
                    + "probability × the highest impact), exposure (probability % × cost impact), proximity, trigger, "
                    + "response strategy (threats: AVOID, REDUCE, TRANSFER, ACCEPT; opportunities: EXPLOIT, ENHANCE, "
                    + "SHARE, ACCEPT), contingency plan, residual probability and impact, next review date and the "
                    + "linked tasks and deliverables. The assessment is kept in the risk's history with the caller "
                    + "and the reason, and announced as RiskAssessed. A first assessment moves an IDENTIFIED risk to "
                    + "ASSESSED. Requires If-Match with the risk's ETag. Managers, sponsors and members only.")
    @APIResponse(responseCode = "200", description = "The risk as assessed",
            headers = @Header(name = "ETag", description = "The risk's new version"),
            content = @Content(schema = @Schema(implementation = RiskView.class)))
    @APIResponse(responseCode = "403", description = "The caller may not assess the project's risks")
    @APIResponse(responseCode = "409", description = "The risk occurred or was closed (risk-not-open), or the "
            + "register is closed (register-closed)")
    @APIResponse(responseCode = "412", description = "The risk changed since the client read it")
    @APIResponse(responseCode = "422", description = "Invalid content, e.g. a response strategy that does not suit "
            + "the kind of risk")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response assess(@PathParam("projectId") UUID projectId, @PathParam("riskId") UUID riskId,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid AssessRiskRequest request) {
        RiskView risk = risks.assess(projectId, riskId, IfMatch.of(ifMatch), request, caller.person());
        return Responses.tagged(risk, risk.version());
    }

    @GET
    @Path("/{riskId}/assessments")
    @Operation(operationId = "listRiskAssessments", summary = "A risk's assessment history",
            description = "Every identification, assessment and status change of the risk with its scores, who "
                    + "made it, when and why. Paged; newest first (sort=recordedAt for oldest first).")
    @APIResponse(responseCode = "200", description = "One page of the history",
            headers = { @Header(name = "Link", description = "first, prev, next and last pages"),
                    @Header(name = "X-Total-Count", description = "Entries in the history") },
            content = @Content(schema = @Schema(implementation = AssessmentApi.HistoryPage.class)))
    public Response assessments(@PathParam("projectId") UUID projectId, @PathParam("riskId") UUID riskId,
            @BeanParam @Valid PageRequest page, @Context UriInfo uri) {
        return Paging.ok(risks.history(projectId, riskId, page)
                .orElseThrow(() -> new ProblemException.NotFound("risk", riskId)), uri);
    }

    @GET
    @Path("/{riskId}/trend")
    @Operation(operationId = "getRiskTrend", summary = "A risk's score trend",
            description = "The risk's score and residual score after each entry of its history, oldest first.")
    @APIResponse(responseCode = "200", description = "The trend",
            content = @Content(schema = @Schema(implementation = AssessmentApi.RiskTrend.class)))
    public AssessmentApi.RiskTrend trend(@PathParam("projectId") UUID projectId, @PathParam("riskId") UUID riskId) {
        return risks.trend(projectId, riskId).orElseThrow(() -> new ProblemException.NotFound("risk", riskId));
    }

    @POST
    @Path("/{riskId}/status")
    @ChangesProject({ ProjectRole.MANAGER, ProjectRole.SPONSOR, ProjectRole.MEMBER })
    @Operation(operationId = "changeRiskStatus", summary = "Move a risk along its lifecycle",
            description = "IDENTIFIED → OCCURRED | CLOSED; ASSESSED → RESPONDING | MONITORING | OCCURRED | CLOSED; "
                    + "RESPONDING → MONITORING | OCCURRED | CLOSED; MONITORING → RESPONDING | OCCURRED | CLOSED; "
                    + "OCCURRED → CLOSED. ASSESSED is reached by assessing the risk. RESPONDING needs a response "
                    + "strategy. OCCURRED is announced as RiskOccurred, CLOSED as RiskClosed. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "The risk in its new status",
            headers = @Header(name = "ETag", description = "The risk's new version"),
            content = @Content(schema = @Schema(implementation = RiskView.class)))
    @APIResponse(responseCode = "403", description = "The caller may not change the project's risks")
    @APIResponse(responseCode = "409", description = "Not a transition from the risk's status "
            + "(invalid-status-transition), no response strategy to respond with (response-strategy-missing), or "
            + "the register is closed (register-closed)")
    @APIResponse(responseCode = "412", description = "The risk changed since the client read it")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response changeStatus(@PathParam("projectId") UUID projectId, @PathParam("riskId") UUID riskId,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid AssessmentApi.ChangeStatusRequest request) {
        RiskView risk = risks.changeStatus(projectId, riskId, IfMatch.of(ifMatch), request, caller.person());
        return Responses.tagged(risk, risk.version());
    }

    @POST
    @Path("/{riskId}/accept")
    @Consumes(MediaType.WILDCARD) // no body is read, so any (or no) Content-Type will do
    @ChangesProject({ ProjectRole.MANAGER, ProjectRole.SPONSOR, ProjectRole.MEMBER })
    @Operation(operationId = "acceptRisk", summary = "Accept an auto-raised risk",
            description = "Takes a risk the service raised by itself into the register as a risk like any other: "
                    + "its decision becomes ACCEPTED (who, when), kept in its history; its status stays as it is. "
                    + "Requires If-Match. Managers, sponsors and members only.")
    @APIResponse(responseCode = "200", description = "The accepted risk",
            headers = @Header(name = "ETag", description = "The risk's new version"),
            content = @Content(schema = @Schema(implementation = RiskView.class)))
    @APIResponse(responseCode = "403", description = "The caller may not change the project's risks")
    @APIResponse(responseCode = "409", description = "A person identified the risk (risk-not-auto-raised), it was "
            + "accepted or dismissed already (risk-already-decided), it occurred or was closed (risk-not-open), or "
            + "the register is closed (register-closed)")
    @APIResponse(responseCode = "412", description = "The risk changed since the client read it")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response accept(@PathParam("projectId") UUID projectId, @PathParam("riskId") UUID riskId,
            @HeaderParam("If-Match") String ifMatch) {
        RiskView risk = risks.accept(projectId, riskId, IfMatch.of(ifMatch), caller.person());
        return Responses.tagged(risk, risk.version());
    }

    @POST
    @Path("/{riskId}/dismiss")
    @ChangesProject({ ProjectRole.MANAGER, ProjectRole.SPONSOR, ProjectRole.MEMBER })
    @Operation(operationId = "dismissRisk", summary = "Dismiss an auto-raised risk",
            description = "Dismisses a risk the service raised by itself: its decision becomes DISMISSED with the "
                    + "reason and it is closed (RiskClosed with reason \"dismissed: <reason>\"). A later event of the "
                    + "same cause raises a new risk only if the cause is worse than when this one was dismissed "
                    + "(e.g. the milestone slipped further). Requires If-Match. Managers, sponsors and members only.")
    @APIResponse(responseCode = "200", description = "The dismissed, closed risk",
            headers = @Header(name = "ETag", description = "The risk's new version"),
            content = @Content(schema = @Schema(implementation = RiskView.class)))
    @APIResponse(responseCode = "403", description = "The caller may not change the project's risks")
    @APIResponse(responseCode = "409", description = "A person identified the risk (risk-not-auto-raised), it was "
            + "accepted or dismissed already (risk-already-decided), it occurred or was closed (risk-not-open), or "
            + "the register is closed (register-closed)")
    @APIResponse(responseCode = "412", description = "The risk changed since the client read it")
    @APIResponse(responseCode = "422", description = "No reason given")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response dismiss(@PathParam("projectId") UUID projectId, @PathParam("riskId") UUID riskId,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid RiskApi.DismissRequest request) {
        RiskView risk = risks.dismiss(projectId, riskId, IfMatch.of(ifMatch), request.reason(), caller.person());
        return Responses.tagged(risk, risk.version());
    }

    /** The page type, named for the OpenAPI document. */
    @Schema(name = "RiskPage")
    public record RiskPage(List<RiskView> items, int page, int size, long totalItems, int totalPages) {
    }
}
