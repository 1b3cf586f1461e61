package io.implementa.project.task;

import io.implementa.platform.events.EventType;
import io.implementa.platform.people.PersonRef;
import io.implementa.project.project.Project;
import io.implementa.project.schedule.TaskSchedule;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What changes to task assignments tell the suite (the resource-service derives task allocations from them).
 * Keyed by project id; subject = the assignment id. Each carries the assignment's whole state with the task's
 * scheduled dates and critical flag at the time; later date changes come in ScheduleRecomputed.
 */
public final class AssignmentEvents {

    private AssignmentEvents() {
    }

    @EventType("io.implementa.project.TaskAssignmentAdded")
    public record TaskAssignmentAdded(
            @NotNull UUID projectId,
            @NotNull String projectKey,
            @NotNull UUID assignmentId,
            @NotNull UUID taskId,
            @NotNull String taskName,
            @NotNull UUID resourceId,
            BigDecimal units,
            BigDecimal workHours,
            LocalDate start,
            LocalDate finish,
            boolean critical,
            PersonRef changedBy) {
    }

    /** Units or work hours changed. */
    @EventType("io.implementa.project.TaskAssignmentChanged")
    public record TaskAssignmentChanged(
            @NotNull UUID projectId,
            @NotNull String projectKey,
            @NotNull UUID assignmentId,
            @NotNull UUID taskId,
            @NotNull String taskName,
            @NotNull UUID resourceId,
            BigDecimal units,
            BigDecimal workHours,
            LocalDate start,
            LocalDate finish,
            boolean critical,
            PersonRef changedBy) {
    }

    /** Removed directly or with its task; carries the last state. */
    @EventType("io.implementa.project.TaskAssignmentRemoved")
    public record TaskAssignmentRemoved(
            @NotNull UUID projectId,
            @NotNull String projectKey,
            @NotNull UUID assignmentId,
            @NotNull UUID taskId,
            @NotNull String taskName,
            @NotNull UUID resourceId,
            BigDecimal units,
            BigDecimal workHours,
            LocalDate start,
            LocalDate finish,
            boolean critical,
            PersonRef changedBy) {
    }

    static TaskAssignmentAdded added(Project p, Assignment a, Task t, TaskSchedule s, PersonRef by) {
        return new TaskAssignmentAdded(p.id, p.key, a.id, t.id, t.name, a.resourceId, a.units, a.workHours,
                s == null ? null : s.start, s == null ? null : s.finish, s != null && s.critical, by);
    }

    static TaskAssignmentChanged changed(Project p, Assignment a, Task t, TaskSchedule s, PersonRef by) {
        return new TaskAssignmentChanged(p.id, p.key, a.id, t.id, t.name, a.resourceId, a.units, a.workHours,
                s == null ? null : s.start, s == null ? null : s.finish, s != null && s.critical, by);
    }

    static TaskAssignmentRemoved removed(Project p, Assignment a, Task t, TaskSchedule s, PersonRef by) {
        return new TaskAssignmentRemoved(p.id, p.key, a.id, t.id, t.name, a.resourceId, a.units, a.workHours,
                s == null ? null : s.start, s == null ? null : s.finish, s != null && s.critical, by);
    }
}
