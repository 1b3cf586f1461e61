package io.implementa.project.objective;

import io.implementa.platform.http.Problem;
import io.implementa.platform.http.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A measurable objective of a project: a metric (say, month-end close time in days) moved from a baseline
 * value to a target value by a due date, and the value actually reached.
 */
@Entity
@Table(name = "objective")
public class Objective extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(nullable = false)
    public String title;

    public String description;

    public String metric;

    public String unit;

    @Column(name = "baseline_value")
    public BigDecimal baseline;

    @Column(name = "target_value")
    public BigDecimal target;

    @Column(name = "actual_value")
    public BigDecimal actual;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ObjectiveStatus status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    protected Objective() {
    }

    static Objective of(UUID projectId, String title, Instant now) {
        Objective objective = new Objective();
        objective.id = UUID.randomUUID();
        objective.projectId = projectId;
        objective.title = title;
        objective.status = ObjectiveStatus.DRAFT;
        objective.createdAt = now;
        objective.updatedAt = now;
        return objective;
    }

    public static Optional<Objective> find(UUID projectId, UUID objectiveId) {
        return find("id = ?1 and projectId = ?2", objectiveId, projectId).firstResultOptional();
    }

    /** Objectives that say what success is: the ones with a target value. */
    public static long countWithTarget(UUID projectId) {
        return count("projectId = ?1 and target is not null", projectId);
    }

    /**
     * The rules that tie status to measures: an objective leaves DRAFT only with a metric and a target, and is
     * ACHIEVED or MISSED only with the actual value reached. Every missing field is named.
     */
    void requireConsistent() {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (status.needsMeasure()) {
            if (metric == null || metric.isBlank()) {
                errors.add(new Problem.FieldError("metric", "is required once the objective is " + status));
            }
            if (target == null) {
                errors.add(new Problem.FieldError("target", "is required once the objective is " + status));
            }
        }
        if (status.needsActual() && actual == null) {
            errors.add(new Problem.FieldError("actual", "is required for an objective that is " + status));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException.Unprocessable(errors.size() == 1
                    ? errors.get(0).field() + ": " + errors.get(0).message()
                    : errors.size() + " fields are invalid", errors);
        }
    }

    /**
     * How far the actual value has moved from the baseline towards the target, in percent (100 = target reached,
     * beyond 100 = exceeded); works for targets below the baseline (shorter close times) as well as above.
     */
    public BigDecimal progressPercent() {
        if (baseline == null || target == null || actual == null || target.compareTo(baseline) == 0) {
            return null;
        }
        return tidy(actual.subtract(baseline).multiply(BigDecimal.valueOf(100))
                .divide(target.subtract(baseline), 1, RoundingMode.HALF_UP));
    }

    /** 8.0000 as read from the database is 8 to a client: trailing zeros say nothing about a measure. */
    static BigDecimal tidy(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    void touch(Instant now) {
        this.updatedAt = now;
    }
}
