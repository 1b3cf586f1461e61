package io.implementa.notification.stakeholder;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A stakeholder of a project as the rules need them: the recipient reaching them, whether they are accountable
 * for the project, which news they asked for and how often. A projection of the project-service's register.
 */
@Entity
@Table(name = "stakeholder")
public class Stakeholder extends PanacheEntityBase {

    /** The register's frequency that means "never tell me". */
    public static final String NEVER = "NONE";

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(name = "recipient_id", nullable = false)
    public UUID recipientId;

    @Column(nullable = false)
    public boolean accountable;

    /** The register's notification kinds, comma-separated. */
    @Column(nullable = false)
    public String notifications;

    @Column(nullable = false)
    public String frequency;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    protected Stakeholder() {
    }

    static Stakeholder of(UUID id, UUID projectId) {
        Stakeholder stakeholder = new Stakeholder();
        stakeholder.id = id;
        stakeholder.projectId = projectId;
        return stakeholder;
    }

    /** Whether they asked for this kind of news (STATUS_REPORTS, MILESTONES, RISK_ESCALATIONS, BUDGET_ALERTS …). */
    public boolean asksFor(String kind) {
        return !NEVER.equals(frequency) && Arrays.asList(notifications.split(",")).contains(kind);
    }

    /** Whether they may be told anything at all. */
    public boolean reachable() {
        return !NEVER.equals(frequency);
    }

    public static List<Stakeholder> ofProject(UUID projectId) {
        return list("projectId = ?1 order by id", projectId);
    }
}
