package io.implementa.project.template;

import io.implementa.platform.people.PersonRef;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A project template: built in (no owner, visible to all) or saved by a user from one of their projects
 * (visible to its owner, and to everyone once shared). Templates are not project data: changing one never
 * changes a project made from it.
 */
@Entity
@Table(name = "project_template")
public class ProjectTemplate extends PanacheEntityBase {

    /** The built-in "systems implementation" template (see migration V51). */
    public static final UUID SYSTEMS_IMPLEMENTATION = UUID.fromString("00000000-0000-4000-8000-000000000001");

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    public String description;

    @Column(name = "built_in", nullable = false)
    public boolean builtIn;

    @Column(nullable = false)
    public boolean shared;

    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "owner_subject"))
    @AttributeOverride(name = "email", column = @Column(name = "owner_email"))
    @AttributeOverride(name = "name", column = @Column(name = "owner_name"))
    public PersonRef owner;

    @Column(name = "source_project_id")
    public UUID sourceProjectId;

    @Column(name = "source_project_key")
    public String sourceProjectKey;

    /** The {@link TemplateContent} as JSON; (de)serialised by the service, which owns the mapper. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String content;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    protected ProjectTemplate() {
    }

    static ProjectTemplate saved(String name, String description, boolean shared, PersonRef owner, UUID projectId,
            String projectKey, String content, Instant now) {
        ProjectTemplate template = new ProjectTemplate();
        template.id = UUID.randomUUID();
        template.name = name;
        template.description = description;
        template.shared = shared;
        template.owner = owner;
        template.sourceProjectId = projectId;
        template.sourceProjectKey = projectKey;
        template.content = content;
        template.createdAt = now;
        return template;
    }

    /** Built-in and shared templates are everyone's; the others only their owner's (and an admin's). */
    boolean visibleTo(String subject, boolean admin) {
        return builtIn || shared || admin || (owner != null && owner.subject().equals(subject));
    }

    static Optional<ProjectTemplate> visible(UUID id, String subject, boolean admin) {
        return ProjectTemplate.<ProjectTemplate>findByIdOptional(id).filter(t -> t.visibleTo(subject, admin));
    }

    static boolean nameTaken(String ownerSubject, String name) {
        return count("owner.subject = ?1 and lower(name) = ?2", ownerSubject, name.strip().toLowerCase()) > 0;
    }
}
