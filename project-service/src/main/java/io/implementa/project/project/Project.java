package io.implementa.project.project;

import io.implementa.platform.audit.AuditedEntity;
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
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A systems-implementation project: its identity, people, planned window, status and phase. */
@Entity
@Table(name = "project")
public class Project extends PanacheEntityBase implements AuditedEntity {

    @Id
    public UUID id;

    @Column(name = "project_key", nullable = false, unique = true)
    public String key;

    @Column(nullable = false)
    public String name;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProjectType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProjectStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Phase phase;

    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "sponsor_subject"))
    @AttributeOverride(name = "email", column = @Column(name = "sponsor_email"))
    @AttributeOverride(name = "name", column = @Column(name = "sponsor_name"))
    public PersonRef sponsor;

    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "manager_subject"))
    @AttributeOverride(name = "email", column = @Column(name = "manager_email"))
    @AttributeOverride(name = "name", column = @Column(name = "manager_name"))
    public PersonRef manager;

    @Column(name = "planned_start", nullable = false)
    public LocalDate plannedStart;

    @Column(name = "planned_end", nullable = false)
    public LocalDate plannedEnd;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    protected Project() {
    }

    /** A new project is proposed and in Initiation. */
    public static Project propose(String key, String name, String description, ProjectType type, PersonRef sponsor,
            PersonRef manager, LocalDate plannedStart, LocalDate plannedEnd, Instant now) {
        Project project = new Project();
        project.id = UUID.randomUUID();
        project.key = key;
        project.name = name;
        project.description = description;
        project.type = type;
        project.sponsor = sponsor;
        project.manager = manager;
        project.reschedule(plannedStart, plannedEnd);
        project.status = ProjectStatus.PROPOSED;
        project.phase = Phase.INITIATION;
        project.createdAt = now;
        project.updatedAt = now;
        return project;
    }

    public static Optional<Project> findByKey(String key) {
        return find("key", key).firstResultOptional();
    }

    /** Sets the planned window; the end may not come before the start. */
    public void reschedule(LocalDate start, LocalDate end) {
        if (end.isBefore(start)) {
            throw new ProblemException.Unprocessable("plannedEnd", "must not be before plannedStart (" + start + ")");
        }
        this.plannedStart = start;
        this.plannedEnd = end;
    }

    /** Closed and cancelled projects are history: they can be read, not changed. */
    public void requireEditable() {
        if (status == ProjectStatus.CLOSED || status == ProjectStatus.CANCELLED) {
            throw new ProblemException.Conflict("project-not-editable", "Project not editable",
                    "project " + key + " is " + status.name().toLowerCase() + " and can no longer be changed");
        }
    }

    /**
     * The phases under way: Monitoring &amp; Control runs alongside Execution, every other phase alone, and
     * nothing runs any more in a closed or cancelled project.
     */
    public List<Phase> activePhases() {
        if (status == ProjectStatus.CLOSED || status == ProjectStatus.CANCELLED) {
            return List.of();
        }
        return phase == Phase.EXECUTION ? List.of(Phase.EXECUTION, Phase.MONITORING_AND_CONTROL) : List.of(phase);
    }

    public void touch(Instant now) {
        this.updatedAt = now;
    }

    @Override
    public Object auditView() {
        return ProjectApi.ProjectView.of(this);
    }
}
