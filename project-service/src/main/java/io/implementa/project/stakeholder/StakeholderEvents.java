package io.implementa.project.stakeholder;

import io.implementa.platform.events.EventType;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

/**
 * What stakeholders tell the suite: each event carries the stakeholder's whole contact details and preferences,
 * so the notification-service can reach them without calling the project-service. Keyed by project id,
 * subject = the stakeholder id.
 */
public final class StakeholderEvents {

    private StakeholderEvents() {
    }

    @EventType("io.implementa.project.StakeholderAdded")
    public record StakeholderAdded(
            @NotNull UUID stakeholderId, @NotNull UUID projectId, @NotNull String projectKey,
            @NotNull String name, @NotNull String email, String organisation, String role,
            @NotNull Level influence, @NotNull Level interest, @NotNull List<RaciAssignment> raci,
            @NotNull CommunicationChannel preferredChannel, @NotNull UpdateFrequency frequency,
            @NotNull List<NotificationKind> notifications, @NotNull String timeZone, @NotNull String locale,
            String memberSubject) {

        static StakeholderAdded of(Stakeholder s, String projectKey) {
            return new StakeholderAdded(s.id, s.projectId, projectKey, s.name, s.email, s.organisation, s.role,
                    s.influence, s.interest, List.copyOf(s.raci), s.preferredChannel, s.frequency,
                    StakeholderApi.sorted(s.notifications), s.timeZone, s.locale, s.memberSubject);
        }
    }

    /** The stakeholder after a change: the whole state, so a consumer needs no earlier event. */
    @EventType("io.implementa.project.StakeholderChanged")
    public record StakeholderChanged(
            @NotNull UUID stakeholderId, @NotNull UUID projectId, @NotNull String projectKey,
            @NotNull String name, @NotNull String email, String organisation, String role,
            @NotNull Level influence, @NotNull Level interest, @NotNull List<RaciAssignment> raci,
            @NotNull CommunicationChannel preferredChannel, @NotNull UpdateFrequency frequency,
            @NotNull List<NotificationKind> notifications, @NotNull String timeZone, @NotNull String locale,
            String memberSubject) {

        static StakeholderChanged of(Stakeholder s, String projectKey) {
            return new StakeholderChanged(s.id, s.projectId, projectKey, s.name, s.email, s.organisation, s.role,
                    s.influence, s.interest, List.copyOf(s.raci), s.preferredChannel, s.frequency,
                    StakeholderApi.sorted(s.notifications), s.timeZone, s.locale, s.memberSubject);
        }
    }

    /** The stakeholder as they were when removed, so a consumer can tell them goodbye or just forget them. */
    @EventType("io.implementa.project.StakeholderRemoved")
    public record StakeholderRemoved(
            @NotNull UUID stakeholderId, @NotNull UUID projectId, @NotNull String projectKey,
            @NotNull String name, @NotNull String email, String organisation, String role,
            @NotNull Level influence, @NotNull Level interest, @NotNull List<RaciAssignment> raci,
            @NotNull CommunicationChannel preferredChannel, @NotNull UpdateFrequency frequency,
            @NotNull List<NotificationKind> notifications, @NotNull String timeZone, @NotNull String locale,
            String memberSubject) {

        static StakeholderRemoved of(Stakeholder s, String projectKey) {
            return new StakeholderRemoved(s.id, s.projectId, projectKey, s.name, s.email, s.organisation, s.role,
                    s.influence, s.interest, List.copyOf(s.raci), s.preferredChannel, s.frequency,
                    StakeholderApi.sorted(s.notifications), s.timeZone, s.locale, s.memberSubject);
        }
    }
}
