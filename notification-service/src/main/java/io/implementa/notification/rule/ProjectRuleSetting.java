package io.implementa.notification.rule;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Whether a built-in rule runs in a project, as its manager or sponsor last set it; no row means it runs. */
@Entity
@Table(name = "project_rule")
public class ProjectRuleSetting extends PanacheEntityBase {

    @EmbeddedId
    public Key id;

    @Column(nullable = false)
    public boolean enabled;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    protected ProjectRuleSetting() {
    }

    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "project_id", nullable = false)
        public UUID projectId;

        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        public BuiltInRule rule;

        protected Key() {
        }

        Key(UUID projectId, BuiltInRule rule) {
            this.projectId = projectId;
            this.rule = rule;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && projectId.equals(key.projectId) && rule == key.rule;
        }

        @Override
        public int hashCode() {
            return Objects.hash(projectId, rule);
        }
    }

    static ProjectRuleSetting set(UUID projectId, BuiltInRule rule, boolean enabled, String by, Instant now) {
        Key key = new Key(projectId, rule);
        ProjectRuleSetting setting = ProjectRuleSetting.<ProjectRuleSetting>findByIdOptional(key).orElseGet(() -> {
            ProjectRuleSetting created = new ProjectRuleSetting();
            created.id = key;
            return created;
        });
        setting.enabled = enabled;
        setting.changedBy = by;
        setting.changedAt = now;
        if (!setting.isPersistent()) {
            setting.persist();
        }
        return setting;
    }

    /** Whether the rule runs in the project (a null project: an event of no project, where every rule runs). */
    public static boolean runs(UUID projectId, BuiltInRule rule) {
        return projectId == null || ProjectRuleSetting.<ProjectRuleSetting>findByIdOptional(new Key(projectId, rule))
                .map(setting -> setting.enabled).orElse(true);
    }
}
