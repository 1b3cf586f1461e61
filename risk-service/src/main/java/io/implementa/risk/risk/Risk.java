package io.implementa.risk.risk;

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
import java.util.Optional;
import java.util.UUID;

/** A risk in a project's register: what it is, how likely and how bad, who owns it and where it stands. */
@Entity
@Table(name = "risk")
public class Risk extends PanacheEntityBase {

    static final int MIN_SCALE = 1;
    static final int MAX_SCALE = 5;

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    /** The risk's place in its register, from 1; the key's digits. */
    @Column(nullable = false)
    public int number;

    @Column(name = "risk_key", nullable = false)
    public String key;

    @Column(nullable = false)
    public String title;

    @Embedded
    public RiskDescription description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RiskCategory category;

    @Column(nullable = false)
    public int probability;

    @Column(nullable = false)
    public int impact;

    /** Probability × impact, 1 to 25: always computed here, never taken from a client. */
    @Column(nullable = false)
    public int score;

    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "owner_subject"))
    @AttributeOverride(name = "email", column = @Column(name = "owner_email"))
    @AttributeOverride(name = "name", column = @Column(name = "owner_name"))
    public PersonRef owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RiskStatus status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    protected Risk() {
    }

    /** A newly identified risk, numbered in its project's register. */
    public static Risk identify(UUID projectId, String projectKey, int number, String title,
            RiskDescription description, RiskCategory category, int probability, int impact, PersonRef owner,
            Instant now) {
        Risk risk = new Risk();
        risk.id = UUID.randomUUID();
        risk.projectId = projectId;
        risk.number = number;
        risk.key = key(projectKey, number);
        risk.title = title;
        risk.description = description;
        risk.category = category;
        risk.score(probability, impact);
        risk.owner = owner;
        risk.status = RiskStatus.IDENTIFIED;
        risk.createdAt = now;
        risk.updatedAt = now;
        return risk;
    }

    /** {@code ERP-2027-R-001}: the project key when the risk was identified, then its number in the register. */
    static String key(String projectKey, int number) {
        return String.format("%s-R-%03d", projectKey, number);
    }

    public static Optional<Risk> findInProject(UUID projectId, UUID riskId) {
        return find("id = ?1 and projectId = ?2", riskId, projectId).firstResultOptional();
    }

    /** Sets probability and impact, each 1 (lowest) to 5 (highest), and the score that follows from them. */
    public void score(int probability, int impact) {
        requireOnScale("probability", probability);
        requireOnScale("impact", impact);
        this.probability = probability;
        this.impact = impact;
        this.score = probability * impact;
    }

    private static void requireOnScale(String field, int value) {
        if (value < MIN_SCALE || value > MAX_SCALE) {
            throw new ProblemException.Unprocessable(field, "must be between " + MIN_SCALE + " and " + MAX_SCALE);
        }
    }
}
