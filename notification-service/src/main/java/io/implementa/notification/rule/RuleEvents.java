package io.implementa.notification.rule;

import io.implementa.platform.events.EventType;
import io.implementa.platform.people.PersonRef;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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

    /** A RAG rating per dimension of a project's health. */
    public record Health(String schedule, String cost, String scope, String risk, String resources,
            @NotBlank String overall) {
    }

    @EventType("io.implementa.project.StatusReportPublished")
    public record StatusReportPublished(
            @NotNull UUID projectId,
            @NotBlank String projectKey,
            String projectName,
            @NotNull UUID reportId,
            @NotNull LocalDate periodStart,
            @NotNull LocalDate periodEnd,
            String summary,
            String accomplishments,
            String nextSteps,
            String issues,
            String decisionsNeeded,
            @NotNull @Valid Health health,
            @NotNull @Valid PersonRef publishedBy,
            Instant publishedAt) {
    }

    @EventType("io.implementa.risk.RiskEscalated")
    public record RiskEscalated(
            @NotNull UUID riskId,
            String riskKey,
            @NotNull UUID projectId,
            @NotBlank String projectKey,
            @NotBlank String title,
            String category,
            String status,
            int score,
            @NotBlank String level,
            int escalationThreshold,
            @NotNull @Valid PersonRef owner,
            @NotNull @Valid PersonRef manager,
            Instant escalatedAt) {
    }

    /** A project with work in an over-allocated period. */
    public record AffectedProject(@NotNull UUID projectId, boolean critical) {
    }

    @EventType("io.implementa.resource.OverAllocationDetected")
    public record OverAllocationDetected(
            @NotNull UUID episodeId,
            @NotNull UUID resourceId,
            @NotBlank String resourceName,
            @Valid PersonRef person,
            @Valid PersonRef manager,
            @NotNull LocalDate startDate,
            @NotNull LocalDate endDate,
            @NotNull List<@Valid AffectedProject> projects) {
    }

    @EventType("io.implementa.project.MilestoneMissed")
    public record MilestoneMissed(
            @NotNull UUID projectId,
            @NotBlank String projectKey,
            @NotNull UUID taskId,
            @NotBlank String name,
            @NotNull LocalDate date,
            LocalDate deadline,
            @Valid PersonRef manager,
            @Valid PersonRef sponsor) {
    }

    @EventType("io.implementa.project.MilestoneMoved")
    public record MilestoneMoved(
            @NotNull UUID projectId,
            @NotBlank String projectKey,
            @NotNull UUID taskId,
            @NotBlank String name,
            @NotNull LocalDate previousDate,
            @NotNull LocalDate date,
            LocalDate deadline,
            boolean critical,
            @Valid PersonRef movedBy) {
    }

    @EventType("io.implementa.project.BudgetThresholdCrossed")
    public record BudgetThresholdCrossed(
            @NotNull UUID projectId,
            @NotBlank String projectKey,
            @NotBlank String currency,
            @NotNull BigDecimal budget,
            @NotNull BigDecimal actualCost,
            int thresholdPercent,
            @NotNull BigDecimal consumedPercent,
            @Valid PersonRef manager,
            @Valid PersonRef sponsor) {
    }

    @EventType("io.implementa.risk.MitigationDueSoon")
    public record MitigationDueSoon(
            @NotNull UUID actionId,
            @NotBlank String title,
            @NotNull UUID riskId,
            String riskKey,
            String riskTitle,
            @NotNull UUID projectId,
            @NotBlank String projectKey,
            @NotNull @Valid PersonRef owner,
            @Valid PersonRef riskOwner,
            @NotNull LocalDate dueDate,
            int daysLeft) {
    }

    @EventType("io.implementa.risk.MitigationOverdue")
    public record MitigationOverdue(
            @NotNull UUID actionId,
            @NotBlank String title,
            @NotNull UUID riskId,
            String riskKey,
            String riskTitle,
            @NotNull UUID projectId,
            @NotBlank String projectKey,
            @NotNull @Valid PersonRef owner,
            @Valid PersonRef riskOwner,
            @NotNull LocalDate dueDate,
            int daysOverdue,
            int announcement) {
    }

    @EventType("io.implementa.risk.RiskReviewDue")
    public record RiskReviewDue(
            @NotNull UUID riskId,
            String riskKey,
            @NotNull UUID projectId,
            @NotBlank String projectKey,
            @NotBlank String title,
            String status,
            int score,
            String level,
            @NotNull LocalDate reviewDate,
            int daysOverdue,
            @NotNull @Valid PersonRef owner,
            @Valid PersonRef manager) {
    }
}
