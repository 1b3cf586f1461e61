package io.implementa.notification.rule;

import java.util.Arrays;
import java.util.Optional;

/**
 * The rules that notify without anyone subscribing: one per event type this service consumes, with the severity
 * subscriptions filter on and the name of its default templates ({@code templates/notification/<name>/}).
 */
public enum BuiltInRule {
    PROJECT_PHASE_ADVANCED("io.implementa.project.ProjectPhaseAdvanced", Severity.INFO),
    PROJECT_CLOSED("io.implementa.project.ProjectClosed", Severity.INFO),
    RISK_IDENTIFIED("io.implementa.risk.RiskIdentified", Severity.INFO),
    STATUS_REPORT_PUBLISHED("io.implementa.project.StatusReportPublished", Severity.INFO),
    RISK_ESCALATED("io.implementa.risk.RiskEscalated", Severity.CRITICAL),
    OVER_ALLOCATION_DETECTED("io.implementa.resource.OverAllocationDetected", Severity.WARNING),
    MILESTONE_MISSED("io.implementa.project.MilestoneMissed", Severity.CRITICAL),
    MILESTONE_MOVED("io.implementa.project.MilestoneMoved", Severity.WARNING),
    BUDGET_THRESHOLD_CROSSED("io.implementa.project.BudgetThresholdCrossed", Severity.WARNING),
    MITIGATION_DUE_SOON("io.implementa.risk.MitigationDueSoon", Severity.INFO),
    MITIGATION_OVERDUE("io.implementa.risk.MitigationOverdue", Severity.WARNING),
    RISK_REVIEW_DUE("io.implementa.risk.RiskReviewDue", Severity.INFO);

    private final String eventType;
    private final Severity severity;

    BuiltInRule(String eventType, Severity severity) {
        this.eventType = eventType;
        this.severity = severity;
    }

    public String eventType() {
        return eventType;
    }

    public Severity severity() {
        return severity;
    }

    /** The event's short name (after the last dot), which names its template folder. */
    public String templateName() {
        return eventType.substring(eventType.lastIndexOf('.') + 1);
    }

    public static Optional<BuiltInRule> forEventType(String eventType) {
        return Arrays.stream(values()).filter(rule -> rule.eventType.equals(eventType)).findFirst();
    }
}
