package io.implementa.project.schedule;

import io.implementa.platform.events.EventType;
import io.implementa.platform.people.PersonRef;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the scheduler tells the suite after a recompute: only what changed. Keyed by project id. A
 * recompute that changes no date, float or critical flag publishes nothing.
 */
public final class ScheduleEvents {

    private ScheduleEvents() {
    }

    /** Tasks per {@link ScheduleRecomputed} record. */
    public static final int CHUNK_SIZE = 500;

    /** One task whose dates, float or criticality changed; previous values are null for a new task. */
    public record TaskScheduleDelta(
            @NotNull UUID taskId,
            @NotNull String name,
            LocalDate start,
            LocalDate finish,
            LocalDate earlyStart,
            LocalDate earlyFinish,
            LocalDate lateStart,
            LocalDate lateFinish,
            int totalFloat,
            int freeFloat,
            boolean critical,
            LocalDate previousStart,
            LocalDate previousFinish,
            Integer previousTotalFloat,
            Boolean previousCritical) {
    }

    /**
     * The delta of one recompute, split into chunks of at most 500 tasks: records with the same
     * {@code recomputeId} belong together ({@code chunk} from 0 to {@code chunkCount − 1}).
     */
    @EventType("io.implementa.project.ScheduleRecomputed")
    public record ScheduleRecomputed(
            @NotNull UUID projectId,
            @NotNull String projectKey,
            @NotNull UUID recomputeId,
            int chunk,
            int chunkCount,
            LocalDate previousProjectFinish,
            LocalDate projectFinish,
            @NotNull List<TaskScheduleDelta> tasks,
            @NotNull List<UUID> removedTaskIds,
            PersonRef recomputedBy,
            @NotNull Instant recomputedAt) {
    }

    /** A milestone's scheduled date changed. */
    @EventType("io.implementa.project.MilestoneMoved")
    public record MilestoneMoved(
            @NotNull UUID projectId,
            @NotNull String projectKey,
            @NotNull UUID taskId,
            @NotNull String name,
            @NotNull LocalDate previousDate,
            @NotNull LocalDate date,
            LocalDate deadline,
            boolean critical,
            PersonRef movedBy) {
    }

    /** The set of critical (leaf) tasks changed. */
    @EventType("io.implementa.project.CriticalPathChanged")
    public record CriticalPathChanged(
            @NotNull UUID projectId,
            @NotNull String projectKey,
            @NotNull List<UUID> criticalTaskIds,
            @NotNull List<UUID> becameCritical,
            @NotNull List<UUID> noLongerCritical,
            LocalDate projectFinish,
            PersonRef changedBy) {
    }

    /** A milestone that is not done is scheduled today or within the configured days ahead. */
    @EventType("io.implementa.project.MilestoneDueSoon")
    public record MilestoneDueSoon(
            @NotNull UUID projectId,
            @NotNull String projectKey,
            @NotNull UUID taskId,
            @NotNull String name,
            @NotNull LocalDate date,
            LocalDate deadline,
            PersonRef manager,
            PersonRef sponsor) {
    }

    /** A milestone that is not done has passed its scheduled date or its deadline. */
    @EventType("io.implementa.project.MilestoneMissed")
    public record MilestoneMissed(
            @NotNull UUID projectId,
            @NotNull String projectKey,
            @NotNull UUID taskId,
            @NotNull String name,
            @NotNull LocalDate date,
            LocalDate deadline,
            PersonRef manager,
            PersonRef sponsor) {
    }
}
