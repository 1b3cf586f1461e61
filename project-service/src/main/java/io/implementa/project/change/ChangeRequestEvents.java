package io.implementa.project.change;

import io.implementa.platform.events.EventType;
import io.implementa.platform.people.PersonRef;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** What change requests tell the suite. Key: the project id; subject: the change request id. */
public final class ChangeRequestEvents {

    private ChangeRequestEvents() {
    }

    @EventType("io.implementa.project.ChangeRequestSubmitted")
    public record ChangeRequestSubmitted(
            @NotNull UUID projectId,
            @NotNull String projectKey,
            @NotNull UUID changeRequestId,
            int number,
            @NotNull String title,
            @NotNull ChangeRequestType type,
            String description,
            String justification,
            @NotNull PersonRef requestedBy) {

        static ChangeRequestSubmitted of(ChangeRequest c, String projectKey) {
            return new ChangeRequestSubmitted(c.projectId, projectKey, c.id, c.number, c.title, c.type,
                    c.description, c.justification, c.requestedBy);
        }
    }

    @EventType("io.implementa.project.ChangeRequestApproved")
    public record ChangeRequestApproved(
            @NotNull UUID projectId,
            @NotNull String projectKey,
            @NotNull UUID changeRequestId,
            int number,
            @NotNull String title,
            @NotNull ChangeRequestType type,
            int scheduleImpactDays,
            @NotNull BigDecimal costImpact,
            String currency,
            @NotNull PersonRef approvedBy,
            String comment) {

        static ChangeRequestApproved of(ChangeRequest c, String projectKey) {
            return new ChangeRequestApproved(c.projectId, projectKey, c.id, c.number, c.title, c.type,
                    c.scheduleImpactDays, c.costImpact, c.currency, c.decidedBy, c.decisionComment);
        }
    }

    @EventType("io.implementa.project.ChangeRequestRejected")
    public record ChangeRequestRejected(
            @NotNull UUID projectId,
            @NotNull String projectKey,
            @NotNull UUID changeRequestId,
            int number,
            @NotNull String title,
            @NotNull ChangeRequestType type,
            @NotNull PersonRef rejectedBy,
            @NotNull String comment) {

        static ChangeRequestRejected of(ChangeRequest c, String projectKey) {
            return new ChangeRequestRejected(c.projectId, projectKey, c.id, c.number, c.title, c.type, c.decidedBy,
                    c.decisionComment);
        }
    }

    @EventType("io.implementa.project.ChangeRequestImplemented")
    public record ChangeRequestImplemented(
            @NotNull UUID projectId,
            @NotNull String projectKey,
            @NotNull UUID changeRequestId,
            int number,
            @NotNull String title,
            @NotNull ChangeRequestType type,
            int scheduleImpactDays,
            @NotNull BigDecimal costImpact,
            String currency,
            @NotNull List<UUID> scopeItemIds,
            @NotNull PersonRef implementedBy,
            UUID baselineId) {
    }

    @EventType("io.implementa.project.ChangeRequestWithdrawn")
    public record ChangeRequestWithdrawn(
            @NotNull UUID projectId,
            @NotNull String projectKey,
            @NotNull UUID changeRequestId,
            int number,
            @NotNull String title,
            @NotNull ChangeRequestType type,
            @NotNull ChangeRequestStatus previousStatus,
            @NotNull PersonRef withdrawnBy,
            String comment) {
    }
}
