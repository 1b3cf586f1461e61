package io.implementa.project.report;

import io.implementa.platform.people.PersonRef;
import io.implementa.project.health.Health;
import io.implementa.project.health.Rag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The status report payloads of the REST API. */
public final class StatusReportApi {

    private StatusReportApi() {
    }

    @Schema(name = "HealthOverride", description = "Dimensions the manager rates otherwise than proposed; absent "
            + "ones keep the proposal, and overall is the worst dimension unless given")
    public record HealthOverride(Rag schedule, Rag cost, Rag scope, Rag risk, Rag resources, Rag overall) {
    }

    @Schema(name = "CreateStatusReportRequest")
    public record CreateStatusReportRequest(
            @NotNull @Schema(example = "2027-03-01") LocalDate periodStart,
            @NotNull @Schema(example = "2027-03-14") LocalDate periodEnd,
            @Size(max = 8000) @Schema(example = "Data migration rehearsal done") String summary,
            @Size(max = 8000) String accomplishments,
            @Size(max = 8000) String nextSteps,
            @Size(max = 8000) String issues,
            @Size(max = 8000) String decisionsNeeded,
            @Valid HealthOverride override,
            @Size(max = 2000) @Schema(description = "Required when override changes the proposal")
            String overrideReason) {
    }

    /** JSON merge patch of a draft: absent fields keep their value, null clears an optional one. */
    @Schema(name = "UpdateStatusReportRequest")
    public record UpdateStatusReportRequest(
            Optional<LocalDate> periodStart,
            Optional<LocalDate> periodEnd,
            Optional<@Size(max = 8000) String> summary,
            Optional<@Size(max = 8000) String> accomplishments,
            Optional<@Size(max = 8000) String> nextSteps,
            Optional<@Size(max = 8000) String> issues,
            Optional<@Size(max = 8000) String> decisionsNeeded,
            @Schema(description = "Replaces the overrides (null: none, the proposal is reported); absent keeps the "
                    + "dimensions overridden so far")
            Optional<@Valid HealthOverride> override,
            Optional<@Size(max = 2000) String> overrideReason) {
    }

    @Schema(name = "StatusReport")
    public record StatusReportView(
            UUID id,
            UUID projectId,
            LocalDate periodStart,
            LocalDate periodEnd,
            String summary,
            String accomplishments,
            String nextSteps,
            String issues,
            String decisionsNeeded,
            @Schema(description = "The RAG the server proposed when the report was written") Health proposedHealth,
            @Schema(description = "The RAG reported: the proposal with the manager's overrides") Health health,
            String overrideReason,
            StatusReport.Status status,
            PersonRef createdBy,
            Instant createdAt,
            PersonRef publishedBy,
            Instant publishedAt,
            @Schema(description = "Entity version; the ETag carries the same value") long version) {

        static StatusReportView of(StatusReport r) {
            return new StatusReportView(r.id, r.projectId, r.periodStart, r.periodEnd, r.summary, r.accomplishments,
                    r.nextSteps, r.issues, r.decisionsNeeded, r.proposed(), r.health(), r.overrideReason, r.status,
                    r.createdBy, r.createdAt, r.publishedBy, r.publishedAt, r.version);
        }
    }

    @Schema(name = "StatusReportPage")
    public record StatusReportPage(List<StatusReportView> items, int page, int size, long totalItems,
            int totalPages) {
    }
}
