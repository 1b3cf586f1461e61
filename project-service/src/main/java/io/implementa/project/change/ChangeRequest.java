package io.implementa.project.change;

import io.implementa.platform.http.ProblemException;
import io.implementa.platform.people.PersonRef;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A request to change the project's scope, schedule, cost or quality, with its assessed impact and the decision.
 * The state machine lives here: a move the current state does not allow is a 409.
 */
@Entity
@Table(name = "change_request")
public class ChangeRequest extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(nullable = false)
    public int number;

    @Column(nullable = false)
    public String title;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ChangeRequestType type;

    public String justification;

    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "requested_by_subject"))
    @AttributeOverride(name = "email", column = @Column(name = "requested_by_email"))
    @AttributeOverride(name = "name", column = @Column(name = "requested_by_name"))
    public PersonRef requestedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ChangeRequestStatus status;

    @Column(name = "schedule_impact_days", nullable = false)
    public int scheduleImpactDays;

    @Column(name = "cost_impact", nullable = false)
    public BigDecimal costImpact;

    public String currency;

    @Column(name = "risk_notes")
    public String riskNotes;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "change_request_scope_item", joinColumns = @JoinColumn(name = "change_request_id"))
    @OrderColumn(name = "position")
    public List<ProposedScopeItem> scopeItems = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "change_request_affected", joinColumns = @JoinColumn(name = "change_request_id"))
    @OrderColumn(name = "position")
    public List<AffectedItem> affected = new ArrayList<>();

    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "decided_by_subject"))
    @AttributeOverride(name = "email", column = @Column(name = "decided_by_email"))
    @AttributeOverride(name = "name", column = @Column(name = "decided_by_name"))
    public PersonRef decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decision_comment")
    public String decisionComment;

    @Column(name = "implemented_at")
    public Instant implementedAt;

    /** The baseline saved when the request was implemented, if one was asked for. */
    @Column(name = "baseline_id")
    public UUID baselineId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    protected ChangeRequest() {
    }

    static ChangeRequest submit(UUID projectId, int number, String title, ChangeRequestType type,
            PersonRef requestedBy, Instant now) {
        ChangeRequest request = new ChangeRequest();
        request.id = UUID.randomUUID();
        request.projectId = projectId;
        request.number = number;
        request.title = title;
        request.type = type;
        request.requestedBy = requestedBy;
        request.status = ChangeRequestStatus.SUBMITTED;
        request.costImpact = BigDecimal.ZERO;
        request.createdAt = now;
        request.updatedAt = now;
        return request;
    }

    public static Optional<ChangeRequest> find(UUID projectId, UUID id) {
        return ChangeRequest.<ChangeRequest>find("id = ?1 and projectId = ?2", id, projectId).firstResultOptional();
    }

    /** Moves to {@code next} if the state machine allows it; returns the state left. */
    ChangeRequestStatus moveTo(ChangeRequestStatus next, Instant now) {
        if (!status.next().contains(next)) {
            throw new ProblemException.Conflict("change-request-invalid-transition", "Invalid transition",
                    "change request #" + number + " is " + status + " and cannot become " + next
                            + (status.next().isEmpty() ? "" : "; it may become " + status.next()))
                    .with("status", status.name());
        }
        ChangeRequestStatus previous = status;
        status = next;
        updatedAt = now;
        return previous;
    }

    void decide(boolean approve, PersonRef by, String comment, Instant now) {
        if (!approve && (comment == null || comment.isBlank())) {
            throw new ProblemException.Unprocessable("comment", "is required to reject a change request");
        }
        moveTo(approve ? ChangeRequestStatus.APPROVED : ChangeRequestStatus.REJECTED, now);
        decidedBy = by;
        decidedAt = now;
        decisionComment = comment;
    }
}
