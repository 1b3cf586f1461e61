package io.implementa.risk.appetite;

import io.implementa.platform.http.Problem;
import io.implementa.platform.http.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A project's risk appetite: the scores (1–25) from which a risk is medium, high and critical (below medium it
 * is low), and the score from which it is escalated. A project that never set its appetite has the defaults;
 * they are stored, as version 0, the first time the project changes them.
 */
@Entity
@Table(name = "risk_appetite")
public class RiskAppetite extends PanacheEntityBase {

    public static final int DEFAULT_MEDIUM_FROM = 5;
    public static final int DEFAULT_HIGH_FROM = 10;
    public static final int DEFAULT_CRITICAL_FROM = 16;
    public static final int DEFAULT_ESCALATION_FROM = 15;
    public static final int DEFAULT_REVIEW_DAYS_LOW = 90;
    public static final int DEFAULT_REVIEW_DAYS_MEDIUM = 30;
    public static final int DEFAULT_REVIEW_DAYS_HIGH = 14;
    public static final int DEFAULT_REVIEW_DAYS_CRITICAL = 7;

    @Id
    @Column(name = "project_id")
    public UUID projectId;

    @Column(name = "medium_from", nullable = false)
    public int mediumFrom;

    @Column(name = "high_from", nullable = false)
    public int highFrom;

    @Column(name = "critical_from", nullable = false)
    public int criticalFrom;

    @Column(name = "escalation_from", nullable = false)
    public int escalationFrom;

    /** Review cadence: days from an identification or assessment to the risk's next review, per level (V25). */
    @Column(name = "review_days_low", nullable = false)
    public int reviewDaysLow;

    @Column(name = "review_days_medium", nullable = false)
    public int reviewDaysMedium;

    @Column(name = "review_days_high", nullable = false)
    public int reviewDaysHigh;

    @Column(name = "review_days_critical", nullable = false)
    public int reviewDaysCritical;

    // Detection thresholds of the project (V27); null: the service-wide default applies.

    @Column(name = "milestone_slip_days")
    public Integer milestoneSlipDays;

    @Column(name = "finish_slip_days")
    public Integer finishSlipDays;

    @Column(name = "cost_overrun_percent")
    public java.math.BigDecimal costOverrunPercent;

    @Column(name = "change_request_schedule_days")
    public Integer changeRequestScheduleDays;

    @Column(name = "change_request_cost")
    public java.math.BigDecimal changeRequestCost;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    protected RiskAppetite() {
    }

    /** The defaults of a project that never set its appetite; not persisted. */
    public static RiskAppetite defaults(UUID projectId, Instant now) {
        RiskAppetite appetite = new RiskAppetite();
        appetite.projectId = projectId;
        appetite.mediumFrom = DEFAULT_MEDIUM_FROM;
        appetite.highFrom = DEFAULT_HIGH_FROM;
        appetite.criticalFrom = DEFAULT_CRITICAL_FROM;
        appetite.escalationFrom = DEFAULT_ESCALATION_FROM;
        appetite.reviewDaysLow = DEFAULT_REVIEW_DAYS_LOW;
        appetite.reviewDaysMedium = DEFAULT_REVIEW_DAYS_MEDIUM;
        appetite.reviewDaysHigh = DEFAULT_REVIEW_DAYS_HIGH;
        appetite.reviewDaysCritical = DEFAULT_REVIEW_DAYS_CRITICAL;
        appetite.updatedAt = now;
        return appetite;
    }

    /** The project's appetite, or the defaults. */
    public static RiskAppetite of(UUID projectId, Instant now) {
        return RiskAppetite.<RiskAppetite>findByIdOptional(projectId).orElseGet(() -> defaults(projectId, now));
    }

    /** Sets the thresholds; they must rise strictly from medium to critical, all within 2 to 25. */
    public void set(int mediumFrom, int highFrom, int criticalFrom, int escalationFrom, Instant now) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (mediumFrom < 2) {
            errors.add(new Problem.FieldError("mediumFrom", "must be at least 2, so that some scores are low"));
        }
        if (highFrom <= mediumFrom) {
            errors.add(new Problem.FieldError("highFrom", "must be above mediumFrom"));
        }
        if (criticalFrom <= highFrom) {
            errors.add(new Problem.FieldError("criticalFrom", "must be above highFrom"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException.Unprocessable(errors.size() == 1 ? errors.get(0).field() + ": "
                    + errors.get(0).message() : errors.size() + " fields are invalid", errors);
        }
        this.mediumFrom = mediumFrom;
        this.highFrom = highFrom;
        this.criticalFrom = criticalFrom;
        this.escalationFrom = escalationFrom;
        this.updatedAt = now;
    }

    public RiskLevel levelOf(int score) {
        if (score >= criticalFrom) {
            return RiskLevel.CRITICAL;
        }
        if (score >= highFrom) {
            return RiskLevel.HIGH;
        }
        return score >= mediumFrom ? RiskLevel.MEDIUM : RiskLevel.LOW;
    }

    /** Sets the project's own detection thresholds; a null one falls back to the service-wide default. */
    public void detectWith(Integer milestoneSlipDays, Integer finishSlipDays, java.math.BigDecimal costOverrunPercent,
            Integer changeRequestScheduleDays, java.math.BigDecimal changeRequestCost) {
        this.milestoneSlipDays = milestoneSlipDays;
        this.finishSlipDays = finishSlipDays;
        this.costOverrunPercent = costOverrunPercent;
        this.changeRequestScheduleDays = changeRequestScheduleDays;
        this.changeRequestCost = changeRequestCost;
    }

    /** Sets how many days after an assessment each level of risk is reviewed. */
    public void reviewEvery(int low, int medium, int high, int critical) {
        this.reviewDaysLow = low;
        this.reviewDaysMedium = medium;
        this.reviewDaysHigh = high;
        this.reviewDaysCritical = critical;
    }

    /** The day a risk with the score is next reviewed, counted from the given day. */
    public java.time.LocalDate nextReview(int score, java.time.LocalDate from) {
        return from.plusDays(switch (levelOf(score)) {
            case LOW -> reviewDaysLow;
            case MEDIUM -> reviewDaysMedium;
            case HIGH -> reviewDaysHigh;
            case CRITICAL -> reviewDaysCritical;
        });
    }

    public boolean escalates(int score) {
        return score >= escalationFrom;
    }
}
