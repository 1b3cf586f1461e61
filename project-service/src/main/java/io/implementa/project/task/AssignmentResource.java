package io.implementa.project.task;

import io.implementa.platform.http.IfMatch;
import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.Paging;
import io.implementa.platform.http.Problem;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Responses;
import io.implementa.platform.security.ChangesProject;
import io.implementa.platform.security.ProjectRole;
import io.implementa.platform.security.ReadsProject;
import io.implementa.project.task.AssignmentApi.AssignmentPage;
import io.implementa.project.task.AssignmentApi.AssignmentView;
import io.implementa.project.task.AssignmentApi.CreateAssignmentRequest;
import io.implementa.project.task.AssignmentApi.UpdateAssignmentRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

/** The resources assigned to one task over HTTP. */
@Path("/api/v1/projects/{projectId}/tasks/{taskId}/assignments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Assignments", description = "Resources of the resource-service assigned to tasks, by units (% of "
        + "their time) or work hours")
@ReadsProject
public class AssignmentResource {

    static final String SUMMARY_EXAMPLE = """
            {"type": "https://implementa.io/problems/summary-task-assignment", "title": "Summary task",
             "status": 422, "detail": "task 'Data migration' is a summary task; assign resources to the tasks beneath it",
             "instance": "/api/v1/projects/0d5b8c52-8f1e-4a43-9a57-7c1f0e6d2b10/tasks/3c9d8e7f-6a5b-4c3d-2e1f-0a9b8c7d6e5f/assignments",
             "taskId": "3c9d8e7f-6a5b-4c3d-2e1f-0a9b8c7d6e5f"}
            """;

    private final AssignmentService assignments;

    public AssignmentResource(AssignmentService assignments) {
        this.assignments = assignments;
    }

    @POST
    @ChangesProject({ ProjectRole.MANAGER, ProjectRole.MEMBER })
    @Operation(operationId = "createAssignment", summary = "Assign a resource to a task",
            description = "Exactly one of `units` (percent of the resource's time, more than 0 and at most 1000) and "
                    + "`workHours` (more than 0); 422 naming the field otherwise. The resource is a resource-service "
                    + "resource referenced by id and not checked remotely. Tasks and milestones only: a summary task "
                    + "takes no assignments (422 summary-task-assignment). Announced as TaskAssignmentAdded with the "
                    + "task's scheduled dates. Managers and members. Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = { @Header(name = "Location", description = "URL of the new assignment"),
                    @Header(name = "ETag", description = "The assignment's version") },
            content = @Content(schema = @Schema(implementation = AssignmentView.class)))
    @APIResponse(responseCode = "409", description = "The resource is assigned to this task already "
            + "(duplicate-assignment), or the project is closed or cancelled (project-not-editable)")
    @APIResponse(responseCode = "422", description = "Neither or both of units and workHours, or a summary task "
            + "(summary-task-assignment)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "summary-task-assignment", value = SUMMARY_EXAMPLE)))
    public Response create(@PathParam("projectId") UUID projectId, @PathParam("taskId") UUID taskId,
            @NotNull @Valid CreateAssignmentRequest request, @Context UriInfo uri) {
        AssignmentView created = assignments.create(projectId, taskId, request)
                .orElseThrow(() -> new ProblemException.NotFound("task", taskId));
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @GET
    @Operation(operationId = "listTaskAssignments", summary = "List a task's assignments",
            description = "Paged; sort by createdAt.")
    @APIResponse(responseCode = "200", description = "One page of assignments",
            headers = { @Header(name = "Link", description = "first, prev, next and last pages"),
                    @Header(name = "X-Total-Count", description = "Assignments of the task") },
            content = @Content(schema = @Schema(implementation = AssignmentPage.class)))
    public Response list(@PathParam("projectId") UUID projectId, @PathParam("taskId") UUID taskId,
            @BeanParam @Valid PageRequest page, @Context UriInfo uri) {
        return Paging.ok(assignments.listOfTask(projectId, taskId, page)
                .orElseThrow(() -> new ProblemException.NotFound("task", taskId)), uri);
    }

    @GET
    @Path("/{assignmentId}")
    @Operation(operationId = "getAssignment", summary = "Read an assignment")
    @APIResponse(responseCode = "200", description = "The assignment",
            headers = @Header(name = "ETag", description = "The assignment's version"),
            content = @Content(schema = @Schema(implementation = AssignmentView.class)))
    public Response get(@PathParam("projectId") UUID projectId, @PathParam("taskId") UUID taskId,
            @PathParam("assignmentId") UUID assignmentId) {
        return ok(assignments.find(projectId, taskId, assignmentId)
                .orElseThrow(() -> new ProblemException.NotFound("assignment", assignmentId)));
    }

    @PATCH
    @Path("/{assignmentId}")
    @ChangesProject({ ProjectRole.MANAGER, ProjectRole.MEMBER })
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Operation(operationId = "updateAssignment", summary = "Change an assignment's units or work hours",
            description = "JSON merge patch; requires If-Match. Afterwards exactly one of units and workHours is set: "
                    + "to switch, set one and null the other. The resource cannot change. Announced as "
                    + "TaskAssignmentChanged. Managers and members.")
    @APIResponse(responseCode = "200", description = "The changed assignment",
            headers = @Header(name = "ETag", description = "The assignment's new version"),
            content = @Content(schema = @Schema(implementation = AssignmentView.class)))
    @APIResponse(responseCode = "409", description = "The project is closed or cancelled (project-not-editable)")
    @APIResponse(responseCode = "422", description = "Neither or both of units and workHours after the patch")
    public Response update(@PathParam("projectId") UUID projectId, @PathParam("taskId") UUID taskId,
            @PathParam("assignmentId") UUID assignmentId,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag last read", example = "\"0\"") String ifMatch,
            @NotNull @Valid UpdateAssignmentRequest request) {
        return ok(assignments.update(projectId, taskId, assignmentId, IfMatch.of(ifMatch), request)
                .orElseThrow(() -> new ProblemException.NotFound("assignment", assignmentId)));
    }

    @DELETE
    @Path("/{assignmentId}")
    @ChangesProject({ ProjectRole.MANAGER, ProjectRole.MEMBER })
    @Operation(operationId = "removeAssignment", summary = "Remove an assignment",
            description = "Announced as TaskAssignmentRemoved with its last state. Managers and members.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = "The project is closed or cancelled (project-not-editable)")
    public Response remove(@PathParam("projectId") UUID projectId, @PathParam("taskId") UUID taskId,
            @PathParam("assignmentId") UUID assignmentId) {
        if (!assignments.remove(projectId, taskId, assignmentId)) {
            throw new ProblemException.NotFound("assignment", assignmentId);
        }
        return Response.noContent().build();
    }

    private static Response ok(AssignmentView view) {
        return Responses.tagged(view, view.version());
    }
}
