package io.implementa.project.stakeholder;

/** The kinds of news a stakeholder can ask for. */
public enum NotificationKind {
    STATUS_REPORTS, MILESTONES, PHASE_GATES, DELIVERABLES, CHANGE_REQUESTS, SCOPE_CHANGES, RISK_ESCALATIONS,
    BUDGET_ALERTS
}
