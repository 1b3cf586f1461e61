package io.implementa.risk.issue;

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
import java.time.LocalDate;
import java.util.UUID;

/**
 * An entry of a project's issue log: a problem the project has now, raised directly or by a risk that occurred
 * (then linked to it), with a severity, an owner, a due date and, once resolved, its resolution.
 */
@Entity
@Table(name = "risk_issue")
public class Issue extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    /** The risk that occurred and became this issue; null for an issue raised directly. */
    @Column(name = "risk_id")
    public UUID riskId;

    @Column(nullable = false)
    public String title;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IssueSeverity severity;

    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "owner_subject"))
    @AttributeOverride(name = "email", column = @Column(name = "owner_email"))
    @AttributeOverride(name = "name", column = @Column(name = "owner_name"))
    public PersonRef owner;

    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "raised_by_subject"))
    @AttributeOverride(name = "email", column = @Column(name = "raised_by_email"))
    @AttributeOverride(name = "name", column = @Column(name = "raised_by_name"))
    public PersonRef raisedBy;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IssueStatus status;

    public String resolution;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Version
    public long version;

    protected Issue() {
    }

    public static Issue raise(UUID projectId, UUID riskId, String title, String description, IssueSeverity severity,
            PersonRef owner, PersonRef raisedBy, LocalDate dueDate, Instant now) {
        Issue issue = new Issue();
        issue.id = UUID.randomUUID();
        issue.projectId = projectId;
        issue.riskId = riskId;
        issue.title = title;
        issue.description = description;
        issue.severity = severity;
        issue.owner = owner;
        issue.raisedBy = raisedBy;
        issue.dueDate = dueDate;
        issue.status = IssueStatus.OPEN;
        issue.createdAt = now;
        issue.updatedAt = now;
        return issue;
    }

    /**
     * Changes the issue; a resolved issue is final (409), a move off the status graph is 409, and resolving needs
     * a resolution (422).
     */
    public void change(String title, String description, IssueSeverity severity, PersonRef owner,
            LocalDate dueDate, IssueStatus target, String resolution, Instant now) {
        if (status == IssueStatus.RESOLVED) {
            throw new ProblemException.Conflict("issue-resolved", "Issue resolved",
                    "issue " + id + " is resolved and can no longer change");
        }
        if (target != status && !status.next().contains(target)) {
            throw new ProblemException.Conflict("invalid-status-transition", "Invalid status transition",
                    "issue " + id + " cannot move from " + status + " to " + target);
        }
        if (target == IssueStatus.RESOLVED && (resolution == null || resolution.isBlank())) {
            throw new ProblemException.Unprocessable("resolution", "is required to resolve an issue");
        }
        this.title = title;
        this.description = description;
        this.severity = severity;
        this.owner = owner;
        this.dueDate = dueDate;
        this.resolution = resolution;
        if (target == IssueStatus.RESOLVED) {
            resolvedAt = now;
        }
        this.status = target;
        this.updatedAt = now;
    }
}
