package io.implementa.project.lifecycle;

import io.implementa.platform.people.PersonRef;
import io.implementa.project.gate.Gate;
import io.implementa.project.project.ProjectStatus;
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
import java.util.Optional;
import java.util.UUID;

/**
 * One change of a project's status: put on hold, resumed or cancelled explicitly, or activated and closed
 * by passing a gate (then {@code gate} names it). Written once, never changed.
 */
@Entity
@Table(name = "status_change")
public class StatusChange extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false)
    public ProjectStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public ProjectStatus toStatus;

    public String reason;

    @Enumerated(EnumType.STRING)
    public Gate gate;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "by_subject"))
    @AttributeOverride(name = "email", column = @Column(name = "by_email"))
    @AttributeOverride(name = "name", column = @Column(name = "by_name"))
    public PersonRef by;

    @Version
    public long version;

    protected StatusChange() {
    }

    static StatusChange of(UUID projectId, ProjectStatus from, ProjectStatus to, String reason, Gate gate, PersonRef by,
            Instant at) {
        StatusChange change = new StatusChange();
        change.id = UUID.randomUUID();
        change.projectId = projectId;
        change.fromStatus = from;
        change.toStatus = to;
        change.reason = reason;
        change.gate = gate;
        change.by = by;
        change.changedAt = at;
        return change;
    }

    static Optional<StatusChange> find(UUID projectId, UUID changeId) {
        return find("id = ?1 and projectId = ?2", changeId, projectId).firstResultOptional();
    }
}
