package io.implementa.project.report;

import io.implementa.platform.events.EventType;
import io.implementa.platform.people.PersonRef;
import io.implementa.project.health.Health;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** What status reports tell the suite. Key: the project id; subject: the report id. */
public final class StatusReportEvents {

    private StatusReportEvents() {
    }

    /** A report was published; carries the whole report so that it can be sent on without calling back. */
    @EventType("io.implementa.project.StatusReportPublished")
    public record StatusReportPublished(
            @NotNull UUID projectId,
            @NotNull String projectKey,
            @NotNull String projectName,
            @NotNull UUID reportId,
            @NotNull LocalDate periodStart,
            @NotNull LocalDate periodEnd,
            String summary,
            String accomplishments,
            String nextSteps,
            String issues,
            String decisionsNeeded,
            @NotNull @Valid Health health,
            String overrideReason,
            @NotNull PersonRef publishedBy,
            @NotNull Instant publishedAt) {
    }
}
