package io.implementa.resource.skill;

import io.implementa.platform.http.Problem.FieldError;
import io.implementa.platform.http.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** The level (1 novice to 5 expert) a person holds in a catalogued skill, with an optional certification. */
@Entity
@Table(name = "resource_skill")
public class ResourceSkill extends PanacheEntityBase {

    public static final int MIN_LEVEL = 1;
    public static final int MAX_LEVEL = 5;

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public int level;

    public String certification;

    @Column(name = "certification_expiry")
    public LocalDate certificationExpiry;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    @Embeddable
    public record Key(@Column(name = "resource_id") UUID resourceId, @Column(name = "skill_id") UUID skillId)
            implements Serializable {
    }

    protected ResourceSkill() {
    }

    public static ResourceSkill grant(UUID resourceId, UUID skillId, int level, String certification,
            LocalDate expiry, Instant now) {
        ResourceSkill held = new ResourceSkill();
        held.key = new Key(resourceId, skillId);
        held.apply(level, certification, expiry, now);
        return held;
    }

    /** @return whether anything changed */
    public boolean assess(int newLevel, String newCertification, LocalDate newExpiry, Instant now) {
        if (newLevel == level && Objects.equals(newCertification, certification)
                && Objects.equals(newExpiry, certificationExpiry)) {
            return false;
        }
        apply(newLevel, newCertification, newExpiry, now);
        return true;
    }

    private void apply(int newLevel, String newCertification, LocalDate newExpiry, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        if (newLevel < MIN_LEVEL || newLevel > MAX_LEVEL) {
            errors.add(new FieldError("level", "must be between 1 and 5"));
        }
        if (newExpiry != null && (newCertification == null || newCertification.isBlank())) {
            errors.add(new FieldError("certificationExpiry", "needs a certification"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException.Unprocessable(errors.size() == 1
                    ? errors.get(0).field() + ": " + errors.get(0).message() : errors.size() + " fields are invalid",
                    errors);
        }
        level = newLevel;
        certification = newCertification;
        certificationExpiry = newExpiry;
        updatedAt = now;
    }
}
