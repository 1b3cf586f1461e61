package io.implementa.project.health;

import io.implementa.platform.events.EventType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;

/** What a project's health tells the suite. Key and subject: the project id. */
public final class HealthEvents {

    private HealthEvents() {
    }

    /** A published status report gave the project another health than the one before (null before the first). */
    @EventType("io.implementa.project.ProjectHealthChanged")
    public record ProjectHealthChanged(
            @NotNull UUID projectId,
            @NotNull String projectKey,
            @Valid Health previous,
            @NotNull @Valid Health current,
            @NotNull Instant changedAt) {
    }
}
