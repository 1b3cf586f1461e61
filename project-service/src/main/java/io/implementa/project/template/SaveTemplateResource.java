package io.implementa.project.template;

import io.implementa.platform.http.IfMatch;
import io.implementa.platform.http.Problem;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.security.ChangesProject;
import io.implementa.platform.security.ProjectRole;
import io.implementa.project.template.TemplateApi.SaveTemplateRequest;
import io.implementa.project.template.TemplateApi.TemplateView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Saving a project as a template over HTTP. */
@Path("/api/v1/projects/{projectId}/template")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Project templates")
public class SaveTemplateResource {

    static final String DUPLICATE_NAME_EXAMPLE = """
            {"type": "https://implementa.io/problems/duplicate-template-name", "title": "Duplicate template name",
             "status": 409, "detail": "you have a template named 'ERP roll-out, one plant' already",
             "instance": "/api/v1/projects/7f1c2a9e-5d1b-4c51-9a53-0c6f8f1e2b3a/template",
             "name": "ERP roll-out, one plant"}
            """;

    private final TemplateService templates;

    public SaveTemplateResource(TemplateService templates) {
        this.templates = templates;
    }

    @POST
    @ChangesProject(ProjectRole.MANAGER)
    @Operation(operationId = "saveProjectAsTemplate", summary = "Save a project as a template",
            description = "Stores the project's gate checklist items (as open items), its objectives as "
                    + "placeholders (title, description, metric and unit; no baseline, target, actual or due date) "
                    + "its deliverables (name, description, acceptance criteria; no owner, dates or decisions) "
                    + "and its work breakdown (section `wbs`: tasks with durations and effort, milestones, links; "
                    + "no progress, dates, constraints, deadlines or assignments) "
                    + "as a template owned by the caller, visible to everyone if shared. The project is not "
                    + "changed, so closed projects can be saved too. Each call stores a new template. "
                    + "Project managers only. Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Saved",
            headers = { @Header(name = "Location", description = "URL of the new template"),
                    @Header(name = "ETag", description = "The template's version") },
            content = @Content(schema = @Schema(implementation = TemplateView.class)))
    @APIResponse(responseCode = "409", description = "The caller has a template of this name already "
            + "(duplicate-template-name, naming it in `name`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "duplicate-template-name", value = DUPLICATE_NAME_EXAMPLE)))
    public Response save(@PathParam("projectId") UUID projectId, @NotNull @Valid SaveTemplateRequest request,
            @Context UriInfo uri) {
        TemplateView saved = templates.save(projectId, request)
                .orElseThrow(() -> new ProblemException.NotFound("project", projectId));
        return Response.created(uri.getBaseUriBuilder().path("api/v1/project-templates").path(saved.id().toString())
                        .build())
                .tag(IfMatch.etag(saved.version()))
                .entity(saved)
                .build();
    }
}
