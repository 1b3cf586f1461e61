package io.implementa.project.deliverable;

import io.implementa.platform.http.ProblemException;
import io.implementa.platform.people.PersonRef;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Something the project must hand over (a migrated data set, an integration, a trained user group), with
 * its acceptance criteria. The rules of its lifecycle live here: submission, the stakeholder's decision
 * (never over failed or pending quality checks), the sponsor's waiver.
 */
@Entity
@Table(name = "deliverable")
public class Deliverable extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(nullable = false)
    public String name;

    public String description;

    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "owner_subject"))
    @AttributeOverride(name = "email", column = @Column(name = "owner_email"))
    @AttributeOverride(name = "name", column = @Column(name = "owner_name"))
    public PersonRef owner;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "acceptance_criteria", nullable = false)
    public List<String> acceptanceCriteria = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeliverableStatus status;

    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "submitted_by_subject"))
    @AttributeOverride(name = "email", column = @Column(name = "submitted_by_email"))
    @AttributeOverride(name = "name", column = @Column(name = "submitted_by_name"))
    public PersonRef submittedBy;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "waiver_reason")
    public String waiverReason;

    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "waived_by_subject"))
    @AttributeOverride(name = "email", column = @Column(name = "waived_by_email"))
    @AttributeOverride(name = "name", column = @Column(name = "waived_by_name"))
    public PersonRef waivedBy;

    @Column(name = "waived_at")
    public Instant waivedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    protected Deliverable() {
    }

    /** A new deliverable is PLANNED. */
    public static Deliverable plan(UUID projectId, String name, String description, PersonRef owner, LocalDate dueDate,
            List<String> acceptanceCriteria, Instant now) {
        Deliverable deliverable = new Deliverable();
        deliverable.id = UUID.randomUUID();
        deliverable.projectId = projectId;
        deliverable.name = name;
        deliverable.description = description;
        deliverable.owner = owner;
        deliverable.dueDate = dueDate;
        deliverable.acceptanceCriteria = acceptanceCriteria == null ? new ArrayList<>()
                : new ArrayList<>(acceptanceCriteria);
        deliverable.status = DeliverableStatus.PLANNED;
        deliverable.createdAt = now;
        deliverable.updatedAt = now;
        return deliverable;
    }

    public static Optional<Deliverable> find(UUID projectId, UUID deliverableId) {
        return find("id = ?1 and projectId = ?2", deliverableId, projectId).firstResultOptional();
    }

    /**
     * The deliverable, locked until the transaction ends: decisions, submissions, waivers and new quality
     * checks of one deliverable run one after the other, so none decides on checks it has not seen.
     */
    public static Optional<Deliverable> findForUpdate(UUID projectId, UUID deliverableId) {
        return Deliverable.<Deliverable>find("id = ?1 and projectId = ?2", deliverableId, projectId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Deliverables that still keep the project from closing. */
    public static long countOpen(UUID projectId) {
        return count("projectId = ?1 and status not in ?2", projectId,
                List.of(DeliverableStatus.ACCEPTED, DeliverableStatus.WAIVED));
    }

    /** Accepted and waived deliverables are settled: their content and checks no longer change. */
    public void requireOpen() {
        if (status.isFinal()) {
            throw new ProblemException.Conflict("deliverable-closed", "Deliverable closed",
                    "deliverable '" + name + "' is " + status + " and can no longer be changed");
        }
    }

    /**
     * The team moves the work along; SUBMITTED, ACCEPTED, REJECTED and WAIVED are reached only through
     * their own actions, which record who did it.
     */
    public void moveTo(DeliverableStatus target) {
        if (target == status) {
            return;
        }
        if (target != DeliverableStatus.PLANNED && target != DeliverableStatus.IN_PROGRESS) {
            throw new ProblemException.Unprocessable("status", "may only be set to PLANNED or IN_PROGRESS; "
                    + target + " is reached by a submission, an acceptance decision or a waiver");
        }
        status = target;
    }

    /** Hands the deliverable to its stakeholders for a decision; a rejected one may come back. */
    public void submit(PersonRef by, Instant now) {
        if (status.isFinal()) {
            throw alreadyDecided();
        }
        if (status == DeliverableStatus.SUBMITTED) {
            throw new ProblemException.Conflict("already-submitted", "Already submitted",
                    "deliverable '" + name + "' is already waiting for a decision");
        }
        status = DeliverableStatus.SUBMITTED;
        submittedBy = by;
        submittedAt = now;
        updatedAt = now;
    }

    /**
     * Records a stakeholder's decision. Only a submitted deliverable is decided, once per submission, and it
     * is accepted only when every current quality check has passed.
     *
     * @param checks the deliverable's current (not superseded) quality checks
     */
    public void decide(AcceptanceDecision decision, List<QualityCheck> checks, Instant now) {
        if (status.isFinal() || status == DeliverableStatus.REJECTED) {
            throw alreadyDecided();
        }
        if (status != DeliverableStatus.SUBMITTED) {
            throw new ProblemException.Conflict("not-submitted", "Not submitted",
                    "deliverable '" + name + "' is " + status + "; it must be submitted before it is decided");
        }
        if (decision == AcceptanceDecision.ACCEPTED) {
            List<QualityCheck> notPassed = checks.stream()
                    .filter(check -> check.result != QualityCheckResult.PASSED).toList();
            if (!notPassed.isEmpty()) {
                throw new ProblemException.Conflict("quality-checks-not-passed", "Quality checks not passed",
                        "deliverable '" + name + "' cannot be accepted: " + notPassed.size()
                                + " quality check(s) failed or are pending")
                        .with("checks", notPassed.stream().map(check -> Map.of(
                                "id", check.id, "name", check.name, "type", check.type,
                                "result", check.result)).toList());
            }
            status = DeliverableStatus.ACCEPTED;
        } else {
            status = DeliverableStatus.REJECTED;
        }
        updatedAt = now;
    }

    /** The sponsor lets the project go without this deliverable; the reason is kept. */
    public void waive(String reason, PersonRef by, Instant now) {
        if (status.isFinal()) {
            throw alreadyDecided();
        }
        status = DeliverableStatus.WAIVED;
        waiverReason = reason;
        waivedBy = by;
        waivedAt = now;
        updatedAt = now;
    }

    private ProblemException alreadyDecided() {
        return new ProblemException.Conflict("already-decided", "Already decided",
                "deliverable '" + name + "' is already " + status
                        + (status == DeliverableStatus.REJECTED ? "; submit it again before deciding anew" : ""));
    }

    public void touch(Instant now) {
        updatedAt = now;
    }
}
