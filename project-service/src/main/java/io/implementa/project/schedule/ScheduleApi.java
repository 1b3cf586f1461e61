package io.implementa.project.schedule;

import io.implementa.project.task.TaskKind;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The schedule's payloads. */
public final class ScheduleApi {

    private ScheduleApi() {
    }

    @Schema(name = "ScheduledTask")
    public record ScheduledTaskView(
            UUID taskId,
            @Schema(example = "1.2") String outline,
            String name,
            TaskKind kind,
            LocalDate start,
            LocalDate finish,
            LocalDate earlyStart,
            LocalDate earlyFinish,
            LocalDate lateStart,
            LocalDate lateFinish,
            @Schema(description = "Working days; negative when a constraint or deadline cannot be met") Integer totalFloat,
            Integer freeFloat,
            boolean critical) {
    }

    @Schema(name = "ProjectSchedule")
    public record ScheduleView(
            UUID projectId,
            LocalDate projectStart,
            @Schema(description = "Remaining work is scheduled from this date; null: from the project start")
            LocalDate statusDate,
            @Schema(description = "Null while the project has no tasks") LocalDate projectFinish,
            @Schema(description = "Chains of critical leaf tasks, each as task ids in link order (at most 20)")
            List<List<UUID>> criticalPaths,
            @Schema(description = "In outline order") List<ScheduledTaskView> tasks) {
    }

    @Schema(name = "StatusDateRequest")
    public record StatusDateRequest(
            @Schema(description = "Null clears it", example = "2027-03-01") LocalDate statusDate) {
    }

    /** Why a task has negative float: its own constraint or deadline cannot be met. */
    @Schema(name = "ScheduleConflictReason")
    public record ConflictReason(
            @Schema(description = "CONSTRAINT or DEADLINE", example = "CONSTRAINT") String kind,
            @Schema(description = "For CONSTRAINT: SNLT, FNLT, MSO or MFO", example = "FNLT")
            io.implementa.project.schedule.engine.ConstraintType constraintType,
            @Schema(description = "The constraint date or the deadline", example = "2027-03-01") LocalDate date,
            @Schema(description = "The earliest date the network allows against it", example = "2027-03-05")
            LocalDate earliest,
            @Schema(example = "finishes 2027-03-05 at the earliest, after its finish-no-later-than date 2027-03-01")
            String detail) {
    }

    @Schema(name = "ScheduleConflict", description = "A task with negative total float")
    public record ConflictView(
            UUID taskId,
            @Schema(example = "2.3") String outline,
            String name,
            TaskKind kind,
            LocalDate start,
            LocalDate finish,
            @Schema(description = "Working days, negative", example = "-3") int totalFloat,
            @Schema(description = "Its own constraint or deadline that cannot be met; empty when the float comes "
                    + "only from tasks after it or above it") List<ConflictReason> reasons,
            @Schema(description = "Other tasks with conflicts of their own that this task's float comes from: "
                    + "successors (following the links, as far as float stays negative) and summary tasks above it")
            List<UUID> drivenBy) {
    }

    @Schema(name = "ScheduleConflicts")
    public record ConflictsView(
            UUID projectId,
            @Schema(description = "In outline order; empty when every constraint and deadline can be met")
            List<ConflictView> conflicts) {
    }
}
