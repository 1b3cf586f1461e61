package io.implementa.project.health;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A project's current health, what the portfolio shows: set by its last published status report, then moved by
 * the health proposed from its data when that changes (see {@link HealthService#recompute}); and the last
 * proposal, to tell a changed proposal from the same one again.
 */
@Entity
@Table(name = "project_health")
public class ProjectHealth extends PanacheEntityBase {

    @Id
    @Column(name = "project_id")
    public UUID projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Rag schedule;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Rag cost;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Rag scope;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Rag risk;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Rag resources;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Rag overall;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_schedule")
    public Rag proposedSchedule;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_cost")
    public Rag proposedCost;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_scope")
    public Rag proposedScope;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_risk")
    public Rag proposedRisk;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_resources")
    public Rag proposedResources;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_overall")
    public Rag proposedOverall;

    Health health() {
        return new Health(schedule, cost, scope, risk, resources, overall);
    }

    /** The last proposal from the data; null when none was recorded yet. */
    Health proposed() {
        if (proposedSchedule == null || proposedCost == null || proposedScope == null || proposedRisk == null
                || proposedResources == null || proposedOverall == null) {
            return null;
        }
        return new Health(proposedSchedule, proposedCost, proposedScope, proposedRisk, proposedResources,
                proposedOverall);
    }

    void propose(Health h) {
        proposedSchedule = h.schedule();
        proposedCost = h.cost();
        proposedScope = h.scope();
        proposedRisk = h.risk();
        proposedResources = h.resources();
        proposedOverall = h.overall();
    }

    void set(Health h, Instant now) {
        schedule = h.schedule();
        cost = h.cost();
        scope = h.scope();
        risk = h.risk();
        resources = h.resources();
        overall = h.overall();
        changedAt = now;
    }
}
