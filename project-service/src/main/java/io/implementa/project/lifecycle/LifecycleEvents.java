package io.implementa.project.lifecycle;

import io.implementa.platform.events.EventType;
import io.implementa.platform.people.PersonRef;
import io.implementa.project.gate.Gate;
import io.implementa.project.project.Phase;
import io.implementa.project.project.ProjectStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a project's way through its phases and statuses tells the suite. Keyed by project id, subject the
 * project id; consumers close risk registers and release allocations on {@link ProjectClosed} and
 * {@link ProjectCancelled}.
 */
public final class LifecycleEvents {

    private LifecycleEvents() {
    }

    /**
     * A gate was passed (every gate, CLOSE_PROJECT included, where {@code toPhase} stays CLOSURE and
     * {@code status} becomes CLOSED).
     */
    @EventType("io.implementa.project.ProjectPhaseAdvanced")
    public record ProjectPhaseAdvanced(
            @NotNull UUID projectId,
            @NotBlank String projectKey,
            @NotNull UUID transitionId,
            @NotNull Gate gate,
            @NotNull Phase fromPhase,
            @NotNull Phase toPhase,
            @NotNull ProjectStatus status,
            @NotNull List<Phase> activePhases,
            @NotNull PersonRef by,
            boolean waived,
            @NotNull Instant at) {
    }

    /** A gate was passed although criteria did not hold; published before the matching ProjectPhaseAdvanced. */
    @EventType("io.implementa.project.GateWaived")
    public record GateWaived(
            @NotNull UUID projectId,
            @NotBlank String projectKey,
            @NotNull UUID transitionId,
            @NotNull Gate gate,
            @NotBlank String reason,
            @NotNull List<String> waivedCriteria,
            @NotNull PersonRef by,
            @NotNull Instant at) {
    }

    @EventType("io.implementa.project.ProjectPutOnHold")
    public record ProjectPutOnHold(
            @NotNull UUID projectId,
            @NotBlank String projectKey,
            @NotNull Phase phase,
            @NotBlank String reason,
            @NotNull PersonRef by,
            @NotNull Instant at) {
    }

    @EventType("io.implementa.project.ProjectResumed")
    public record ProjectResumed(
            @NotNull UUID projectId,
            @NotBlank String projectKey,
            @NotNull Phase phase,
            String reason,
            @NotNull PersonRef by,
            @NotNull Instant at) {
    }

    @EventType("io.implementa.project.ProjectCancelled")
    public record ProjectCancelled(
            @NotNull UUID projectId,
            @NotBlank String projectKey,
            @NotNull Phase phase,
            @NotNull ProjectStatus previousStatus,
            @NotBlank String reason,
            @NotNull PersonRef by,
            @NotNull Instant cancelledAt) {
    }

    /** The CLOSE_PROJECT gate was passed: the project is closed and read-only from now on. */
    @EventType("io.implementa.project.ProjectClosed")
    public record ProjectClosed(
            @NotNull UUID projectId,
            @NotBlank String projectKey,
            @NotNull UUID transitionId,
            boolean waived,
            @NotNull PersonRef by,
            @NotNull Instant closedAt) {
    }
}
