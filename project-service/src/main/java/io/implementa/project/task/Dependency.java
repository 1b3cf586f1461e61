package io.implementa.project.task;

import io.implementa.project.schedule.engine.LinkType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
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
 * A link between two tasks of one project: the successor's start or finish follows the predecessor's
 * start or finish ({@link LinkType}), shifted by a lag in working days (negative: a lead).
 */
@Entity
@Table(name = "task_dependency")
public class Dependency extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(name = "predecessor_id", nullable = false)
    public UUID predecessorId;

    @Column(name = "successor_id", nullable = false)
    public UUID successorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LinkType type;

    @Column(nullable = false)
    public int lag;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    public static Dependency link(UUID projectId, UUID predecessorId, UUID successorId, LinkType type, int lag,
            Instant now) {
        Dependency d = new Dependency();
        d.id = UUID.randomUUID();
        d.projectId = projectId;
        d.predecessorId = predecessorId;
        d.successorId = successorId;
        d.type = type;
        d.lag = lag;
        d.createdAt = now;
        return d;
    }

    public static Optional<Dependency> find(UUID projectId, UUID dependencyId) {
        return Dependency.<Dependency>find("id = ?1 and projectId = ?2", dependencyId, projectId).firstResultOptional();
    }

    public static List<Dependency> ofProject(UUID projectId) {
        return list("projectId", projectId);
    }
}
