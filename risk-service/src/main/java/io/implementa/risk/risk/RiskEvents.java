package io.implementa.risk.risk;

import io.implementa.platform.events.EventType;
import io.implementa.platform.people.PersonRef;
import io.implementa.risk.appetite.RiskAppetite;
import io.implementa.risk.appetite.RiskLevel;
import io.implementa.risk.register.RiskRegister;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the risk aggregate tells the rest of the suite. Schemas: {@code docs/events.md}. */
public final class RiskEvents {

    private RiskEvents() {
    }

    /** A risk was identified in a project's register. */
    @EventType("io.implementa.risk.RiskIdentified")
    public record RiskIdentified(
            UUID riskId,
            String riskKey,
            UUID projectId,
            String projectKey,
            String title,
            RiskCategory category,
            int probability,
            int impact,
            int score,
            PersonRef owner,
            RiskStatus status,
            @Schema(description = "Whether the service raised the risk by itself (added in v1, optional)")
            Boolean autoRaised,
            @Schema(description = "Why and from which event an auto-raised risk was raised; null otherwise (added "
                    + "in v1, optional)") DetectionSource source) {

        static RiskIdentified of(Risk risk, String projectKey) {
            return new RiskIdentified(risk.id, risk.key, risk.projectId, projectKey, risk.title, risk.category,
                    risk.probability, risk.impact, risk.score, risk.owner, risk.status, risk.autoRaised(),
                    DetectionSource.of(risk));
        }
    }

    /** What made the service raise a risk by itself. */
    @Schema(name = "RiskDetectionSource")
    public record DetectionSource(
            @NotNull DetectionCause cause,
            @NotBlank String causeRef,
            @NotBlank String reason,
            @NotBlank String sourceEventId,
            @NotBlank String sourceEventType) {

        static DetectionSource of(Risk r) {
            return !r.autoRaised() ? null
                    : new DetectionSource(r.detectionCause, r.detectionRef, r.detectionReason, r.sourceEventId,
                            r.sourceEventType);
        }
    }

    /** A risk was (re-)assessed: its whole new assessment, the score before it, who assessed it and why. */
    @EventType("io.implementa.risk.RiskAssessed")
    public record RiskAssessed(
            @NotNull UUID riskId,
            @NotBlank String riskKey,
            @NotNull UUID projectId,
            @NotBlank String projectKey,
            @NotBlank String title,
            @NotNull RiskKind kind,
            @NotNull RiskCategory category,
            @NotNull RiskStatus status,
            int probability,
            @NotNull AssessmentApi.Impacts impacts,
            @Schema(description = "The highest of the impacts") int impact,
            int score,
            @NotNull Integer previousScore,
            AssessmentApi.Exposure exposure,
            LocalDate proximity,
            String trigger,
            ResponseStrategy responseStrategy,
            String contingencyPlan,
            AssessmentApi.Residual residual,
            LocalDate nextReviewDate,
            @NotNull List<UUID> taskIds,
            @NotNull List<UUID> deliverableIds,
            @NotNull PersonRef owner,
            @NotNull PersonRef assessedBy,
            @NotBlank String reason,
            @NotNull Instant assessedAt) {

        static RiskAssessed of(Risk r, String projectKey, int previousScore, PersonRef by, String reason) {
            return new RiskAssessed(r.id, r.key, r.projectId, projectKey, r.title, r.kind, r.category, r.status,
                    r.probability, new AssessmentApi.Impacts(r.scheduleImpact, r.costImpact, r.scopeImpact),
                    r.impact, r.score, previousScore, AssessmentApi.Exposure.of(r), r.proximity, r.trigger,
                    r.responseStrategy, r.contingencyPlan, AssessmentApi.Residual.of(r), r.nextReviewDate,
                    List.of(r.taskIds), List.of(r.deliverableIds), r.owner, by, reason, r.assessedAt);
        }
    }

    /** A risk occurred: it is now an issue to deal with, no longer an uncertainty. */
    @EventType("io.implementa.risk.RiskOccurred")
    public record RiskOccurred(
            @NotNull UUID riskId,
            @NotBlank String riskKey,
            @NotNull UUID projectId,
            @NotBlank String projectKey,
            @NotBlank String title,
            @NotNull RiskCategory category,
            int score,
            @NotNull PersonRef owner,
            @NotNull PersonRef by,
            @NotBlank String reason,
            @NotNull Instant occurredAt) {

        static RiskOccurred of(Risk r, String projectKey, PersonRef by, String reason) {
            return new RiskOccurred(r.id, r.key, r.projectId, projectKey, r.title, r.category, r.score, r.owner, by,
                    reason, r.updatedAt);
        }
    }

    /** A risk was closed: by hand, or because its project closed. */
    @EventType("io.implementa.risk.RiskClosed")
    public record RiskClosed(
            @NotNull UUID riskId,
            @NotBlank String riskKey,
            @NotNull UUID projectId,
            @NotBlank String projectKey,
            @NotBlank String title,
            @NotNull RiskStatus previousStatus,
            int score,
            @NotNull PersonRef owner,
            @NotNull PersonRef by,
            @NotBlank String reason,
            @NotNull Instant closedAt) {

        static RiskClosed of(Risk r, String projectKey, RiskStatus previousStatus, PersonRef by, String reason) {
            return new RiskClosed(r.id, r.key, r.projectId, projectKey, r.title, previousStatus, r.score, r.owner, by,
                    reason, r.updatedAt);
        }
    }

    /** A risk's score reached its project's escalation threshold: the project's manager should act on it. */
    @EventType("io.implementa.risk.RiskEscalated")
    public record RiskEscalated(
            @NotNull UUID riskId,
            @NotBlank String riskKey,
            @NotNull UUID projectId,
            @NotBlank String projectKey,
            @NotBlank String title,
            @NotNull RiskCategory category,
            @NotNull RiskStatus status,
            int score,
            @NotNull RiskLevel level,
            int escalationThreshold,
            @NotNull PersonRef owner,
            @NotNull PersonRef manager,
            @NotNull Instant escalatedAt) {

        static RiskEscalated of(Risk r, RiskRegister register, RiskAppetite appetite, Instant now) {
            return new RiskEscalated(r.id, r.key, r.projectId, register.projectKey, r.title, r.category, r.status,
                    r.score, appetite.levelOf(r.score), appetite.escalationFrom, r.owner, register.manager, now);
        }
    }

    /**
     * An escalated risk is no longer above its project's escalation threshold: its score fell (or the threshold
     * rose), or it occurred or was closed.
     */
    @EventType("io.implementa.risk.RiskDeEscalated")
    public record RiskDeEscalated(
            @NotNull UUID riskId,
            @NotBlank String riskKey,
            @NotNull UUID projectId,
            @NotBlank String projectKey,
            @NotBlank String title,
            @NotNull RiskStatus status,
            int score,
            @NotNull RiskLevel level,
            int escalationThreshold,
            @NotNull PersonRef owner,
            @NotNull PersonRef manager,
            @NotNull Instant deEscalatedAt) {

        static RiskDeEscalated of(Risk r, RiskRegister register, RiskAppetite appetite, Instant now) {
            return new RiskDeEscalated(r.id, r.key, r.projectId, register.projectKey, r.title, r.status, r.score,
                    appetite.levelOf(r.score), appetite.escalationFrom, r.owner, register.manager, now);
        }
    }

    /** An open risk's review date has come (or passed without a review): once per review date. */
    @EventType("io.implementa.risk.RiskReviewDue")
    public record RiskReviewDue(
            @NotNull UUID riskId,
            @NotBlank String riskKey,
            @NotNull UUID projectId,
            @NotBlank String projectKey,
            @NotBlank String title,
            @NotNull RiskStatus status,
            int score,
            @NotNull RiskLevel level,
            @NotNull LocalDate reviewDate,
            int daysOverdue,
            @NotNull PersonRef owner,
            @NotNull PersonRef manager) {

        static RiskReviewDue of(Risk r, RiskRegister register, RiskAppetite appetite, LocalDate today) {
            return new RiskReviewDue(r.id, r.key, r.projectId, register.projectKey, r.title, r.status, r.score,
                    appetite.levelOf(r.score), r.nextReviewDate,
                    (int) java.time.temporal.ChronoUnit.DAYS.between(r.nextReviewDate, today), r.owner,
                    register.manager);
        }
    }
}
