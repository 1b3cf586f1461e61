package io.implementa.notification.project;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * What this service knows of a project owned by the project-service: a local projection of its events,
 * holding only what notifications need. Written by the event handlers alone.
 */
@Entity
@Table(name = "project")
public class Project extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "project_key", nullable = false)
    public String key;

    @Column(nullable = false)
    public String name;

    /** The producer's status name, kept as text so that a status added upstream does not stop the projection. */
    @Column(nullable = false)
    public String status;

    /** When this service first heard of the project. */
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    protected Project() {
    }

    public static Project firstHeardOf(UUID id, Instant now) {
        Project project = new Project();
        project.id = id;
        project.createdAt = now;
        project.updatedAt = now;
        return project;
    }

    public void describe(String key, String name, String status, Instant now) {
        this.key = key;
        this.name = name;
        this.status = status;
        this.updatedAt = now;
    }
}
