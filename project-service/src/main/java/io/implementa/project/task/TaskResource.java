package io.implementa.project.task;

import io.implementa.platform.http.IfMatch;
import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.Paging;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Responses;
import io.implementa.platform.security.ChangesProject;
import io.implementa.platform.security.ProjectRole;
import io.implementa.platform.security.ReadsProject;
import io.implementa.project.task.TaskApi.CreateTaskRequest;
import io.implementa.project.task.TaskApi.MoveTaskRequest;
import io.implementa.project.task.TaskApi.TaskPage;
import io.implementa.project.task.TaskApi.TaskView;
import io.implementa.project.task.TaskApi.UpdateTaskRequest;
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

/** A project's work breakdown over HTTP: tasks, summary tasks and milestones in a tree. */
@Path("/api/v1/projects/{projectId}/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tasks", description = "The work breakdown: summary tasks, tasks and milestones, with outline numbers")
@ReadsProject
public class TaskResource {

    private final TaskService tasks;

    public TaskResource(TaskService tasks) {
        this.tasks = tasks;
    }

    @POST
    @ChangesProject({ ProjectRole.MANAGER, ProjectRole.MEMBER })
    @Operation(operationId = "createTask", summary = "Add a task to the work breakdown",
            description = "Under `parentId` (which becomes a summary task) or at the top level, at `position` among "
                    + "the siblings (appended when absent; later siblings move down). The project is rescheduled "
                    + "in the same transaction. Managers and members.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = { @Header(name = "Location", description = "URL of the new task"),
                    @Header(name = "ETag", description = "The task's version") },
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    @APIResponse(responseCode = "409", description = "The parent has resources assigned (task-has-assignments: a "
            + "summary task takes none), or the project is closed or cancelled (project-not-editable)")
    public Response create(@PathParam("projectId") UUID projectId, @NotNull @Valid CreateTaskRequest request,
            @Context UriInfo uri) {
        TaskView created = tasks.create(projectId, request)
                .orElseThrow(() -> new ProblemException.NotFound("project", projectId));
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @GET
    @Operation(operationId = "listTasks", summary = "List a project's tasks",
            description = "In outline order (1, 1.1, 1.1.1, 1.2, 2 …; `sort=-outline` reverses it). Paged; filter "
                    + "by parent, status and critical flag.")
    @APIResponse(responseCode = "200", description = "One page of tasks",
            headers = { @Header(name = "Link", description = "first, prev, next and last pages"),
                    @Header(name = "X-Total-Count", description = "Tasks matching the filter") },
            content = @Content(schema = @Schema(implementation = TaskPage.class)))
    public Response list(@PathParam("projectId") UUID projectId, @BeanParam @Valid PageRequest page,
            @QueryParam("parentId") @Parameter(description = "Only the direct children of this task") UUID parentId,
            @QueryParam("status") TaskStatus status,
            @QueryParam("critical") @Parameter(description = "Only critical (true) or non-critical (false) tasks")
            Boolean critical,
            @Context UriInfo uri) {
        return Paging.ok(tasks.list(projectId, new TaskService.Filter(parentId, status, critical), page)
                .orElseThrow(() -> new ProblemException.NotFound("project", projectId)), uri);
    }

    @GET
    @Path("/{taskId}")
    @Operation(operationId = "getTask", summary = "Read a task")
    @APIResponse(responseCode = "200", description = "The task",
            headers = @Header(name = "ETag", description = "The task's version"),
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    public Response get(@PathParam("projectId") UUID projectId, @PathParam("taskId") UUID taskId) {
        return ok(tasks.find(projectId, taskId).orElseThrow(() -> new ProblemException.NotFound("task", taskId)));
    }

    @PATCH
    @Path("/{taskId}")
    @ChangesProject({ ProjectRole.MANAGER, ProjectRole.MEMBER })
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Operation(operationId = "updateTask", summary = "Change a task",
            description = "JSON merge patch; requires If-Match. Use the move action to change its place in the tree. "
                    + "The project is rescheduled in the same transaction. Managers and members.")
    @APIResponse(responseCode = "200", description = "The changed task",
            headers = @Header(name = "ETag", description = "The task's new version"),
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    @APIResponse(responseCode = "409", description = "The project is closed or cancelled (project-not-editable)")
    public Response update(@PathParam("projectId") UUID projectId, @PathParam("taskId") UUID taskId,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag last read", example = "\"0\"") String ifMatch,
            @NotNull @Valid UpdateTaskRequest request) {
        return ok(tasks.update(projectId, taskId, IfMatch.of(ifMatch), request)
                .orElseThrow(() -> new ProblemException.NotFound("task", taskId)));
    }

    @POST
    @Path("/{taskId}/move")
    @ChangesProject({ ProjectRole.MANAGER, ProjectRole.MEMBER })
    @Operation(operationId = "moveTask", summary = "Move a task with its subtree",
            description = "Places the task (and everything beneath it) under `parentId` (top level when absent) at "
                    + "`position`; outline numbers follow. A task cannot move beneath itself. Managers and members.")
    @APIResponse(responseCode = "200", description = "The moved task",
            headers = @Header(name = "ETag", description = "The task's new version"),
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    @APIResponse(responseCode = "409", description = "The move would create a dependency cycle through a summary "
            + "task (dependency-cycle), the new parent has resources assigned (task-has-assignments), or the project "
            + "is closed (project-not-editable)")
    public Response move(@PathParam("projectId") UUID projectId, @PathParam("taskId") UUID taskId,
            @NotNull @Valid MoveTaskRequest request) {
        return ok(tasks.move(projectId, taskId, request)
                .orElseThrow(() -> new ProblemException.NotFound("task", taskId)));
    }

    @DELETE
    @Path("/{taskId}")
    @ChangesProject({ ProjectRole.MANAGER, ProjectRole.MEMBER })
    @Operation(operationId = "deleteTask", summary = "Delete a task with its subtree",
            description = "Deletes the task, every task beneath it, every dependency touching them and their "
                    + "assignments (each announced as TaskAssignmentRemoved); later siblings move up. Managers and "
                    + "members.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "The project is closed or cancelled (project-not-editable)")
    public Response delete(@PathParam("projectId") UUID projectId, @PathParam("taskId") UUID taskId) {
        if (!tasks.delete(projectId, taskId)) {
            throw new ProblemException.NotFound("task", taskId);
        }
        return Response.noContent().build();
    }

    private static Response ok(TaskView view) {
        return Responses.tagged(view, view.version());
    }
}
