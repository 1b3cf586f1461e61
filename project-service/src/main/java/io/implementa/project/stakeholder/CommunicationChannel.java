package io.implementa.project.stakeholder;

/** How a stakeholder prefers to be reached by the notification-service. */
public enum CommunicationChannel {
    EMAIL, WEBHOOK, SLACK, TEAMS
}
