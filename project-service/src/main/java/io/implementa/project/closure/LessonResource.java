package io.implementa.project.closure;

import io.implementa.platform.http.IfMatch;
import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.Paging;
import io.implementa.platform.http.Problem;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Responses;
import io.implementa.platform.security.ChangesProject;
import io.implementa.platform.security.ProjectRole;
import io.implementa.platform.security.ReadsProject;
import io.implementa.project.closure.ClosureApi.CreateLessonRequest;
import io.implementa.project.closure.ClosureApi.LessonPage;
import io.implementa.project.closure.ClosureApi.LessonView;
import io.implementa.project.closure.ClosureApi.UpdateLessonRequest;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A project's lessons learned over HTTP. */
@Path("/api/v1/projects/{projectId}/lessons")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Closure")
@ReadsProject
public class LessonResource {

    private final LessonService lessons;

    public LessonResource(LessonService lessons) {
        this.lessons = lessons;
    }

    @POST
    @ChangesProject({ ProjectRole.SPONSOR, ProjectRole.MANAGER, ProjectRole.MEMBER, ProjectRole.STAKEHOLDER })
    @Operation(operationId = "recordLesson", summary = "Record a lesson learned",
            description = "Any member but a viewer; the caller is its author. A shareable lesson is found by the "
                    + "cross-project search of everyone; the others only by those who may see the project. "
                    + "Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Recorded",
            headers = { @Header(name = "Location", description = "URL of the new lesson"),
                    @Header(name = "ETag", description = "The lesson's version") },
            content = @Content(schema = @Schema(implementation = LessonView.class)))
    @APIResponse(responseCode = "409", description = "The project is closed or cancelled (project-not-editable)")
    public Response create(@PathParam("projectId") UUID projectId, @NotNull @Valid CreateLessonRequest request,
            @Context UriInfo uri) {
        LessonView lesson = lessons.create(projectId, request)
                .orElseThrow(() -> new ProblemException.NotFound("project", projectId));
        return Responses.created(uri, lesson.id(), lesson.version(), lesson);
    }

    @GET
    @Operation(operationId = "listLessons", summary = "List a project's lessons learned",
            description = "Paged; filter by category and shareable; sort by createdAt (default), updatedAt or category.")
    @APIResponse(responseCode = "200", description = "One page of lessons",
            headers = { @Header(name = "Link", description = "first, prev, next and last pages"),
                    @Header(name = "X-Total-Count", description = "Lessons matching the filter") },
            content = @Content(schema = @Schema(implementation = LessonPage.class)))
    public Response list(@PathParam("projectId") UUID projectId, @BeanParam @Valid PageRequest page,
            @QueryParam("category") LessonCategory category,
            @QueryParam("shareable") @Parameter(description = "Only shareable (true) or only private (false) lessons")
            Boolean shareable,
            @Context UriInfo uri) {
        return Paging.ok(lessons.list(projectId, new LessonService.Filter(category, shareable), page)
                .orElseThrow(() -> new ProblemException.NotFound("project", projectId)), uri);
    }

    @GET
    @Path("/{lessonId}")
    @Operation(operationId = "getLesson", summary = "Read a lesson learned")
    @APIResponse(responseCode = "200", description = "The lesson",
            headers = @Header(name = "ETag", description = "The lesson's version"),
            content = @Content(schema = @Schema(implementation = LessonView.class)))
    public Response get(@PathParam("projectId") UUID projectId, @PathParam("lessonId") UUID lessonId) {
        LessonView lesson = lessons.find(projectId, lessonId)
                .orElseThrow(() -> new ProblemException.NotFound("lesson", lessonId));
        return Responses.tagged(lesson, lesson.version());
    }

    @PATCH
    @Path("/{lessonId}")
    @ChangesProject({ ProjectRole.SPONSOR, ProjectRole.MANAGER, ProjectRole.MEMBER, ProjectRole.STAKEHOLDER })
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Operation(operationId = "updateLesson", summary = "Change a lesson learned",
            description = "JSON merge patch; requires If-Match. Its author or a project manager; others get 403 "
                    + "not-author.")
    @APIResponse(responseCode = "200", description = "The changed lesson",
            headers = @Header(name = "ETag", description = "The lesson's new version"),
            content = @Content(schema = @Schema(implementation = LessonView.class)))
    @APIResponse(responseCode = "403", description = "A viewer, or neither the lesson's author nor a project manager "
            + "(not-author)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not-author", value = """
                            {"type": "https://implementa.io/problems/not-author", "title": "Not the author", "status": 403,
                             "detail": "only the lesson's author or a project manager may change it"}
                            """)))
    public Response update(@PathParam("projectId") UUID projectId, @PathParam("lessonId") UUID lessonId,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag last read", example = "\"0\"") String ifMatch,
            @NotNull @Valid UpdateLessonRequest request) {
        LessonView lesson = lessons.update(projectId, lessonId, IfMatch.of(ifMatch), request)
                .orElseThrow(() -> new ProblemException.NotFound("lesson", lessonId));
        return Responses.tagged(lesson, lesson.version());
    }
}
