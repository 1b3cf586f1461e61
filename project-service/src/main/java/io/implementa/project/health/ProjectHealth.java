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

/** The health a project's last published status report gave it: what the portfolio shows. */
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

    Health health() {
        return new Health(schedule, cost, scope, risk, resources, overall);
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
