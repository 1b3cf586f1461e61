package io.implementa.resource.skill;

import io.implementa.platform.http.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.FlushMode;
import org.hibernate.jpa.HibernateHints;

/** An entry of the skills catalogue (e.g. "SAP FI configuration", category "ERP"); its name is unique. */
@Entity
@Table(name = "skill")
public class Skill extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String category;

    public String description;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    protected Skill() {
    }

    public static Skill define(String name, String category, String description, Instant now) {
        Skill skill = new Skill();
        skill.id = UUID.randomUUID();
        skill.name = name.trim();
        skill.category = category.trim();
        skill.description = description;
        skill.createdAt = now;
        skill.updatedAt = now;
        skill.requireUniqueName();
        return skill;
    }

    /** @return whether anything changed */
    public boolean revise(String newName, String newCategory, String newDescription, Instant now) {
        boolean changed = !newName.trim().equals(name) || !newCategory.trim().equals(category)
                || !java.util.Objects.equals(newDescription, description);
        if (changed) {
            name = newName.trim();
            category = newCategory.trim();
            description = newDescription;
            updatedAt = now;
            requireUniqueName();
        }
        return changed;
    }

    /** Checked before the unique index would refuse it, to answer 409 with the other skill's id. */
    private void requireUniqueName() {
        Optional<Skill> other = find("lower(name) = ?1 and id <> ?2", name.toLowerCase(), id)
                .withHint(HibernateHints.HINT_FLUSH_MODE, FlushMode.COMMIT)
                .firstResultOptional();
        other.ifPresent(o -> {
            throw new ProblemException.Conflict("duplicate-skill", "Skill already catalogued",
                    "the catalogue has a skill named " + o.name + " already").with("skillId", o.id);
        });
    }
}
