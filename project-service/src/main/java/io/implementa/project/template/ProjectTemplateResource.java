package io.implementa.project.template;

import io.implementa.platform.http.IfMatch;
import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.Paging;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Responses;
import io.implementa.project.project.ProjectApi.CreateProjectRequest;
import io.implementa.project.project.ProjectApi.ProjectView;
import io.implementa.project.template.TemplateApi.TemplatePage;
import io.implementa.project.template.TemplateApi.TemplateView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Project templates over HTTP: find one, and start a project from it. */
@Path("/api/v1/project-templates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Project templates", description = "Starting points for projects: the built-in systems-implementation "
        + "template and templates saved from projects")
public class ProjectTemplateResource {

    private final TemplateService templates;

    public ProjectTemplateResource(TemplateService templates) {
        this.templates = templates;
    }

    @GET
    @Operation(operationId = "listProjectTemplates", summary = "List project templates",
            description = "The built-in templates, the caller's own and those shared by others (all of them for "
                    + "admins); built-in ones first. Paged; filter by text in name or description; sort by name "
                    + "or createdAt.")
    @APIResponse(responseCode = "200", description = "One page of templates",
            headers = { @Header(name = "Link", description = "first, prev, next and last pages"),
                    @Header(name = "X-Total-Count", description = "Templates matching the filter") },
            content = @Content(schema = @Schema(implementation = TemplatePage.class)))
    public Response list(@BeanParam @Valid PageRequest page,
            @QueryParam("q") @Size(max = 200) @Parameter(description = "Text in name or description") String text,
            @Context UriInfo uri) {
        return Paging.ok(templates.list(text, page), uri);
    }

    @GET
    @Path("/{templateId}")
    @Operation(operationId = "getProjectTemplate", summary = "Read a project template",
            description = "404 for a template that is neither built in, shared nor the caller's.")
    @APIResponse(responseCode = "200", description = "The template with its content",
            headers = @Header(name = "ETag", description = "The template's version"),
            content = @Content(schema = @Schema(implementation = TemplateView.class)))
    public Response get(@PathParam("templateId") UUID templateId) {
        TemplateView template = templates.find(templateId)
                .orElseThrow(() -> new ProblemException.NotFound("project template", templateId));
        return Responses.tagged(template, template.version());
    }

    @POST
    @Path("/{templateId}/projects")
    @Operation(operationId = "createProjectFromTemplate", summary = "Propose a project from a template",
            description = "Proposes a project exactly as createProject does (same body, same rules and events), "
                    + "and in the same transaction gives it the template's content: open gate checklist items, "
                    + "DRAFT objective placeholders, PLANNED deliverables with their acceptance criteria and the "
                    + "starter work breakdown with its links (section `wbs`; the built-in template's phases, "
                    + "deliverables' work and go-live milestone), scheduled once, announced as ObjectiveUpdated, "
                    + "DeliverableCreated, TaskCreated, DependencyAdded and the schedule events. Any authenticated "
                    + "user, for a template "
                    + "they can see. Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = { @Header(name = "Location", description = "URL of the new project"),
                    @Header(name = "ETag", description = "The project's version") },
            content = @Content(schema = @Schema(implementation = ProjectView.class)))
    @APIResponse(responseCode = "409", description = "A project with this key exists already (duplicate-key)")
    public Response createProject(@PathParam("templateId") UUID templateId,
            @NotNull @Valid CreateProjectRequest request, @Context UriInfo uri) {
        ProjectView created = templates.createProject(templateId, request)
                .orElseThrow(() -> new ProblemException.NotFound("project template", templateId));
        return Response.created(uri.getBaseUriBuilder().path("api/v1/projects").path(created.id().toString()).build())
                .tag(IfMatch.etag(created.version()))
                .entity(created)
                .build();
    }
}
