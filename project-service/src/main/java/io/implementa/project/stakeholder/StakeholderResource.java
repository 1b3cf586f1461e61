package io.implementa.project.stakeholder;

import io.implementa.platform.http.IfMatch;
import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.Paging;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Responses;
import io.implementa.platform.security.ChangesProject;
import io.implementa.platform.security.ProjectRole;
import io.implementa.platform.security.ReadsProject;
import io.implementa.project.stakeholder.StakeholderApi.CreateStakeholderRequest;
import io.implementa.project.stakeholder.StakeholderApi.StakeholderPage;
import io.implementa.project.stakeholder.StakeholderApi.StakeholderView;
import io.implementa.project.stakeholder.StakeholderApi.UpdateStakeholderRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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

/** A project's stakeholder register over HTTP. */
@Path("/api/v1/projects/{projectId}/stakeholders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Stakeholders", description = "Who has a stake in the project: influence, interest, RACI and how to "
        + "reach them")
@ReadsProject
public class StakeholderResource {

    private final StakeholderService stakeholders;

    public StakeholderResource(StakeholderService stakeholders) {
        this.stakeholders = stakeholders;
    }

    @POST
    @ChangesProject(ProjectRole.MANAGER)
    @Operation(operationId = "addStakeholder", summary = "Add a stakeholder",
            description = "Managers only. The e-mail address is unique within the project. Announced as "
                    + "StakeholderAdded with full contact details and preferences.")
    @APIResponse(responseCode = "201", description = "Added",
            headers = { @Header(name = "Location", description = "URL of the new stakeholder"),
                    @Header(name = "ETag", description = "The stakeholder's version") },
            content = @Content(schema = @Schema(implementation = StakeholderView.class)))
    @APIResponse(responseCode = "409", description = "A stakeholder with this e-mail exists already "
            + "(duplicate-stakeholder), or the project is closed or cancelled (project-not-editable)")
    public Response add(@PathParam("projectId") UUID projectId, @NotNull @Valid CreateStakeholderRequest request,
            @Context UriInfo uri) {
        StakeholderView stakeholder = stakeholders.add(projectId, request)
                .orElseThrow(() -> new ProblemException.NotFound("project", projectId));
        return Responses.created(uri, stakeholder.id(), stakeholder.version(), stakeholder);
    }

    @GET
    @Operation(operationId = "listStakeholders", summary = "List a project's stakeholders",
            description = "Paged; filter by influence, interest, RACI letter and deliverable (together: e.g. who is "
                    + "ACCOUNTABLE for a deliverable) and free text in name, e-mail or organisation; sort by name, "
                    + "organisation or createdAt (default name).")
    @APIResponse(responseCode = "200", description = "One page of stakeholders",
            headers = { @Header(name = "Link", description = "first, prev, next and last pages"),
                    @Header(name = "X-Total-Count", description = "Stakeholders matching the filter") },
            content = @Content(schema = @Schema(implementation = StakeholderPage.class)))
    public Response list(@PathParam("projectId") UUID projectId, @BeanParam @Valid PageRequest page,
            @QueryParam("influence") Level influence,
            @QueryParam("interest") Level interest,
            @QueryParam("raci") @Parameter(description = "Only stakeholders with an assignment of this letter")
            Raci raci,
            @QueryParam("deliverableId") @Parameter(description = "Only stakeholders with an assignment for this "
                    + "deliverable") UUID deliverableId,
            @QueryParam("q") @Size(max = 200) @Parameter(description = "Text in name, e-mail or organisation")
            String text,
            @Context UriInfo uri) {
        return Paging.ok(stakeholders.list(projectId,
                        new StakeholderService.Filter(influence, interest, raci, deliverableId, text), page)
                .orElseThrow(() -> new ProblemException.NotFound("project", projectId)), uri);
    }

    @GET
    @Path("/{stakeholderId}")
    @Operation(operationId = "getStakeholder", summary = "Read a stakeholder")
    @APIResponse(responseCode = "200", description = "The stakeholder",
            headers = @Header(name = "ETag", description = "The stakeholder's version"),
            content = @Content(schema = @Schema(implementation = StakeholderView.class)))
    public Response get(@PathParam("projectId") UUID projectId, @PathParam("stakeholderId") UUID stakeholderId) {
        StakeholderView stakeholder = stakeholders.find(projectId, stakeholderId)
                .orElseThrow(() -> new ProblemException.NotFound("stakeholder", stakeholderId));
        return Responses.tagged(stakeholder, stakeholder.version());
    }

    @PATCH
    @Path("/{stakeholderId}")
    @ChangesProject(ProjectRole.MANAGER)
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Operation(operationId = "updateStakeholder", summary = "Change a stakeholder",
            description = "JSON merge patch; requires If-Match. Managers only. raci and notifications are replaced "
                    + "whole; sending memberId or memberSubject re-links the stakeholder from the fields sent. "
                    + "Announced as StakeholderChanged.")
    @APIResponse(responseCode = "200", description = "The changed stakeholder",
            headers = @Header(name = "ETag", description = "The stakeholder's new version"),
            content = @Content(schema = @Schema(implementation = StakeholderView.class)))
    @APIResponse(responseCode = "409", description = "Another stakeholder has this e-mail (duplicate-stakeholder), "
            + "or the project is closed or cancelled (project-not-editable)")
    public Response update(@PathParam("projectId") UUID projectId, @PathParam("stakeholderId") UUID stakeholderId,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag last read", example = "\"0\"")
            String ifMatch,
            @NotNull @Valid UpdateStakeholderRequest request) {
        StakeholderView stakeholder = stakeholders.update(projectId, stakeholderId, IfMatch.of(ifMatch), request)
                .orElseThrow(() -> new ProblemException.NotFound("stakeholder", stakeholderId));
        return Responses.tagged(stakeholder, stakeholder.version());
    }

    @DELETE
    @Path("/{stakeholderId}")
    @ChangesProject(ProjectRole.MANAGER)
    @Operation(operationId = "removeStakeholder", summary = "Remove a stakeholder",
            description = "Managers only; If-Match is checked when sent. Announced as StakeholderRemoved.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = "The project is closed or cancelled (project-not-editable)")
    @APIResponse(responseCode = "412", description = "The If-Match ETag is not the current version")
    public Response remove(@PathParam("projectId") UUID projectId, @PathParam("stakeholderId") UUID stakeholderId,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag last read (optional)")
            String ifMatch) {
        if (!stakeholders.remove(projectId, stakeholderId, Optional.ofNullable(ifMatch).map(IfMatch::of))) {
            throw new ProblemException.NotFound("stakeholder", stakeholderId);
        }
        return Response.noContent().build();
    }
}
