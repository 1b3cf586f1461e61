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
}
