package io.implementa.project.report;

import io.implementa.platform.http.ProblemException;
import io.implementa.platform.people.PersonRef;
import io.implementa.project.health.Health;
import io.implementa.project.health.Rag;
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
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A status report of one period: its text, the RAG the server proposed, the RAG reported (which the manager may
 * override with a reason) and, once published, who published it. Published reports are final.
 */
@Entity
@Table(name = "status_report")
public class StatusReport extends PanacheEntityBase {

    /** Whether the report is still being written or has gone out. */
    public enum Status {
        DRAFT, PUBLISHED
    }

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(name = "period_start", nullable = false)
    public LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    public LocalDate periodEnd;

    public String summary;

    public String accomplishments;

    @Column(name = "next_steps")
    public String nextSteps;

    public String issues;

    @Column(name = "decisions_needed")
    public String decisionsNeeded;

    @Enumerated(EnumType.STRING) @Column(name = "proposed_schedule", nullable = false) Rag proposedSchedule;
    @Enumerated(EnumType.STRING) @Column(name = "proposed_cost", nullable = false) Rag proposedCost;
    @Enumerated(EnumType.STRING) @Column(name = "proposed_scope", nullable = false) Rag proposedScope;
    @Enumerated(EnumType.STRING) @Column(name = "proposed_risk", nullable = false) Rag proposedRisk;
    @Enumerated(EnumType.STRING) @Column(name = "proposed_resources", nullable = false) Rag proposedResources;
    @Enumerated(EnumType.STRING) @Column(name = "proposed_overall", nullable = false) Rag proposedOverall;
    @Enumerated(EnumType.STRING) @Column(nullable = false) Rag schedule;
    @Enumerated(EnumType.STRING) @Column(nullable = false) Rag cost;
    @Enumerated(EnumType.STRING) @Column(nullable = false) Rag scope;
    @Enumerated(EnumType.STRING) @Column(nullable = false) Rag risk;
    @Enumerated(EnumType.STRING) @Column(nullable = false) Rag resources;
    @Enumerated(EnumType.STRING) @Column(nullable = false) Rag overall;

    @Column(name = "override_reason")
    public String overrideReason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "published_by_subject"))
    @AttributeOverride(name = "email", column = @Column(name = "published_by_email"))
    @AttributeOverride(name = "name", column = @Column(name = "published_by_name"))
    public PersonRef publishedBy;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "created_by_subject"))
    @AttributeOverride(name = "email", column = @Column(name = "created_by_email"))
    @AttributeOverride(name = "name", column = @Column(name = "created_by_name"))
    public PersonRef createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    public static Optional<StatusReport> find(UUID projectId, UUID id) {
        return StatusReport.<StatusReport>find("id = ?1 and projectId = ?2", id, projectId).firstResultOptional();
    }

    /** Sets the proposal and the reported health; a reported health other than the proposal needs a reason. */
    void rate(Health proposed, Health reported, String reason) {
        if (!proposed.equals(reported) && (reason == null || reason.isBlank())) {
            throw new ProblemException.Unprocessable("overrideReason",
                    "is required when the reported health differs from the proposed one");
        }
        proposedSchedule = proposed.schedule();
        proposedCost = proposed.cost();
        proposedScope = proposed.scope();
        proposedRisk = proposed.risk();
        proposedResources = proposed.resources();
        proposedOverall = proposed.overall();
        schedule = reported.schedule();
        cost = reported.cost();
        scope = reported.scope();
        risk = reported.risk();
        resources = reported.resources();
        overall = reported.overall();
        overrideReason = proposed.equals(reported) ? null : reason;
    }

    public Health proposed() {
        return new Health(proposedSchedule, proposedCost, proposedScope, proposedRisk, proposedResources,
                proposedOverall);
    }

    public Health health() {
        return new Health(schedule, cost, scope, risk, resources, overall);
    }

    /** Only a draft may change or be published: 409 {@code status-report-published} otherwise. */
    void requireDraft() {
        if (status == Status.PUBLISHED) {
            throw new ProblemException.Conflict("status-report-published", "Report already published",
                    "the report was published by " + publishedBy.name() + " at " + publishedAt);
        }
    }

    void publish(PersonRef by, Instant now) {
        requireDraft();
        status = Status.PUBLISHED;
        publishedBy = by;
        publishedAt = now;
    }
}
