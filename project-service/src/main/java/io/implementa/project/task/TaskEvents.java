package io.implementa.project.task;

import io.implementa.platform.events.EventType;
import io.implementa.platform.people.PersonRef;
import io.implementa.project.schedule.engine.ConstraintType;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What direct edits of the work breakdown tell the suite; the dates that follow from them come in the
 * schedule events. Keyed by project id; subject = the task id.
 */
public final class TaskEvents {

    private TaskEvents() {
    }

    /** The task's planned state, as carried by TaskCreated and TaskUpdated. */
    public record TaskState(
            @NotNull String name,
            String description,
            UUID parentId,
            @NotNull String outline,
            @NotNull TaskKind kind,
            int duration,
            BigDecimal optimistic,
            BigDecimal mostLikely,
            BigDecimal pessimistic,
            BigDecimal effortHours,
            int percentComplete,
            LocalDate actualStart,
            LocalDate actualFinish,
            @NotNull TaskStatus status,
            @NotNull ConstraintType constraintType,
            LocalDate constraintDate,
            LocalDate deadline) {

        public static TaskState of(Task t, Wbs wbs) {
            return new TaskState(t.name, t.description, t.parentId, wbs.outline(t.id), wbs.kind(t), t.duration,
                    t.optimistic, t.mostLikely, t.pessimistic, t.effortHours, t.percentComplete, t.actualStart,
                    t.actualFinish, t.status, t.constraintType, t.constraintDate, t.deadline);
        }
    }

    @EventType("io.implementa.project.TaskCreated")
    public record TaskCreated(
            @NotNull UUID taskId,
            @NotNull UUID projectId,
            @NotNull String projectKey,
            @NotNull TaskState task,
            PersonRef createdBy) {
    }

    /** After an edit or a move; the whole state, so consumers need no earlier event. */
    @EventType("io.implementa.project.TaskUpdated")
    public record TaskUpdated(
            @NotNull UUID taskId,
            @NotNull UUID projectId,
            @NotNull String projectKey,
            @NotNull TaskState task,
            PersonRef updatedBy) {
    }

    /** Deleted directly or with the summary above it. */
    @EventType("io.implementa.project.TaskDeleted")
    public record TaskDeleted(
            @NotNull UUID taskId,
            @NotNull UUID projectId,
            @NotNull String projectKey,
            @NotNull String name,
            UUID parentId,
            PersonRef deletedBy) {
    }
}
