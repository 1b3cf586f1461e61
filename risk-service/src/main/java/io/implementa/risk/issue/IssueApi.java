package io.implementa.risk.issue;

import io.implementa.platform.people.PersonRef;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The issue log payloads of the REST API. */
public final class IssueApi {

    private IssueApi() {
    }

    @Schema(name = "RaiseIssueRequest")
    public record RaiseIssueRequest(
            @NotBlank @Size(max = 200) @Schema(example = "Payroll interface rejects 3% of records") String title,
            @Size(max = 4000) String description,
            @NotNull @Schema(example = "HIGH") IssueSeverity severity,
            @NotNull @Valid PersonRef owner,
            @Schema(example = "2027-03-10") LocalDate dueDate) {
    }

    @Schema(name = "IssuePatch", description = "JSON merge patch; absent fields stay as they are. status: OPEN ⇄ "
            + "IN_PROGRESS → RESOLVED (with a resolution)")
    public record IssuePatch(
            Optional<@NotBlank @Size(max = 200) String> title,
            Optional<@Size(max = 4000) String> description,
            Optional<IssueSeverity> severity,
            Optional<@Valid PersonRef> owner,
            Optional<LocalDate> dueDate,
            Optional<IssueStatus> status,
            Optional<@Size(max = 4000) String> resolution) {
    }

    @Schema(name = "Issue")
    public record IssueView(
            UUID id,
            UUID projectId,
            @Schema(description = "The risk that occurred and became this issue; null if raised directly") UUID riskId,
            String title,
            String description,
            IssueSeverity severity,
            PersonRef owner,
            PersonRef raisedBy,
            LocalDate dueDate,
            IssueStatus status,
            String resolution,
            Instant createdAt,
            Instant updatedAt,
            Instant resolvedAt,
            @Schema(description = "Entity version; the ETag carries the same value") long version) {

        static IssueView of(Issue i) {
            return new IssueView(i.id, i.projectId, i.riskId, i.title, i.description, i.severity, i.owner, i.raisedBy,
                    i.dueDate, i.status, i.resolution, i.createdAt, i.updatedAt, i.resolvedAt, i.version);
        }
    }

    @Schema(name = "IssuePage")
    public record IssuePage(List<IssueView> items, int page, int size, long totalItems, int totalPages) {
    }
}
