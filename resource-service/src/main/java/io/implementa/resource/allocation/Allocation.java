package io.implementa.resource.allocation;

import io.implementa.platform.http.Problem.FieldError;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A resource assigned to a project from {@code startDate} to {@code endDate} (inclusive), either at a
 * percentage of its working hours on each day or at fixed hours on each of its working days.
 */
@Entity
@Table(name = "allocation")
public class Allocation extends PanacheEntityBase {

    /** An allocation is at most this long, so that every computation over allocations stays bounded. */
    public static final int MAX_YEARS = 2;

    @Id
    public UUID id;

    @Column(name = "resource_id", nullable = false)
    public UUID resourceId;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(name = "task_id")
    public UUID taskId;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    public BigDecimal percent;

    @Column(name = "hours_per_day")
    public BigDecimal hoursPerDay;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AllocationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AllocationStatus status;

    public String note;

    /** For a task allocation: whether the task is on its project's critical path. */
    public boolean critical;

    /** For a task allocation: the task's total float in working days, as last scheduled (null when unknown). */
    @Column(name = "total_float")
    public Integer totalFloat;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "released_at")
    public Instant releasedAt;

    @Version
    public long version;

    protected Allocation() {
    }

    /** What an allocation books: when, how much and how firmly. */
    public record Terms(LocalDate startDate, LocalDate endDate, BigDecimal percent, BigDecimal hoursPerDay,
            AllocationKind kind, String note) {
    }

    public static Allocation assign(UUID resourceId, UUID projectId, Terms terms, Instant now) {
        Allocation allocation = new Allocation();
        allocation.id = UUID.randomUUID();
        allocation.resourceId = resourceId;
        allocation.projectId = projectId;
        allocation.status = AllocationStatus.ACTIVE;
        allocation.createdAt = now;
        allocation.apply(terms, now);
        return allocation;
    }

    /** A HARD allocation derived from a task assignment of the project-service. */
    static Allocation forTask(UUID resourceId, UUID projectId, UUID taskId, Terms terms, boolean critical,
            Integer totalFloat, Instant now) {
        Allocation allocation = assign(resourceId, projectId, terms, now);
        allocation.taskId = taskId;
        allocation.critical = critical;
        allocation.totalFloat = totalFloat;
        return allocation;
    }

    /** Follows the task's latest terms and schedule; @return whether anything changed */
    boolean follow(Terms terms, boolean nowCritical, Integer nowFloat, Instant now) {
        boolean changed = revise(terms, now);
        if (critical != nowCritical || !Objects.equals(totalFloat, nowFloat)) {
            critical = nowCritical;
            totalFloat = nowFloat;
            updatedAt = now;
            changed = true;
        }
        return changed;
    }

    /** Task allocations follow the project-service's events; nobody edits them over the API. */
    public void requireNotTaskAllocation() {
        if (taskId != null) {
            throw new ProblemException.Conflict("task-allocation", "Task allocation",
                    "allocation " + id + " follows task " + taskId + " of the project-service; change the task's "
                            + "assignment there");
        }
    }

    public Terms terms() {
        return new Terms(startDate, endDate, percent, hoursPerDay, kind, note);
    }

    /** @return whether anything changed */
    public boolean revise(Terms terms, Instant now) {
        requireActive();
        if (sameAs(terms)) {
            return false;
        }
        apply(terms, now);
        return true;
    }

    /** Ends the allocation: it no longer loads the resource. */
    public void release(Instant now) {
        requireActive();
        status = AllocationStatus.RELEASED;
        releasedAt = now;
        updatedAt = now;
    }

    /** Shortens the allocation to end on the day given (a project closed); nothing is left when it starts later. */
    public void endOn(LocalDate day, Instant now) {
        if (startDate.isAfter(day)) {
            release(now);
        } else if (endDate.isAfter(day)) {
            endDate = day;
            updatedAt = now;
        }
    }

    public boolean isHard() {
        return kind == AllocationKind.HARD;
    }

    private void requireActive() {
        if (status == AllocationStatus.RELEASED) {
            throw new ProblemException.Conflict("allocation-released", "Allocation released",
                    "allocation " + id + " has been released");
        }
    }

    private boolean sameAs(Terms t) {
        return t.startDate().equals(startDate) && t.endDate().equals(endDate) && same(t.percent(), percent)
                && same(t.hoursPerDay(), hoursPerDay) && t.kind() == kind && Objects.equals(t.note(), note);
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private void apply(Terms t, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        if (t.startDate() == null) {
            errors.add(new FieldError("startDate", "must not be null"));
        }
        if (t.endDate() == null) {
            errors.add(new FieldError("endDate", "must not be null"));
        }
        if (t.startDate() != null && t.endDate() != null) {
            if (t.endDate().isBefore(t.startDate())) {
                errors.add(new FieldError("endDate", "must not be before startDate"));
            } else if (t.endDate().isAfter(t.startDate().plusYears(MAX_YEARS))) {
                errors.add(new FieldError("endDate", "must be at most " + MAX_YEARS + " years after startDate"));
            }
        }
        if ((t.percent() == null) == (t.hoursPerDay() == null)) {
            errors.add(new FieldError("percent", "give either percent or hoursPerDay"));
        }
        if (t.kind() == null) {
            errors.add(new FieldError("kind", "must not be null"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException.Unprocessable(errors.size() == 1
                    ? errors.get(0).field() + ": " + errors.get(0).message() : errors.size() + " fields are invalid",
                    errors);
        }
        startDate = t.startDate();
        endDate = t.endDate();
        percent = t.percent();
        hoursPerDay = t.hoursPerDay();
        kind = t.kind();
        note = t.note();
        updatedAt = now;
    }
}
