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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One check of a deliverable's quality: a test cycle, a review, an inspection, with its result and
 * evidence. A result, once PASSED or FAILED, is evidence and stays; a re-run is a new check that
 * supersedes the old one, which then no longer counts for acceptance but remains readable.
 */
@Entity
@Table(name = "quality_check")
public class QualityCheck extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(name = "deliverable_id", nullable = false)
    public UUID deliverableId;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public QualityCheckType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public QualityCheckResult result;

    @Column(name = "evidence_link")
    public String evidenceLink;

    @Column(name = "executed_at")
    public Instant executedAt;

    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "executed_by_subject"))
    @AttributeOverride(name = "email", column = @Column(name = "executed_by_email"))
    @AttributeOverride(name = "name", column = @Column(name = "executed_by_name"))
    public PersonRef executedBy;

    @Column(name = "supersedes")
    public UUID supersedes;

    @Column(name = "superseded_by")
    public UUID supersededBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Version
    public long version;

    protected QualityCheck() {
    }

    /** A pending check has not run yet; a check with a result ran at {@code executedAt} (now if not given). */
    static QualityCheck record(Deliverable deliverable, String name, QualityCheckType type, QualityCheckResult result,
            String evidenceLink, Instant executedAt, PersonRef by, Instant now) {
        QualityCheck check = new QualityCheck();
        check.id = UUID.randomUUID();
        check.projectId = deliverable.projectId;
        check.deliverableId = deliverable.id;
        check.name = name;
        check.type = type;
        check.result = result;
        check.evidenceLink = evidenceLink;
        check.executedAt = executedAt == null && result != QualityCheckResult.PENDING ? now : executedAt;
        check.executedBy = by;
        check.recordedAt = now;
        return check;
    }

    public static Optional<QualityCheck> find(UUID projectId, UUID deliverableId, UUID checkId) {
        return find("id = ?1 and deliverableId = ?2 and projectId = ?3", checkId, deliverableId, projectId)
                .firstResultOptional();
    }

    /** The checks that count for acceptance: those no later check has superseded. */
    public static List<QualityCheck> current(UUID deliverableId) {
        return list("deliverableId = ?1 and supersededBy is null order by recordedAt, id", deliverableId);
    }

    /** A later check replaces this one (a re-run); it stays as history but no longer counts. */
    void supersedeWith(QualityCheck later) {
        if (supersededBy != null) {
            throw new ProblemException.Conflict("already-superseded", "Check already superseded",
                    "quality check '" + name + "' was already superseded by " + supersededBy);
        }
        supersededBy = later.id;
        later.supersedes = id;
    }

    /** Only a pending check changes; a recorded result is evidence. */
    void requirePending() {
        if (result != QualityCheckResult.PENDING) {
            throw new ProblemException.Conflict("check-result-final", "Check result is final",
                    "quality check '" + name + "' has the result " + result
                            + "; record a new check that supersedes it instead");
        }
    }
}
