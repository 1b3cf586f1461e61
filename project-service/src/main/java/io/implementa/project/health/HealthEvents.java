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

    /** What moved the health. */
    public enum Cause {
        /** A status report was published with this health. */
        REPORT_PUBLISHED,
        /** The health proposed from the project's data changed (an event of another service, e.g. risks). */
        DATA_CHANGED
    }

    /**
     * The project's current health changed (previous null before the first): a published status report gave it
     * another health, or the health proposed from its data changed. {@code cause} is optional (absent in events
     * from before it was added).
     */
    @EventType("io.implementa.project.ProjectHealthChanged")
    public record ProjectHealthChanged(
            @NotNull UUID projectId,
            @NotNull String projectKey,
            @Valid Health previous,
            @NotNull @Valid Health current,
            @NotNull Instant changedAt,
            Cause cause) {
    }
}
