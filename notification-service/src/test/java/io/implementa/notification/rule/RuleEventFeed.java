package io.implementa.notification.rule;

import io.implementa.notification.project.ProjectServiceFeed;
import io.implementa.notification.project.ProjectServiceFeed.TestProject;
import io.implementa.platform.events.EventType;
import io.implementa.platform.people.PersonRef;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Stands in for the producers of the events the newer built-in rules read (some not produced yet by their
 * services): publishes them as their contracts in docs/events.md and CONTEXT contracts describe them, in full.
 */
@ApplicationScoped
public class RuleEventFeed {

    public static final String RESOURCE_TOPIC = "implementa.resource.events";

    private final LifecycleFeed feed;

    public RuleEventFeed(LifecycleFeed feed) {
        this.feed = feed;
    }

    public record Raci(String scope, String phase, UUID deliverableId, String raci) {
    }

    @EventType("io.implementa.project.StakeholderAdded")
    public record StakeholderAdded(UUID stakeholderId, UUID projectId, String projectKey, String name, String email,
            String organisation, String role, String influence, String interest, List<Raci> raci,
            String preferredChannel, String frequency, List<String> notifications, String timeZone, String locale,
            String memberSubject) {
    }

    @EventType("io.implementa.project.StakeholderRemoved")
    public record StakeholderRemoved(UUID stakeholderId, UUID projectId, String projectKey, String name, String email,
            String organisation, String role, String influence, String interest, List<Raci> raci,
            String preferredChannel, String frequency, List<String> notifications, String timeZone, String locale,
            String memberSubject) {
    }

    public record Health(String schedule, String cost, String scope, String risk, String resources, String overall) {
    }

    @EventType("io.implementa.project.StatusReportPublished")
    public record StatusReportPublished(UUID projectId, String projectKey, String projectName, UUID reportId,
            LocalDate periodStart, LocalDate periodEnd, String summary, String accomplishments, String nextSteps,
            String issues, String decisionsNeeded, Health health, PersonRef publishedBy, Instant publishedAt) {
    }

    @EventType("io.implementa.risk.RiskEscalated")
    public record RiskEscalated(UUID riskId, String riskKey, UUID projectId, String projectKey, String title,
            String category, String status, int score, String level, int escalationThreshold, PersonRef owner,
            PersonRef manager, Instant escalatedAt) {
    }

    public record AffectedProject(UUID projectId, boolean critical) {
    }

    public record Allocation(UUID allocationId, UUID projectId, UUID taskId, LocalDate startDate, LocalDate endDate,
            BigDecimal percent, BigDecimal hoursPerDay, boolean critical) {
    }

    @EventType("io.implementa.resource.OverAllocationDetected")
    public record OverAllocationDetected(UUID episodeId, UUID resourceId, String resourceName, PersonRef person,
            PersonRef manager, LocalDate startDate, LocalDate endDate, List<AffectedProject> projects,
            List<Allocation> allocations) {
    }

    @EventType("io.implementa.project.MilestoneMissed")
    public record MilestoneMissed(UUID projectId, String projectKey, UUID taskId, String name, LocalDate date,
            LocalDate deadline, PersonRef manager, PersonRef sponsor) {
    }

    @EventType("io.implementa.project.MilestoneMoved")
    public record MilestoneMoved(UUID projectId, String projectKey, UUID taskId, String name, LocalDate previousDate,
            LocalDate date, LocalDate deadline, boolean critical, PersonRef movedBy) {
    }

    @EventType("io.implementa.project.BudgetThresholdCrossed")
    public record BudgetThresholdCrossed(UUID projectId, String projectKey, String currency, BigDecimal budget,
            BigDecimal actualCost, int thresholdPercent, BigDecimal consumedPercent, PersonRef manager,
            PersonRef sponsor) {
    }

    @EventType("io.implementa.risk.MitigationDueSoon")
    public record MitigationDueSoon(UUID actionId, String title, UUID riskId, String riskKey, String riskTitle,
            UUID projectId, String projectKey, PersonRef owner, PersonRef riskOwner, LocalDate dueDate,
            int daysLeft) {
    }

    @EventType("io.implementa.risk.MitigationOverdue")
    public record MitigationOverdue(UUID actionId, String title, UUID riskId, String riskKey, String riskTitle,
            UUID projectId, String projectKey, PersonRef owner, PersonRef riskOwner, LocalDate dueDate,
            int daysOverdue, int announcement) {
    }

    @EventType("io.implementa.risk.RiskReviewDue")
    public record RiskReviewDue(UUID riskId, String riskKey, UUID projectId, String projectKey, String title,
            String status, int score, String level, LocalDate reviewDate, int daysOverdue, PersonRef owner,
            PersonRef manager) {
    }

    /** A stakeholder entry with these preferences; a null member subject makes them a stakeholder-only recipient. */
    public static StakeholderAdded stakeholder(TestProject project, PersonRef person, String memberSubject,
            String raci, String frequency, List<String> notifications) {
        return new StakeholderAdded(UUID.randomUUID(), project.id(), project.key(), person.name(), person.email(),
                "Finance", "CFO", "HIGH", "HIGH", List.of(new Raci("PROJECT", null, null, raci)), "EMAIL", frequency,
                notifications, "Europe/Madrid", "es-ES", memberSubject);
    }

    /** Publishes a stakeholder entry and waits until it is applied. */
    public void addStakeholder(ProjectServiceFeed projects, TestProject project, StakeholderAdded stakeholder) {
        int partition = projectEvent(project, stakeholder.stakeholderId(), stakeholder);
        projects.awaitApplied(partition);
    }

    public int projectEvent(TestProject project, UUID subject, Object payload) {
        return feed.publish(ProjectServiceFeed.TOPIC, project.id(),
                feed.envelope("/implementa/project-service", subject, payload));
    }

    public int riskEvent(UUID projectId, UUID subject, Object payload) {
        return feed.publish(LifecycleFeed.RISK_TOPIC, projectId,
                feed.envelope("/implementa/risk-service", subject, payload));
    }

    public int resourceEvent(UUID resourceId, UUID subject, Object payload) {
        return feed.publish(RESOURCE_TOPIC, resourceId,
                feed.envelope("/implementa/resource-service", subject, payload));
    }
}
