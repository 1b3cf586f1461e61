package io.implementa.project.cost;

import io.implementa.platform.http.ProblemException;
import io.implementa.platform.people.PersonRef;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A project's budget: one currency for all its money, the amount the consumption thresholds measure against,
 * the contingency and management reserves, and the approval. It also remembers which thresholds are crossed and
 * whether an overrun is forecast, so that each crossing is announced once and re-armed when the figure drops.
 */
@Entity
@Table(name = "project_budget")
public class Budget extends PanacheEntityBase {

    @Id
    @Column(name = "project_id")
    public UUID projectId;

    @Column(nullable = false)
    public String currency;

    @Column(nullable = false)
    public BigDecimal amount;

    @Column(name = "contingency_reserve", nullable = false)
    public BigDecimal contingencyReserve;

    @Column(name = "management_reserve", nullable = false)
    public BigDecimal managementReserve;

    /** Percentages of the amount consumed that are announced, e.g. {@code 80,100}. */
    @Column(nullable = false)
    String thresholds;

    /** The thresholds the actual cost is at or above now. */
    @Column(name = "crossed_thresholds", nullable = false)
    String crossedThresholds;

    @Column(name = "overrun_forecast", nullable = false)
    public boolean overrunForecast;

    @Column(nullable = false)
    public boolean approved;

    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "approved_by_subject"))
    @AttributeOverride(name = "email", column = @Column(name = "approved_by_email"))
    @AttributeOverride(name = "name", column = @Column(name = "approved_by_name"))
    public PersonRef approvedBy;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "approval_note")
    public String approvalNote;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    protected Budget() {
    }

    static Budget draft(UUID projectId, String currency, List<Integer> thresholds, Instant now) {
        Budget budget = new Budget();
        budget.projectId = projectId;
        budget.currency = currency;
        budget.amount = BigDecimal.ZERO;
        budget.contingencyReserve = BigDecimal.ZERO;
        budget.managementReserve = BigDecimal.ZERO;
        budget.setThresholds(thresholds);
        budget.crossedThresholds = "";
        budget.createdAt = now;
        budget.updatedAt = now;
        return budget;
    }

    public static Optional<Budget> forProject(UUID projectId) {
        return findByIdOptional(projectId);
    }

    /** Every amount of a project is in its budget's currency; anything else is refused, never converted. */
    public void requireCurrency(String field, String given) {
        if (given != null && !currency.equals(given)) {
            throw new ProblemException.Unprocessable(field, "must be the project's budget currency " + currency
                    + ", was " + given);
        }
    }

    /** The amount and reserves; once approved, they change only through change requests. */
    void plan(String newCurrency, BigDecimal amount, BigDecimal contingency, BigDecimal management) {
        if (approved && (amount.compareTo(this.amount) != 0 || contingency.compareTo(contingencyReserve) != 0
                || management.compareTo(managementReserve) != 0 || !currency.equals(newCurrency))) {
            throw new ProblemException.Conflict("budget-approved", "Budget approved",
                    "the budget was approved by " + approvedBy.name() + "; change its amounts through a change "
                            + "request");
        }
        this.currency = newCurrency;
        this.amount = amount;
        this.contingencyReserve = contingency;
        this.managementReserve = management;
    }

    void approve(PersonRef by, String note, Instant now) {
        if (approved) {
            throw new ProblemException.Conflict("budget-already-approved", "Budget already approved",
                    "the budget was approved by " + approvedBy.name() + " at " + approvedAt);
        }
        if (amount.signum() <= 0) {
            throw new ProblemException.Conflict("budget-empty", "Nothing to approve",
                    "the budget amount is 0; set it before approving the budget");
        }
        approved = true;
        approvedBy = by;
        approvedAt = now;
        approvalNote = note;
    }

    /** An approved change request moves the amount by its cost impact; it never goes below zero. */
    void adjust(BigDecimal delta) {
        BigDecimal adjusted = amount.add(delta);
        amount = adjusted.signum() < 0 ? BigDecimal.ZERO : adjusted;
    }

    public List<Integer> thresholds() {
        return parse(thresholds);
    }

    void setThresholds(List<Integer> values) {
        thresholds = new TreeSet<>(values).stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** Share of the amount consumed by {@code actual}, in percent with two decimals; null without an amount. */
    public BigDecimal consumedPercent(BigDecimal actual) {
        if (amount.signum() == 0) {
            return null;
        }
        return actual.multiply(BigDecimal.valueOf(100)).divide(amount, 2, RoundingMode.HALF_UP);
    }

    /**
     * The thresholds {@code consumed} has newly reached; thresholds it has fallen below again are re-armed.
     */
    List<Integer> cross(BigDecimal consumed) {
        TreeSet<Integer> crossed = new TreeSet<>(parse(crossedThresholds));
        List<Integer> fresh = thresholds().stream()
                .filter(t -> consumed != null && consumed.compareTo(BigDecimal.valueOf(t)) >= 0)
                .filter(t -> !crossed.contains(t)).toList();
        crossed.addAll(fresh);
        crossed.removeIf(t -> consumed == null || consumed.compareTo(BigDecimal.valueOf(t)) < 0);
        crossedThresholds = crossed.stream().map(String::valueOf).collect(Collectors.joining(","));
        return fresh;
    }

    public List<Integer> crossed() {
        return parse(crossedThresholds);
    }

    private static List<Integer> parse(String list) {
        if (list == null || list.isBlank()) {
            return List.of();
        }
        return Arrays.stream(list.split(",")).map(Integer::valueOf).toList();
    }

    void touch(Instant now) {
        updatedAt = now;
    }
}
