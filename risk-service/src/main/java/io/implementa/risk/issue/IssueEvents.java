package io.implementa.risk.issue;

import io.implementa.platform.events.EventType;
import io.implementa.platform.people.PersonRef;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** What the issue log tells the suite. Schemas: {@code docs/events.md}. */
public final class IssueEvents {

    private IssueEvents() {
    }

    /** An issue was raised: directly, or by a risk that occurred (then riskId and riskKey name it). */
    @EventType("io.implementa.risk.IssueRaised")
    public record IssueRaised(
            @NotNull UUID issueId,
            @NotNull UUID projectId,
            @NotBlank String projectKey,
            UUID riskId,
            String riskKey,
            @NotBlank String title,
            @NotNull IssueSeverity severity,
            @NotNull PersonRef owner,
            @NotNull PersonRef raisedBy,
            LocalDate dueDate,
            @NotNull Instant raisedAt) {

        static IssueRaised of(Issue i, String projectKey, String riskKey) {
            return new IssueRaised(i.id, i.projectId, projectKey, i.riskId, riskKey, i.title, i.severity, i.owner,
                    i.raisedBy, i.dueDate, i.createdAt);
        }
    }

    /** An issue was resolved. */
    @EventType("io.implementa.risk.IssueResolved")
    public record IssueResolved(
            @NotNull UUID issueId,
            @NotNull UUID projectId,
            @NotBlank String projectKey,
            UUID riskId,
            @NotBlank String title,
            @NotNull IssueSeverity severity,
            @NotNull PersonRef owner,
            @NotBlank String resolution,
            @NotNull PersonRef resolvedBy,
            @NotNull Instant resolvedAt) {

        static IssueResolved of(Issue i, String projectKey, PersonRef by) {
            return new IssueResolved(i.id, i.projectId, projectKey, i.riskId, i.title, i.severity, i.owner,
                    i.resolution, by, i.resolvedAt);
        }
    }
}
