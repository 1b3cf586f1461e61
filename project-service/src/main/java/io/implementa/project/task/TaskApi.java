package io.implementa.project.task;

import io.implementa.project.schedule.engine.ConstraintType;
import io.implementa.project.schedule.engine.LinkType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The work breakdown and dependency payloads of the REST API. */
public final class TaskApi {

    private TaskApi() {
    }

    static final int MAX_DAYS = 100_000;

    @Schema(name = "ThreePointEstimate", description = "Working days; optimistic <= mostLikely <= pessimistic")
    public record Estimate(
            @NotNull @PositiveOrZero @Schema(example = "4") BigDecimal optimistic,
            @NotNull @PositiveOrZero @Schema(example = "5") BigDecimal mostLikely,
            @NotNull @PositiveOrZero @Schema(example = "9") BigDecimal pessimistic) {
    }

    @Schema(name = "TaskConstraint")
    public record Constraint(
            @NotNull @Schema(example = "SNET") ConstraintType type,
            @Schema(description = "Required for every type but ASAP and ALAP", example = "2027-03-01") LocalDate date) {
    }

    @Schema(name = "CreateTaskRequest")
    public record CreateTaskRequest(
            @Schema(description = "The summary task to place it under; top level when absent") UUID parentId,
            @Min(0) @Schema(description = "0-based rank among its siblings; appended when absent", example = "0")
            Integer position,
            @NotBlank @Size(max = 200) @Schema(example = "Configure general ledger") String name,
            @Size(max = 4000) String description,
            @Schema(description = "MILESTONE forces duration 0; SUMMARY is not accepted (a task becomes one when "
                    + "it gets children)", example = "TASK") TaskKind kind,
            @Min(0) @Max(MAX_DAYS) @Schema(description = "Working days; 0 for a milestone", example = "5")
            Integer duration,
            @Valid Estimate estimate,
            @PositiveOrZero @Schema(example = "40") BigDecimal effortHours,
            @Min(0) @Max(100) Integer percentComplete,
            LocalDate actualStart,
            LocalDate actualFinish,
            TaskStatus status,
            @Valid Constraint constraint,
            @Schema(description = "Finish date to meet; missing it shows as negative float") LocalDate deadline) {
    }

    /** A merge patch: absent fields stay, {@code null} clears an optional one. Use move to re-parent. */
    @Schema(name = "UpdateTaskRequest")
    public record UpdateTaskRequest(
            Optional<@NotBlank @Size(max = 200) String> name,
            Optional<@Size(max = 4000) String> description,
            Optional<@Min(0) @Max(MAX_DAYS) Integer> duration,
            Optional<@Valid Estimate> estimate,
            Optional<@PositiveOrZero BigDecimal> effortHours,
            Optional<@Min(0) @Max(100) Integer> percentComplete,
            Optional<LocalDate> actualStart,
            Optional<LocalDate> actualFinish,
            Optional<TaskStatus> status,
            Optional<@Valid Constraint> constraint,
            Optional<LocalDate> deadline) {
    }

    @Schema(name = "MoveTaskRequest")
    public record MoveTaskRequest(
            @Schema(description = "New parent; top level when absent") UUID parentId,
            @Min(0) @Schema(description = "0-based rank among the new siblings; appended when absent") Integer position) {
    }

    @Schema(name = "TaskScheduleFields", description = "What the scheduler computed; null before the first schedule")
    public record ScheduleFields(
            LocalDate start,
            LocalDate finish,
            LocalDate earlyStart,
            LocalDate earlyFinish,
            LocalDate lateStart,
            LocalDate lateFinish,
            @Schema(description = "Working days; negative when a constraint or deadline cannot be met")
            Integer totalFloat,
            Integer freeFloat,
            boolean critical) {
    }

    @Schema(name = "Task")
    public record TaskView(
            UUID id,
            UUID projectId,
            UUID parentId,
            @Schema(example = "1.2.3") String outline,
            int position,
            TaskKind kind,
            String name,
            String description,
            @Schema(description = "Working days (a summary: its rolled-up span)") int duration,
            Estimate estimate,
            @Schema(description = "PERT (o + 4m + p) / 6") BigDecimal expectedDuration,
            @Schema(description = "A summary: the sum of its subtasks") BigDecimal effortHours,
            @Schema(description = "A summary: duration-weighted over its subtasks") int percentComplete,
            LocalDate actualStart,
            LocalDate actualFinish,
            TaskStatus status,
            Constraint constraint,
            LocalDate deadline,
            ScheduleFields schedule,
            Instant createdAt,
            Instant updatedAt,
            @Schema(description = "Entity version; the ETag carries the same value") long version) {
    }

    @Schema(name = "TaskPage")
    public record TaskPage(List<TaskView> items, int page, int size, long totalItems, int totalPages) {
    }

    @Schema(name = "CreateDependencyRequest")
    public record CreateDependencyRequest(
            @NotNull UUID predecessorId,
            @NotNull UUID successorId,
            @Schema(description = "FS when absent", example = "FS") LinkType type,
            @Min(-MAX_DAYS) @Max(MAX_DAYS) @Schema(description = "Working days; negative for a lead", example = "2")
            Integer lag) {
    }

    @Schema(name = "UpdateDependencyRequest")
    public record UpdateDependencyRequest(
            Optional<LinkType> type,
            Optional<@Min(-MAX_DAYS) @Max(MAX_DAYS) Integer> lag) {
    }

    @Schema(name = "Dependency")
    public record DependencyView(UUID id, UUID projectId, UUID predecessorId, UUID successorId, LinkType type,
            int lag, Instant createdAt, long version) {
        static DependencyView of(Dependency d) {
            return new DependencyView(d.id, d.projectId, d.predecessorId, d.successorId, d.type, d.lag, d.createdAt,
                    d.version);
        }
    }

    @Schema(name = "DependencyPage")
    public record DependencyPage(List<DependencyView> items, int page, int size, long totalItems, int totalPages) {
    }
}
