package io.implementa.resource.allocation;

import io.implementa.platform.events.EventType;
import io.implementa.platform.inbox.EventHandler;
import io.implementa.platform.inbox.IncomingEvent;
import io.implementa.resource.allocation.TaskAllocations.AssignmentState;
import io.implementa.resource.allocation.TaskAllocations.ScheduledTask;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The project-service's task assignments and schedule: each assignment becomes a task allocation that moves
 * with its task. Keyed by the project id, so one project's events apply in order; the inbox makes them
 * idempotent. Only the fields needed are read.
 */
public final class TaskHandlers {

    private TaskHandlers() {
    }

    /** The fields the three assignment events share ({@code Removed} carries the last state). */
    interface Assignment {
        UUID projectId();

        String projectKey();

        UUID assignmentId();

        UUID taskId();

        String taskName();

        UUID resourceId();

        BigDecimal units();

        BigDecimal workHours();

        LocalDate start();

        LocalDate finish();

        boolean critical();

        default AssignmentState state(boolean removed) {
            return new AssignmentState(projectId(), projectKey(), assignmentId(), taskId(), taskName(), resourceId(),
                    units(), workHours(), start(), finish(), critical(), removed);
        }
    }

    @EventType("io.implementa.project.TaskAssignmentAdded")
    public record TaskAssignmentAdded(@NotNull UUID projectId, @NotBlank String projectKey,
            @NotNull UUID assignmentId, @NotNull UUID taskId, @NotBlank String taskName, @NotNull UUID resourceId,
            BigDecimal units, BigDecimal workHours, LocalDate start, LocalDate finish, boolean critical)
            implements Assignment {
    }

    @EventType("io.implementa.project.TaskAssignmentChanged")
    public record TaskAssignmentChanged(@NotNull UUID projectId, @NotBlank String projectKey,
            @NotNull UUID assignmentId, @NotNull UUID taskId, @NotBlank String taskName, @NotNull UUID resourceId,
            BigDecimal units, BigDecimal workHours, LocalDate start, LocalDate finish, boolean critical)
            implements Assignment {
    }

    @EventType("io.implementa.project.TaskAssignmentRemoved")
    public record TaskAssignmentRemoved(@NotNull UUID projectId, @NotBlank String projectKey,
            @NotNull UUID assignmentId, @NotNull UUID taskId, @NotBlank String taskName, @NotNull UUID resourceId,
            BigDecimal units, BigDecimal workHours, LocalDate start, LocalDate finish, boolean critical)
            implements Assignment {
    }

    public record RecomputedTask(@NotNull UUID taskId, LocalDate start, LocalDate finish, boolean critical,
            Integer totalFloat) {
    }

    @EventType("io.implementa.project.ScheduleRecomputed")
    public record ScheduleRecomputed(@NotNull UUID projectId, @NotNull List<@Valid @NotNull RecomputedTask> tasks,
            List<@NotNull UUID> removedTaskIds) {
    }

    @ApplicationScoped
    static class OnAssignmentAdded implements EventHandler<TaskAssignmentAdded> {
        private final TaskAllocations tasks;

        OnAssignmentAdded(TaskAllocations tasks) {
            this.tasks = tasks;
        }

        @Override
        public Class<TaskAssignmentAdded> payloadType() {
            return TaskAssignmentAdded.class;
        }

        @Override
        public void handle(IncomingEvent<TaskAssignmentAdded> event) {
            tasks.assignmentAnnounced(event.payload().state(false));
        }
    }

    @ApplicationScoped
    static class OnAssignmentChanged implements EventHandler<TaskAssignmentChanged> {
        private final TaskAllocations tasks;

        OnAssignmentChanged(TaskAllocations tasks) {
            this.tasks = tasks;
        }

        @Override
        public Class<TaskAssignmentChanged> payloadType() {
            return TaskAssignmentChanged.class;
        }

        @Override
        public void handle(IncomingEvent<TaskAssignmentChanged> event) {
            tasks.assignmentAnnounced(event.payload().state(false));
        }
    }

    @ApplicationScoped
    static class OnAssignmentRemoved implements EventHandler<TaskAssignmentRemoved> {
        private final TaskAllocations tasks;

        OnAssignmentRemoved(TaskAllocations tasks) {
            this.tasks = tasks;
        }

        @Override
        public Class<TaskAssignmentRemoved> payloadType() {
            return TaskAssignmentRemoved.class;
        }

        @Override
        public void handle(IncomingEvent<TaskAssignmentRemoved> event) {
            tasks.assignmentAnnounced(event.payload().state(true));
        }
    }

    @ApplicationScoped
    static class OnScheduleRecomputed implements EventHandler<ScheduleRecomputed> {
        private final TaskAllocations tasks;

        OnScheduleRecomputed(TaskAllocations tasks) {
            this.tasks = tasks;
        }

        @Override
        public Class<ScheduleRecomputed> payloadType() {
            return ScheduleRecomputed.class;
        }

        @Override
        public void handle(IncomingEvent<ScheduleRecomputed> event) {
            ScheduleRecomputed recomputed = event.payload();
            tasks.scheduleRecomputed(recomputed.projectId(), recomputed.tasks().stream()
                    .map(t -> new ScheduledTask(t.taskId(), t.start(), t.finish(), t.critical(), t.totalFloat()))
                    .toList(), recomputed.removedTaskIds() == null ? List.of() : recomputed.removedTaskIds());
        }
    }
}
