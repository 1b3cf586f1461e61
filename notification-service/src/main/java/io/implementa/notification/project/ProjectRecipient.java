package io.implementa.notification.project;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** One role a recipient plays in a project; a recipient with two roles in a project has two links. */
@Entity
@Table(name = "project_recipient")
public class ProjectRecipient extends PanacheEntityBase {

    @EmbeddedId
    public Key id;

    protected ProjectRecipient() {
    }

    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "project_id", nullable = false)
        public UUID projectId;

        @Column(name = "recipient_id", nullable = false)
        public UUID recipientId;

        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        public ProjectRole role;

        protected Key() {
        }

        Key(UUID projectId, UUID recipientId, ProjectRole role) {
            this.projectId = projectId;
            this.recipientId = recipientId;
            this.role = role;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && projectId.equals(key.projectId) && recipientId.equals(key.recipientId)
                    && role == key.role;
        }

        @Override
        public int hashCode() {
            return Objects.hash(projectId, recipientId, role);
        }
    }

    /** Gives the role in the project to this recipient alone, leaving the recipient's other roles as they are. */
    static void assign(UUID projectId, ProjectRole role, UUID recipientId) {
        delete("id.projectId = ?1 and id.role = ?2 and id.recipientId <> ?3", projectId, role, recipientId);
        Key key = new Key(projectId, recipientId, role);
        if (findByIdOptional(key).isEmpty()) {
            ProjectRecipient link = new ProjectRecipient();
            link.id = key;
            link.persist();
        }
    }

    /** How many different recipients the project has. */
    static long recipientCount(UUID projectId) {
        return getEntityManager()
                .createQuery("select count(distinct l.id.recipientId) from ProjectRecipient l where l.id.projectId = ?1",
                        Long.class)
                .setParameter(1, projectId)
                .getSingleResult();
    }

    /** The roles in the project of each of these recipients, in role order. */
    static Map<UUID, Set<ProjectRole>> rolesIn(UUID projectId, Collection<UUID> recipientIds) {
        Map<UUID, Set<ProjectRole>> roles = new HashMap<>();
        if (recipientIds.isEmpty()) {
            return roles;
        }
        List<ProjectRecipient> links = list("id.projectId = ?1 and id.recipientId in ?2", projectId, recipientIds);
        for (ProjectRecipient link : links) {
            roles.computeIfAbsent(link.id.recipientId, id -> EnumSet.noneOf(ProjectRole.class)).add(link.id.role);
        }
        return roles;
    }
}
