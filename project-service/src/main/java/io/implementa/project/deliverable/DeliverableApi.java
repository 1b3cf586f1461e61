package io.implementa.project.deliverable;

import io.implementa.platform.people.PersonRef;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.URL;

/** The deliverable, quality-check and acceptance payloads of the REST API. */
public final class DeliverableApi {

    private DeliverableApi() {
    }

    static final int MAX_CRITERIA = 50;
    static final int MAX_CRITERION_LENGTH = 500;

    @Schema(name = "CreateDeliverableRequest")
    public record CreateDeliverableRequest(
            @NotBlank @Size(max = 200) @Schema(example = "Customer master data migrated") String name,
            @Size(max = 4000) @Schema(example = "All active customers loaded, cleansed and reconciled") String description,
            @Valid @Schema(description = "Who delivers it") PersonRef owner,
            @Schema(example = "2027-06-30") LocalDate dueDate,
            @Size(max = MAX_CRITERIA)
            @Schema(description = "What must hold for it to be accepted; at most 50, each at most 500 characters",
                    example = "[\"Record counts reconcile with the legacy system\", \"No open severity-1 defects\"]")
            List<@NotBlank @Size(max = MAX_CRITERION_LENGTH) String> acceptanceCriteria) {
    }

    /**
     * A partial update: absent fields stay, {@code null} clears an optional one. {@code status} may only move
     * between PLANNED and IN_PROGRESS; the other statuses have their own actions.
     */
    @Schema(name = "UpdateDeliverableRequest")
    public record UpdateDeliverableRequest(
            Optional<@NotBlank @Size(max = 200) String> name,
            Optional<@Size(max = 4000) String> description,
            Optional<@Valid PersonRef> owner,
            Optional<LocalDate> dueDate,
            Optional<@Size(max = MAX_CRITERIA) List<@NotBlank @Size(max = MAX_CRITERION_LENGTH) String>> acceptanceCriteria,
            @Schema(example = "IN_PROGRESS") Optional<DeliverableStatus> status) {
    }

    @Schema(name = "DeliverableWaiver", description = "Why the sponsor let the project go without the deliverable")
    public record WaiverView(String reason, PersonRef waivedBy, Instant waivedAt) {
    }

    @Schema(name = "Deliverable")
    public record DeliverableView(
            UUID id,
            UUID projectId,
            @Schema(example = "Customer master data migrated") String name,
            String description,
            PersonRef owner,
            @Schema(example = "2027-06-30") LocalDate dueDate,
            List<String> acceptanceCriteria,
            DeliverableStatus status,
            @Schema(description = "Who submitted it last, for a decision") PersonRef submittedBy,
            Instant submittedAt,
            @Schema(description = "Set when the sponsor waived it") WaiverView waiver,
            Instant createdAt,
            Instant updatedAt,
            @Schema(description = "Entity version; the ETag carries the same value") long version) {

        static DeliverableView of(Deliverable d) {
            WaiverView waiver = d.status == DeliverableStatus.WAIVED
                    ? new WaiverView(d.waiverReason, d.waivedBy, d.waivedAt) : null;
            return new DeliverableView(d.id, d.projectId, d.name, d.description, d.owner, d.dueDate,
                    List.copyOf(d.acceptanceCriteria), d.status, d.submittedBy, d.submittedAt, waiver, d.createdAt,
                    d.updatedAt, d.version);
        }
    }

    @Schema(name = "DeliverablePage")
    public record DeliverablePage(List<DeliverableView> items, int page, int size, long totalItems, int totalPages) {
    }

    @Schema(name = "SubmitDeliverableRequest")
    public record SubmitRequest(
            @Size(max = 4000) @Schema(example = "Migration rehearsal 3 reconciled; evidence attached to the checks")
            String comment) {
    }

    @Schema(name = "AcceptanceDecisionRequest")
    public record DecisionRequest(
            @NotNull @Schema(example = "ACCEPTED") AcceptanceDecision decision,
            @Size(max = 4000) @Schema(description = "Why; required when rejecting",
                    example = "All criteria met; reconciliation report signed off") String comment) {
    }

    @Schema(name = "AcceptanceDecisionRecord")
    public record DecisionView(UUID id, UUID deliverableId, AcceptanceDecision decision, String comment,
            PersonRef decidedBy, Instant decidedAt) {
        static DecisionView of(DeliverableDecision d) {
            return new DecisionView(d.id, d.deliverableId, d.decision, d.comment, d.decidedBy, d.decidedAt);
        }
    }

    @Schema(name = "AcceptanceDecisionPage")
    public record DecisionPage(List<DecisionView> items, int page, int size, long totalItems, int totalPages) {
    }

    @Schema(name = "WaiveDeliverableRequest")
    public record WaiverRequest(
            @NotBlank @Size(max = 4000)
            @Schema(example = "Legacy reports are no longer needed after the business moved to the BI platform")
            String reason) {
    }

    @Schema(name = "RecordQualityCheckRequest")
    public record RecordCheckRequest(
            @NotBlank @Size(max = 200) @Schema(example = "UAT test cycle 2") String name,
            @NotNull @Schema(example = "TEST_RUN") QualityCheckType type,
            @NotNull @Schema(example = "PASSED") QualityCheckResult result,
            @Size(max = 2000) @URL(protocol = "https", message = "must be an https URL")
            @Schema(description = "Where the evidence is (test report, sign-off)",
                    example = "https://testing.example.com/runs/uat-2") String evidenceLink,
            @PastOrPresent @Schema(description = "When it ran; now if not given and the result is not PENDING",
                    example = "2027-05-20T16:00:00Z") Instant executedAt,
            @Schema(description = "An earlier check of this deliverable that this one re-runs; it stops counting")
            UUID supersedes) {
    }

    /** Only a PENDING check may change: typically it gets its result. */
    @Schema(name = "UpdateQualityCheckRequest")
    public record UpdateCheckRequest(
            Optional<@NotBlank @Size(max = 200) String> name,
            Optional<QualityCheckType> type,
            @Schema(example = "PASSED") Optional<QualityCheckResult> result,
            Optional<@Size(max = 2000) @URL(protocol = "https", message = "must be an https URL") String> evidenceLink,
            Optional<@PastOrPresent Instant> executedAt) {
    }

    @Schema(name = "QualityCheck")
    public record QualityCheckView(
            UUID id,
            UUID deliverableId,
            @Schema(example = "UAT test cycle 2") String name,
            QualityCheckType type,
            QualityCheckResult result,
            String evidenceLink,
            Instant executedAt,
            @Schema(description = "Who recorded the result") PersonRef executedBy,
            @Schema(description = "The earlier check this one re-runs") UUID supersedes,
            @Schema(description = "The later check that re-ran this one; a superseded check no longer counts")
            UUID supersededBy,
            Instant recordedAt,
            long version) {
        static QualityCheckView of(QualityCheck c) {
            return new QualityCheckView(c.id, c.deliverableId, c.name, c.type, c.result, c.evidenceLink, c.executedAt,
                    c.executedBy, c.supersedes, c.supersededBy, c.recordedAt, c.version);
        }
    }

    @Schema(name = "QualityCheckPage")
    public record QualityCheckPage(List<QualityCheckView> items, int page, int size, long totalItems,
            int totalPages) {
    }
}
