package io.implementa.notification.rule;

import io.implementa.platform.events.EventType;
import io.implementa.platform.people.PersonRef;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;

/**
 * The other services' events the built-in rules notify about, as this service reads them: only the fields the
 * messages use (the reader ignores the others). The platform checks the constraints before a handler runs.
 */
public final class RuleEvents {

    private RuleEvents() {
    }

    @EventType("io.implementa.project.ProjectPhaseAdvanced")
    public record ProjectPhaseAdvanced(
            @NotNull UUID projectId,
            @NotBlank String projectKey,
            @NotBlank String fromPhase,
            @NotBlank String toPhase,
            @NotBlank String status,
            @NotNull @Valid PersonRef by,
            boolean waived,
            Instant at) {
    }

    @EventType("io.implementa.project.ProjectClosed")
    public record ProjectClosed(
            @NotNull UUID projectId,
            @NotBlank String projectKey,
            boolean waived,
            @NotNull @Valid PersonRef by,
            Instant closedAt) {
    }

    @EventType("io.implementa.risk.RiskIdentified")
    public record RiskIdentified(
            @NotNull UUID riskId,
            String riskKey,
            @NotNull UUID projectId,
            String projectKey,
            @NotBlank String title,
            String category,
            int probability,
            int impact,
            int score,
            @Valid PersonRef owner) {
    }
}
