package io.implementa.project.deliverable;

import io.implementa.platform.events.EventType;
import io.implementa.platform.people.PersonRef;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What deliverables tell the suite: their plan (name, owner, due date, for reminders), the hand-over to
 * the stakeholders and their decisions. Keyed by project id; subject = the deliverable id.
 */
public final class DeliverableEvents {

    private DeliverableEvents() {
    }

    @EventType("io.implementa.project.DeliverableCreated")
    public record DeliverableCreated(
            @NotNull UUID deliverableId,
            @NotNull UUID projectId,
            @NotNull String projectKey,
            @NotNull String name,
            String description,
            PersonRef owner,
            LocalDate dueDate,
            @NotNull List<String> acceptanceCriteria,
            @NotNull DeliverableStatus status) {

        static DeliverableCreated of(Deliverable d, String projectKey) {
            return new DeliverableCreated(d.id, d.projectId, projectKey, d.name, d.description, d.owner, d.dueDate,
                    List.copyOf(d.acceptanceCriteria), d.status);
        }
    }

    /** The deliverable's plan after a change: the whole state, so consumers need no earlier event. */
    @EventType("io.implementa.project.DeliverableChanged")
    public record DeliverableChanged(
            @NotNull UUID deliverableId,
            @NotNull UUID projectId,
            @NotNull String projectKey,
            @NotNull String name,
            String description,
            PersonRef owner,
            LocalDate dueDate,
            @NotNull List<String> acceptanceCriteria,
            @NotNull DeliverableStatus status) {

        static DeliverableChanged of(Deliverable d, String projectKey) {
            return new DeliverableChanged(d.id, d.projectId, projectKey, d.name, d.description, d.owner, d.dueDate,
                    List.copyOf(d.acceptanceCriteria), d.status);
        }
    }

    /** Handed to the stakeholders: the accountable ones should now decide. */
    @EventType("io.implementa.project.DeliverableSubmitted")
    public record DeliverableSubmitted(
            @NotNull UUID deliverableId,
            @NotNull UUID projectId,
            @NotNull String projectKey,
            @NotNull String name,
            PersonRef owner,
            LocalDate dueDate,
            @NotNull PersonRef submittedBy,
            String comment,
            @NotNull Instant submittedAt) {
    }

    @EventType("io.implementa.project.DeliverableAccepted")
    public record DeliverableAccepted(
            @NotNull UUID deliverableId,
            @NotNull UUID projectId,
            @NotNull String projectKey,
            @NotNull String name,
            PersonRef owner,
            @NotNull PersonRef decidedBy,
            String comment,
            @NotNull Instant decidedAt) {
    }

    @EventType("io.implementa.project.DeliverableRejected")
    public record DeliverableRejected(
            @NotNull UUID deliverableId,
            @NotNull UUID projectId,
            @NotNull String projectKey,
            @NotNull String name,
            PersonRef owner,
            @NotNull PersonRef decidedBy,
            @NotNull String comment,
            @NotNull Instant decidedAt) {
    }

    /** The sponsor let the project go without it. */
    @EventType("io.implementa.project.DeliverableWaived")
    public record DeliverableWaived(
            @NotNull UUID deliverableId,
            @NotNull UUID projectId,
            @NotNull String projectKey,
            @NotNull String name,
            PersonRef owner,
            @NotNull String reason,
            @NotNull PersonRef waivedBy,
            @NotNull Instant waivedAt) {
    }

    @EventType("io.implementa.project.DeliverableRemoved")
    public record DeliverableRemoved(
            @NotNull UUID deliverableId,
            @NotNull UUID projectId,
            @NotNull String projectKey,
            @NotNull String name,
            @NotNull PersonRef removedBy) {
    }
}
