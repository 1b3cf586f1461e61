package io.implementa.project.project;

import io.implementa.platform.audit.Actor;
import io.implementa.platform.audit.Change;
import io.implementa.platform.http.IfMatch;
import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.Paging;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Responses;
import io.implementa.platform.security.ChangesProject;
import io.implementa.platform.security.ProjectRole;
import io.implementa.platform.security.ReadsProject;
import io.implementa.project.project.ProjectApi.CreateProjectRequest;
import io.implementa.project.project.ProjectApi.ProjectView;
import io.implementa.project.project.ProjectApi.UpdateProjectRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Projects over HTTP: create, read, list and change. */
@Path("/api/v1/projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Projects", description = "Systems-implementation projects")
public class ProjectResource {

    private final ProjectService projects;

    public ProjectResource(ProjectService projects) {
        this.projects = projects;
    }

    @POST
    @Operation(operationId = "createProject", summary = "Propose a project",
            description = "Creates a project in status PROPOSED and phase INITIATION. Any authenticated user may "
                    + "propose one; sponsor and manager become members, and so does the proposer (as VIEWER) "
                    + "if they are neither. Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = { @Header(name = "Location", description = "URL of the new project"),
                    @Header(name = "ETag", description = "The project's version") },
            content = @Content(schema = @Schema(implementation = ProjectView.class)))
    @APIResponse(responseCode = "409", description = "A project with this key exists already")
    public Response create(@NotNull @Valid CreateProjectRequest request, @Context UriInfo uri) {
        ProjectView created = projects.create(request);
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @GET
    @Path("/{projectId}")
    @ReadsProject
    @Operation(operationId = "getProject", summary = "Read a project")
    @APIResponse(responseCode = "200", description = "The project",
            headers = @Header(name = "ETag", description = "The project's version"),
            content = @Content(schema = @Schema(implementation = ProjectView.class)))
    public Response get(@PathParam("projectId") UUID id) {
        ProjectView project = projects.find(id).orElseThrow(() -> new ProblemException.NotFound("project", id));
        return Responses.tagged(project, project.version());
    }

    @GET
    @Path("/{projectId}/history")
    @ReadsProject
    @Operation(operationId = "getProjectHistory", summary = "A project's change history",
            description = "Every committed change of the project: who made it, when, and the project as it was "
                    + "afterwards. Newest first (sort=revision for oldest first); paged. Readable by whoever may "
                    + "read the project.")
    @APIResponse(responseCode = "200", description = "One page of the project's history",
            headers = { @Header(name = "Link", description = "first, prev, next and last pages"),
                    @Header(name = "X-Total-Count", description = "Revisions in the history") },
            content = @Content(schema = @Schema(implementation = ProjectHistoryPage.class)))
    public Response history(@PathParam("projectId") UUID id, @BeanParam @Valid PageRequest page,
            @Context UriInfo uri) {
        return Paging.ok(projects.history(id, page).orElseThrow(() -> new ProblemException.NotFound("project", id)),
                uri);
    }

    @GET
    @Operation(operationId = "listProjects", summary = "List projects",
            description = "The projects the caller belongs to (all of them for admins and portfolio viewers). "
                    + "Paged; filter by status, phase, manager or sponsor subject and free text; "
                    + "sort by key, name, status, phase, plannedStart, plannedEnd or createdAt.")
    @APIResponse(responseCode = "200", description = "One page of projects",
            headers = { @Header(name = "Link", description = "first, prev, next and last pages"),
                    @Header(name = "X-Total-Count", description = "Projects matching the filter") },
            content = @Content(schema = @Schema(implementation = ProjectPage.class)))
    public Response list(@BeanParam @Valid PageRequest page,
            @QueryParam("status") ProjectStatus status,
            @QueryParam("phase") Phase phase,
            @QueryParam("manager") @Size(max = 200) @Parameter(description = "Manager's subject") String manager,
            @QueryParam("sponsor") @Size(max = 200) @Parameter(description = "Sponsor's subject") String sponsor,
            @QueryParam("q") @Size(max = 200) @Parameter(description = "Text in key, name or description") String text,
            @Context UriInfo uri) {
        return Paging.ok(projects.list(new ProjectService.Filter(status, phase, manager, sponsor, text), page), uri);
    }

    @PATCH
    @Path("/{projectId}")
    @ChangesProject(ProjectRole.MANAGER)
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Operation(operationId = "updateProject", summary = "Change a project",
            description = "JSON merge patch: absent fields stay, null clears an optional field. Requires If-Match. "
                    + "Project managers only.")
    @APIResponse(responseCode = "200", description = "The changed project",
            headers = @Header(name = "ETag", description = "The project's new version"),
            content = @Content(schema = @Schema(implementation = ProjectView.class)))
    public Response update(@PathParam("projectId") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag last read", example = "\"0\"") String ifMatch,
            @NotNull @Valid UpdateProjectRequest request) {
        ProjectView project = projects.update(id, IfMatch.of(ifMatch), request)
                .orElseThrow(() -> new ProblemException.NotFound("project", id));
        return Responses.tagged(project, project.version());
    }

    /** The page type, named for the OpenAPI document. */
    @Schema(name = "ProjectPage")
    public record ProjectPage(java.util.List<ProjectView> items, int page, int size, long totalItems, int totalPages) {
    }

    /** A revision of a project, named for the OpenAPI document (the platform's {@code Revision} with its state typed). */
    @Schema(name = "ProjectRevision")
    public record ProjectRevision(long revision, Instant at, Actor by, Change change,
            @Schema(description = "The project as it was after the change") ProjectView state) {
    }

    @Schema(name = "ProjectHistoryPage")
    public record ProjectHistoryPage(java.util.List<ProjectRevision> items, int page, int size, long totalItems,
            int totalPages) {
    }
}
