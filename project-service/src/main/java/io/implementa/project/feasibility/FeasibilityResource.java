package io.implementa.project.feasibility;

import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.Paging;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Responses;
import io.implementa.platform.security.ChangesProject;
import io.implementa.platform.security.ProjectRole;
import io.implementa.platform.security.ReadsProject;
import io.implementa.project.feasibility.FeasibilityApi.CreateFeasibilityNoteRequest;
import io.implementa.project.feasibility.FeasibilityApi.FeasibilityNotePage;
import io.implementa.project.feasibility.FeasibilityApi.FeasibilityNoteView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

/** A project's feasibility notes over HTTP. */
@Path("/api/v1/projects/{projectId}/feasibility-notes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Feasibility", description = "Findings of the feasibility study made during Initiation")
@ReadsProject
public class FeasibilityResource {

    private final FeasibilityService notes;

    public FeasibilityResource(FeasibilityService notes) {
        this.notes = notes;
    }

    @POST
    @ChangesProject({ ProjectRole.MANAGER, ProjectRole.SPONSOR, ProjectRole.MEMBER })
    @Operation(operationId = "addFeasibilityNote", summary = "Record a feasibility note",
            description = "Managers, sponsors and members; the caller is recorded as the author.")
    @APIResponse(responseCode = "201", description = "Recorded",
            headers = { @Header(name = "Location", description = "URL of the new note"),
                    @Header(name = "ETag", description = "The note's version") },
            content = @Content(schema = @Schema(implementation = FeasibilityNoteView.class)))
    @APIResponse(responseCode = "409", description = "The project is closed or cancelled (project-not-editable)")
    public Response add(@PathParam("projectId") UUID projectId, @NotNull @Valid CreateFeasibilityNoteRequest request,
            @Context UriInfo uri) {
        FeasibilityNoteView note = notes.add(projectId, request)
                .orElseThrow(() -> new ProblemException.NotFound("project", projectId));
        return Responses.created(uri, note.id(), note.version(), note);
    }

    @GET
    @Operation(operationId = "listFeasibilityNotes", summary = "List a project's feasibility notes",
            description = "Paged; filter by topic and conclusion; sort by topic, conclusion or createdAt "
                    + "(default createdAt).")
    @APIResponse(responseCode = "200", description = "One page of notes",
            headers = { @Header(name = "Link", description = "first, prev, next and last pages"),
                    @Header(name = "X-Total-Count", description = "Notes matching the filter") },
            content = @Content(schema = @Schema(implementation = FeasibilityNotePage.class)))
    public Response list(@PathParam("projectId") UUID projectId, @BeanParam @Valid PageRequest page,
            @QueryParam("topic") FeasibilityTopic topic, @QueryParam("conclusion") FeasibilityConclusion conclusion,
            @Context UriInfo uri) {
        return Paging.ok(notes.list(projectId, new FeasibilityService.Filter(topic, conclusion), page)
                .orElseThrow(() -> new ProblemException.NotFound("project", projectId)), uri);
    }

    @GET
    @Path("/{noteId}")
    @Operation(operationId = "getFeasibilityNote", summary = "Read a feasibility note")
    @APIResponse(responseCode = "200", description = "The note",
            headers = @Header(name = "ETag", description = "The note's version"),
            content = @Content(schema = @Schema(implementation = FeasibilityNoteView.class)))
    public Response get(@PathParam("projectId") UUID projectId, @PathParam("noteId") UUID noteId) {
        FeasibilityNoteView note = notes.find(projectId, noteId)
                .orElseThrow(() -> new ProblemException.NotFound("feasibility note", noteId));
        return Responses.tagged(note, note.version());
    }
}
