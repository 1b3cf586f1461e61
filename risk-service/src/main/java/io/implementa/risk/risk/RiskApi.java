package io.implementa.risk.risk;

import io.implementa.platform.people.PersonRef;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The risk payloads of the REST API; the entity itself is never serialised. */
public final class RiskApi {

    private RiskApi() {
    }

    /** A new risk; its key, score and status are the server's to set. */
    @Schema(name = "CreateRiskRequest")
    public record CreateRiskRequest(
            @NotBlank @Size(max = 200) @Schema(example = "Customer data fails validation at cut-over") String title,
            @Valid RiskDescription description,
            @NotNull @Schema(example = "DATA_MIGRATION") RiskCategory category,
            @NotNull @Min(Risk.MIN_SCALE) @Max(Risk.MAX_SCALE)
            @Schema(description = "How likely the risk is to occur, 1 (rare) to 5 (almost certain)", example = "4")
            Integer probability,
            @NotNull @Min(Risk.MIN_SCALE) @Max(Risk.MAX_SCALE)
            @Schema(description = "How bad it would be, 1 (negligible) to 5 (severe)", example = "3")
            Integer impact,
            @NotNull @Valid @Schema(description = "Who watches the risk and plans its response") PersonRef owner) {
    }

    @Schema(name = "Risk")
    public record RiskView(
            UUID id,
            @Schema(description = "Human key: the project key, R and the risk's number in the register",
                    example = "ERP-2027-R-001") String key,
            UUID projectId,
            String title,
            RiskDescription description,
            RiskCategory category,
            @Schema(example = "4") int probability,
            @Schema(example = "3") int impact,
            @Schema(description = "Probability × impact, 1 to 25", example = "12") int score,
            PersonRef owner,
            RiskStatus status,
            RiskKind kind,
            @Schema(description = "Impact per dimension; null until assessed") AssessmentApi.Impacts impacts,
            @Schema(description = "Null unless quantified") AssessmentApi.Exposure exposure,
            LocalDate proximity,
            String trigger,
            ResponseStrategy responseStrategy,
            String contingencyPlan,
            @Schema(description = "Null unless assessed with a residual") AssessmentApi.Residual residual,
            LocalDate nextReviewDate,
            List<UUID> taskIds,
            List<UUID> deliverableIds,
            Instant assessedAt,
            @Schema(description = "Whether the service raised the risk by itself from another service's event")
            boolean autoRaised,
            @Schema(description = "Why and from which event the service raised the risk; null for risks a person "
                    + "identified") DetectionView detection,
            Instant createdAt,
            Instant updatedAt,
            @Schema(description = "Entity version; the ETag carries the same value") long version) {

        static RiskView of(Risk r) {
            return new RiskView(r.id, r.key, r.projectId, r.title,
                    r.description == null ? RiskDescription.NONE : r.description, r.category, r.probability,
                    r.impact, r.score, r.owner, r.status, r.kind,
                    r.scheduleImpact == null ? null
                            : new AssessmentApi.Impacts(r.scheduleImpact, r.costImpact, r.scopeImpact),
                    AssessmentApi.Exposure.of(r), r.proximity, r.trigger, r.responseStrategy, r.contingencyPlan,
                    AssessmentApi.Residual.of(r), r.nextReviewDate, List.of(r.taskIds), List.of(r.deliverableIds),
                    r.assessedAt, r.autoRaised(), DetectionView.of(r), r.createdAt, r.updatedAt, r.version);
        }
    }

    @Schema(name = "RiskDetection", description = "An auto-raised risk's cause, source event and decision")
    public record DetectionView(
            @Schema(example = "MILESTONE_SLIP") DetectionCause cause,
            @Schema(description = "What the cause is about: the milestone's task id, the change request's id, the "
                    + "resource's id, project-finish or cost-at-completion",
                    example = "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b") String causeRef,
            @Schema(example = "Milestone Go-live moved 12 days later (2027-11-26 → 2027-12-08)") String reason,
            @Schema(description = "The CloudEvents id of the event that raised the risk or last made it worse")
            String sourceEventId,
            @Schema(example = "io.implementa.project.MilestoneMoved") String sourceEventType,
            @Schema(description = "How large the cause was when last detected: slip days, overrun %, days of "
                    + "over-allocation, or a change request's size in thresholds", example = "12") BigDecimal magnitude,
            @Schema(description = "Date slips: the date before the first slip") LocalDate baseline,
            @Schema(example = "PENDING") DetectionDecision decision,
            PersonRef decidedBy,
            Instant decidedAt,
            @Schema(description = "Why it was dismissed") String decisionReason) {

        static DetectionView of(Risk r) {
            return !r.autoRaised() ? null
                    : new DetectionView(r.detectionCause, r.detectionRef, r.detectionReason, r.sourceEventId,
                            r.sourceEventType, r.detectionMagnitude, r.detectionBaseline, r.detectionDecision,
                            r.decidedBy, r.decidedAt, r.decisionReason);
        }
    }

    @Schema(name = "DismissRiskRequest")
    public record DismissRequest(
            @NotBlank @Size(max = 2000) @Schema(example = "The milestone is a placeholder; the real date is fixed")
            String reason) {
    }
}
