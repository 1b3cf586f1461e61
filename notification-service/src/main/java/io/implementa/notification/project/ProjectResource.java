package io.implementa.notification.project;

import io.implementa.notification.project.ProjectApi.ProjectRecipientView;
import io.implementa.notification.project.ProjectApi.ProjectView;
import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.Paging;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.security.ReadsProject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The projects this service knows of, and their recipients; read-only, since the project events write them. Only
 * a project's members (and global readers) see it.
 */
@Path("/api/v1/projects/{projectId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Projects", description = "The projects known from the project-service's events, and who hears about them")
@ReadsProject
public class ProjectResource {

    private final ProjectDirectory directory;

    public ProjectResource(ProjectDirectory directory) {
        this.directory = directory;
    }

    @GET
    @Operation(operationId = "getKnownProject", summary = "Read a project as this service knows it")
    @APIResponse(responseCode = "200", description = "The project",
            content = @Content(schema = @Schema(implementation = ProjectView.class)))
    public ProjectView get(@PathParam("projectId") UUID projectId) {
        return directory.find(projectId).orElseThrow(() -> new ProblemException.NotFound("project", projectId));
    }

    @GET
    @Path("/recipients")
    @Operation(operationId = "listProjectRecipients", summary = "List a project's recipients with their roles",
            description = "Paged; sort by name or createdAt (default: name).")
    @APIResponse(responseCode = "200", description = "One page of the project's recipients",
            headers = { @Header(name = "Link", description = "first, prev, next and last pages"),
                    @Header(name = "X-Total-Count", description = "Recipients of the project") },
            content = @Content(schema = @Schema(implementation = ProjectRecipientPage.class)))
    public Response recipients(@PathParam("projectId") UUID projectId, @BeanParam @Valid PageRequest page,
            @Context UriInfo uri) {
        return Paging.ok(directory.recipients(projectId, page)
                .orElseThrow(() -> new ProblemException.NotFound("project", projectId)), uri);
    }

    /** The page type, named for the OpenAPI document. */
    @Schema(name = "ProjectRecipientPage")
    public record ProjectRecipientPage(List<ProjectRecipientView> items, int page, int size, long totalItems,
            int totalPages) {
    }
}
