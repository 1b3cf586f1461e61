package io.implementa.risk.action;

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
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.OptimisticLock;

/**
 * An action taken to respond to a risk: who does it, by when, and whether it is done. It also remembers what
 * the reminder job announced of it, so each announcement goes out once.
 */
@Entity
@Table(name = "mitigation_action")
public class MitigationAction extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "risk_id", nullable = false)
    public UUID riskId;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(nullable = false)
    public String title;

    public String description;

    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "owner_subject"))
    @AttributeOverride(name = "email", column = @Column(name = "owner_email"))
    @AttributeOverride(name = "name", column = @Column(name = "owner_name"))
    public PersonRef owner;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActionStatus status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The due date whose approach was announced (MitigationDueSoon); null if none was. */
    @OptimisticLock(excluded = true)
    @Column(name = "due_soon_announced_for")
    public LocalDate dueSoonAnnouncedFor;

    /** The due date that was last announced as missed (MitigationOverdue), when, and how many times. */
    @OptimisticLock(excluded = true)
    @Column(name = "overdue_announced_for")
    public LocalDate overdueAnnouncedFor;

    @OptimisticLock(excluded = true)
    @Column(name = "overdue_announced_at")
    public Instant overdueAnnouncedAt;

    @OptimisticLock(excluded = true)
    @Column(name = "overdue_announcements", nullable = false)
    public int overdueAnnouncements;

    @Version
    public long version;

    protected MitigationAction() {
    }

    public static MitigationAction plan(UUID projectId, UUID riskId, String title, String description,
            PersonRef owner, LocalDate dueDate, Instant now) {
        MitigationAction action = new MitigationAction();
        action.id = UUID.randomUUID();
        action.projectId = projectId;
        action.riskId = riskId;
        action.title = title;
        action.description = description;
        action.owner = owner;
        action.dueDate = dueDate;
        action.status = ActionStatus.OPEN;
        action.createdAt = now;
        action.updatedAt = now;
        return action;
    }

    /** Only open actions change; done and cancelled ones are history. */
    public void change(String title, String description, PersonRef owner, LocalDate dueDate, ActionStatus status,
            Instant now) {
        if (this.status != ActionStatus.OPEN) {
            throw new ProblemException.Conflict("action-not-open", "Action not open",
                    "mitigation action " + id + " is " + this.status + " and can no longer change");
        }
        if (!Objects.equals(this.dueDate, dueDate)) {
            // A new due date is a new commitment: its approach and its miss are announced afresh.
            overdueAnnouncements = 0;
            overdueAnnouncedAt = null;
            overdueAnnouncedFor = null;
        }
        this.title = title;
        this.description = description;
        this.owner = owner;
        this.dueDate = dueDate;
        this.status = status;
        this.updatedAt = now;
    }

    public boolean isOverdue(LocalDate today) {
        return status == ActionStatus.OPEN && dueDate.isBefore(today);
    }
}
