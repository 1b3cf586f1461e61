package io.implementa.project.gate;

import io.implementa.platform.http.IfMatch;
import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.Paging;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Responses;
import io.implementa.platform.security.ChangesProject;
import io.implementa.platform.security.ProjectRole;
import io.implementa.platform.security.ReadsProject;
import io.implementa.project.gate.ChecklistApi.AddChecklistItemRequest;
import io.implementa.project.gate.ChecklistApi.ChecklistItemPage;
import io.implementa.project.gate.ChecklistApi.ChecklistItemView;
import io.implementa.project.gate.ChecklistApi.UpdateChecklistItemRequest;
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

/** The manual checklist of one gate of a project over HTTP. */
@Path("/api/v1/projects/{projectId}/gates/{gate}/checklist")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Gates", description = "Phase gates: their criteria, checklists and passages")
@ReadsProject
public class ChecklistResource {

    private final ChecklistService checklists;

    public ChecklistResource(ChecklistService checklists) {
        this.checklists = checklists;
    }

    @GET
    @Operation(operationId = "listChecklistItems", summary = "List a gate's checklist",
            description = "Paged, oldest first; filter by done; sort by createdAt, text, done or doneAt.")
    @APIResponse(responseCode = "200", description = "One page of checklist items",
            headers = { @Header(name = "Link", description = "first, prev, next and last pages"),
                    @Header(name = "X-Total-Count", description = "Items matching the filter") },
            content = @Content(schema = @Schema(implementation = ChecklistItemPage.class)))
    public Response list(@PathParam("projectId") UUID projectId,
            @PathParam("gate") @Parameter(example = "START_PLANNING") Gate gate,
            @BeanParam @Valid PageRequest page,
            @QueryParam("done") @Parameter(description = "Only done (true) or open (false) items") Boolean done,
            @Context UriInfo uri) {
        return Paging.ok(checklists.list(projectId, gate, done, page)
                .orElseThrow(() -> new ProblemException.NotFound("project", projectId)), uri);
    }

    @POST
    @ChangesProject(ProjectRole.MANAGER)
    @Operation(operationId = "addChecklistItem", summary = "Add an item to a gate's checklist",
            description = "The item starts open; the gate's criterion checklist-complete holds only when every item "
                    + "is done. Project managers only.")
    @APIResponse(responseCode = "201", description = "Added",
            headers = { @Header(name = "Location", description = "URL of the new item"),
                    @Header(name = "ETag", description = "The item's version") },
            content = @Content(schema = @Schema(implementation = ChecklistItemView.class)))
    @APIResponse(responseCode = "409", description = "The project is closed or cancelled (project-not-editable), "
            + "or it has passed this gate already (gate-already-passed)")
    public Response add(@PathParam("projectId") UUID projectId,
            @PathParam("gate") @Parameter(example = "START_PLANNING") Gate gate,
            @NotNull @Valid AddChecklistItemRequest request, @Context UriInfo uri) {
        ChecklistItemView item = checklists.add(projectId, gate, request)
                .orElseThrow(() -> new ProblemException.NotFound("project", projectId));
        return Responses.created(uri, item.id(), item.version(), item);
    }

    @GET
    @Path("/{itemId}")
    @Operation(operationId = "getChecklistItem", summary = "Read a checklist item")
    @APIResponse(responseCode = "200", description = "The item",
            headers = @Header(name = "ETag", description = "The item's version"),
            content = @Content(schema = @Schema(implementation = ChecklistItemView.class)))
    public Response get(@PathParam("projectId") UUID projectId,
            @PathParam("gate") @Parameter(example = "START_PLANNING") Gate gate,
            @PathParam("itemId") UUID itemId) {
        ChecklistItemView item = checklists.find(projectId, gate, itemId)
                .orElseThrow(() -> new ProblemException.NotFound("checklist item", itemId));
        return Responses.tagged(item, item.version());
    }

    @PATCH
    @Path("/{itemId}")
    @ChangesProject(ProjectRole.MANAGER)
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Operation(operationId = "updateChecklistItem", summary = "Tick, untick or reword a checklist item",
            description = "JSON merge patch with If-Match: {\"done\": true} ticks the item and records who ticked it "
                    + "and when; {\"done\": false} unticks it. Project managers only.")
    @APIResponse(responseCode = "200", description = "The changed item",
            headers = @Header(name = "ETag", description = "The item's new version"),
            content = @Content(schema = @Schema(implementation = ChecklistItemView.class)))
    @APIResponse(responseCode = "409", description = "The project is closed or cancelled (project-not-editable), "
            + "or it has passed this gate already (gate-already-passed)")
    public Response update(@PathParam("projectId") UUID projectId,
            @PathParam("gate") @Parameter(example = "START_PLANNING") Gate gate,
            @PathParam("itemId") UUID itemId,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag last read", example = "\"0\"") String ifMatch,
            @NotNull @Valid UpdateChecklistItemRequest request) {
        ChecklistItemView item = checklists.update(projectId, gate, itemId, IfMatch.of(ifMatch), request)
                .orElseThrow(() -> new ProblemException.NotFound("checklist item", itemId));
        return Responses.tagged(item, item.version());
    }
}
