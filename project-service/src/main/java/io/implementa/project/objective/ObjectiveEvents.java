package io.implementa.project.objective;

import io.implementa.platform.events.EventType;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** What objectives tell the suite. Keyed by project id, subject = the objective id. */
public final class ObjectiveEvents {

    private ObjectiveEvents() {
    }

    /** An objective was defined or changed: its whole state, so a consumer needs no earlier event. */
    @EventType("io.implementa.project.ObjectiveUpdated")
    public record ObjectiveUpdated(
            @NotNull UUID objectiveId,
            @NotNull UUID projectId,
            @NotNull String projectKey,
            @NotNull String title,
            String metric,
            String unit,
            BigDecimal baseline,
            BigDecimal target,
            BigDecimal actual,
            LocalDate dueDate,
            @NotNull ObjectiveStatus status) {

        static ObjectiveUpdated of(Objective o, String projectKey) {
            return new ObjectiveUpdated(o.id, o.projectId, projectKey, o.title, o.metric, o.unit,
                    Objective.tidy(o.baseline), Objective.tidy(o.target), Objective.tidy(o.actual), o.dueDate,
                    o.status);
        }
    }

    /** An objective was deleted; consumers drop it. */
    @EventType("io.implementa.project.ObjectiveRemoved")
    public record ObjectiveRemoved(
            @NotNull UUID objectiveId,
            @NotNull UUID projectId,
            @NotNull String projectKey,
            @NotNull String title) {
    }
}
