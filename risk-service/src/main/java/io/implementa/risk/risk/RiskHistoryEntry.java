package io.implementa.risk.risk;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One entry of a risk's assessment history: its scores after an identification, an assessment or a status
 * change, with who made it, when and why. Entries are only ever added; they are the source of the score trends.
 */
@Entity
@Table(name = "risk_assessment")
public class RiskHistoryEntry extends PanacheEntityBase {

    /** What made the entry. */
    public enum Change {
        IDENTIFIED, ASSESSED, STATUS_CHANGED, ACCEPTED
    }

    @Id
    public UUID id;

    @Column(name = "risk_id", nullable = false)
    public UUID riskId;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Change change;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RiskStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RiskKind kind;

    @Column(nullable = false)
    public int probability;

    @Column(name = "schedule_impact")
    public Integer scheduleImpact;

    @Column(name = "cost_impact")
    public Integer costImpact;

    @Column(name = "scope_impact")
    public Integer scopeImpact;

    @Column(nullable = false)
    public int impact;

    @Column(nullable = false)
    public int score;

    @Column(name = "previous_score")
    public Integer previousScore;

    @Column(name = "residual_score")
    public Integer residualScore;

    @Column(name = "exposure_amount")
    public BigDecimal exposureAmount;

    @Column(name = "exposure_currency")
    public String exposureCurrency;

    @Enumerated(EnumType.STRING)
    @Column(name = "response_strategy")
    public ResponseStrategy responseStrategy;

    @Column(nullable = false)
    public String reason;

    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "by_subject"))
    @AttributeOverride(name = "email", column = @Column(name = "by_email"))
    @AttributeOverride(name = "name", column = @Column(name = "by_name"))
    public PersonRef by;

    protected RiskHistoryEntry() {
    }

    /** The risk as it stands now, recorded with what changed it. */
    static RiskHistoryEntry of(Risk risk, Change change, Integer previousScore, String reason, PersonRef by,
            Instant now) {
        RiskHistoryEntry e = new RiskHistoryEntry();
        e.id = UUID.randomUUID();
        e.riskId = risk.id;
        e.projectId = risk.projectId;
        e.recordedAt = now;
        e.change = change;
        e.status = risk.status;
        e.kind = risk.kind;
        e.probability = risk.probability;
        e.scheduleImpact = risk.scheduleImpact;
        e.costImpact = risk.costImpact;
        e.scopeImpact = risk.scopeImpact;
        e.impact = risk.impact;
        e.score = risk.score;
        e.previousScore = previousScore;
        e.residualScore = risk.residualScore;
        e.exposureAmount = risk.exposureAmount;
        e.exposureCurrency = risk.exposureCurrency;
        e.responseStrategy = risk.responseStrategy;
        e.reason = reason;
        e.by = by;
        return e;
    }
}
