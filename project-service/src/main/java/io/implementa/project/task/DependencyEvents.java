package io.implementa.project.task;

import io.implementa.platform.events.EventType;
import io.implementa.platform.people.PersonRef;
import io.implementa.project.project.Project;
import io.implementa.project.schedule.engine.LinkType;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * What direct edits of dependencies tell the suite; the dates that follow come in the schedule events.
 * Keyed by project id; subject = the dependency id. Links deleted with a task are covered by its TaskDeleted.
 */
public final class DependencyEvents {

    private DependencyEvents() {
    }

    @EventType("io.implementa.project.DependencyAdded")
    public record DependencyAdded(
            @NotNull UUID projectId,
            @NotNull String projectKey,
            @NotNull UUID dependencyId,
            @NotNull UUID predecessorTaskId,
            @NotNull UUID successorTaskId,
            @NotNull LinkType type,
            int lagDays,
            PersonRef changedBy) {

        static DependencyAdded of(Project p, Dependency d, PersonRef by) {
            return new DependencyAdded(p.id, p.key, d.id, d.predecessorId, d.successorId, d.type, d.lag, by);
        }
    }

    /** Its type or lag changed; the whole state after the change. */
    @EventType("io.implementa.project.DependencyChanged")
    public record DependencyChanged(
            @NotNull UUID projectId,
            @NotNull String projectKey,
            @NotNull UUID dependencyId,
            @NotNull UUID predecessorTaskId,
            @NotNull UUID successorTaskId,
            @NotNull LinkType type,
            int lagDays,
            PersonRef changedBy) {

        static DependencyChanged of(Project p, Dependency d, PersonRef by) {
            return new DependencyChanged(p.id, p.key, d.id, d.predecessorId, d.successorId, d.type, d.lag, by);
        }
    }

    /** Removed directly; carries its last state. */
    @EventType("io.implementa.project.DependencyRemoved")
    public record DependencyRemoved(
            @NotNull UUID projectId,
            @NotNull String projectKey,
            @NotNull UUID dependencyId,
            @NotNull UUID predecessorTaskId,
            @NotNull UUID successorTaskId,
            @NotNull LinkType type,
            int lagDays,
            PersonRef changedBy) {

        static DependencyRemoved of(Project p, Dependency d, PersonRef by) {
            return new DependencyRemoved(p.id, p.key, d.id, d.predecessorId, d.successorId, d.type, d.lag, by);
        }
    }
}
