package io.implementa.project.task;

import io.implementa.project.schedule.engine.LinkType;
import io.implementa.project.task.TaskApi.Constraint;
import io.implementa.project.task.TaskApi.Estimate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Payloads of bulk planning: many tasks, links and assignments in one request. */
public final class BulkPlanApi {

    private BulkPlanApi() {
    }

    /** Most tasks, most links and most assignments one request may carry. */
    public static final int MAX_ITEMS = 10_000;

    @Schema(name = "BulkPlanRequest", description = "Applied in one transaction: everything or nothing")
    public record BulkPlanRequest(
            @Size(max = MAX_ITEMS) List<@NotNull @Valid BulkTask> tasks,
            @Size(max = MAX_ITEMS) List<@NotNull @Valid BulkDependency> dependencies,
            @Size(max = MAX_ITEMS) List<@NotNull @Valid BulkAssignment> assignments) {
    }

    @Schema(name = "BulkTask", description = "Without `id`: a new task (appended under its parent in request order). "
            + "With `id`: an existing task of the project whose given fields are set (absent or null ones stay; "
            + "clearing a field and re-parenting are single-task operations).")
    public record BulkTask(
            @Size(max = 100) @Schema(description = "A name of this item that `parent`, `predecessor` and `successor` "
                    + "may use, unique in the request", example = "t1") String ref,
            @Schema(description = "An existing task to update") UUID id,
            @Size(max = 100) @Schema(description = "New tasks only: the ref of a task of this request or the id of a "
                    + "task of the project; top level when absent", example = "t0") String parent,
            @Size(max = 200) @Schema(description = "Required for a new task", example = "Configure general ledger")
            String name,
            @Size(max = 4000) String description,
            @Schema(description = "TASK or MILESTONE (new tasks)") TaskKind kind,
            @Min(0) @Max(TaskApi.MAX_DAYS) Integer duration,
            @Valid Estimate estimate,
            @PositiveOrZero BigDecimal effortHours,
            @Valid Constraint constraint,
            LocalDate deadline) {
    }

    @Schema(name = "BulkDependency", description = "A new link; each end is a ref of this request or a task id")
    public record BulkDependency(
            @NotBlank @Size(max = 100) @Schema(example = "t1") String predecessor,
            @NotBlank @Size(max = 100) @Schema(example = "t2") String successor,
            @Schema(description = "FS when absent") LinkType type,
            @Min(-TaskApi.MAX_DAYS) @Max(TaskApi.MAX_DAYS) Integer lag) {
    }

    @Schema(name = "BulkAssignment", description = "A new assignment of a resource to a leaf task, with exactly one of "
            + "units and workHours, as for single assignments; one per task and resource")
    public record BulkAssignment(
            @NotBlank @Size(max = 100) @Schema(description = "A ref of this request or a task id", example = "t1")
            String task,
            @NotNull @Schema(description = "A resource of the resource-service (not checked there)",
                    example = "4b3f2c1d-0e9f-4a8b-9c7d-6e5f4a3b2c1d") UUID resourceId,
            @Schema(description = "Percent of the resource's time, more than 0 and at most 1000", example = "50")
            BigDecimal units,
            @Schema(description = "Work hours on the task, more than 0") BigDecimal workHours) {
    }

    @Schema(name = "BulkPlanResult")
    public record BulkPlanResult(
            UUID projectId,
            int tasksCreated,
            int tasksUpdated,
            int dependenciesCreated,
            int assignmentsCreated,
            @Schema(description = "The task id of every ref of the request") Map<String, UUID> refs,
            @Schema(description = "After the one recompute; null while the project has no tasks")
            LocalDate projectFinish) {
    }
}
