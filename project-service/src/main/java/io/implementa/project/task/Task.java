package io.implementa.project.task;

import io.implementa.platform.http.ProblemException;
import io.implementa.project.calendar.ProjectCalendar;
import io.implementa.project.schedule.engine.ConstraintType;
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
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A work item of a project's breakdown: a node of the tree (parent and position among its siblings),
 * the planned work (duration in working days, estimate, effort), progress and date constraints. The
 * rules that keep one task coherent live here; the tree and the schedule are kept by the service.
 */
@Entity
@Table(name = "task")
public class Task extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(name = "parent_id")
    public UUID parentId;

    /** 0-based rank among the siblings, without gaps. */
    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String name;

    public String description;

    /** Working days; 0 for a milestone, ignored for a summary. */
    @Column(nullable = false)
    public int duration;

    public BigDecimal optimistic;

    @Column(name = "most_likely")
    public BigDecimal mostLikely;

    public BigDecimal pessimistic;

    @Column(name = "effort_hours")
    public BigDecimal effortHours;

    @Column(name = "percent_complete", nullable = false)
    public int percentComplete;

    @Column(name = "actual_start")
    public LocalDate actualStart;

    @Column(name = "actual_finish")
    public LocalDate actualFinish;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TaskStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "constraint_type", nullable = false)
    public ConstraintType constraintType;

    @Column(name = "constraint_date")
    public LocalDate constraintDate;

    public LocalDate deadline;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public static Task create(UUID projectId, UUID parentId, int position, String name, Instant now) {
        Task task = new Task();
        task.id = UUID.randomUUID();
        task.projectId = projectId;
        task.parentId = parentId;
        task.position = position;
        task.name = name;
        task.status = TaskStatus.NOT_STARTED;
        task.constraintType = ConstraintType.ASAP;
        task.createdAt = now;
        task.updatedAt = now;
        return task;
    }

    public static Optional<Task> find(UUID projectId, UUID taskId) {
        return Task.<Task>find("id = ?1 and projectId = ?2", taskId, projectId).firstResultOptional();
    }

    /** Every task of the project, siblings in position order. */
    public static List<Task> ofProject(UUID projectId) {
        return list("projectId = ?1 order by position, id", projectId);
    }

    /** Checks the rules that tie the task's fields together; call after every change. */
    public void validate(boolean milestoneRequested) {
        if (duration < 0) {
            throw new ProblemException.Unprocessable("duration", "must not be negative");
        }
        if (milestoneRequested && duration != 0) {
            throw new ProblemException.Unprocessable("duration", "must be 0 for a milestone, was " + duration);
        }
        boolean anyEstimate = optimistic != null || mostLikely != null || pessimistic != null;
        if (anyEstimate) {
            if (optimistic == null || mostLikely == null || pessimistic == null) {
                throw new ProblemException.Unprocessable("estimate",
                        "needs optimistic, mostLikely and pessimistic together");
            }
            if (optimistic.signum() < 0 || optimistic.compareTo(mostLikely) > 0
                    || mostLikely.compareTo(pessimistic) > 0) {
                throw new ProblemException.Unprocessable("estimate",
                        "must satisfy 0 <= optimistic <= mostLikely <= pessimistic");
            }
        }
        if (effortHours != null && effortHours.signum() < 0) {
            throw new ProblemException.Unprocessable("effortHours", "must not be negative");
        }
        if (percentComplete < 0 || percentComplete > 100) {
            throw new ProblemException.Unprocessable("percentComplete", "must be between 0 and 100");
        }
        ProjectCalendar.requireInWindow("actualStart", actualStart);
        ProjectCalendar.requireInWindow("actualFinish", actualFinish);
        ProjectCalendar.requireInWindow("constraint.date", constraintDate);
        ProjectCalendar.requireInWindow("deadline", deadline);
        if (actualFinish != null && actualStart == null) {
            throw new ProblemException.Unprocessable("actualStart", "is required when actualFinish is set");
        }
        if (actualFinish != null && actualFinish.isBefore(actualStart)) {
            throw new ProblemException.Unprocessable("actualFinish",
                    "must not be before actualStart (" + actualStart + ")");
        }
        if (status == TaskStatus.IN_PROGRESS && actualStart == null) {
            throw new ProblemException.Unprocessable("actualStart", "is required when the status is IN_PROGRESS");
        }
        if (status == TaskStatus.DONE && actualFinish == null) {
            throw new ProblemException.Unprocessable("actualFinish", "is required when the status is DONE");
        }
        if (status == TaskStatus.NOT_STARTED && actualStart != null) {
            throw new ProblemException.Unprocessable("status", "must be IN_PROGRESS or DONE once actualStart is set");
        }
        if (constraintType == null) {
            constraintType = ConstraintType.ASAP;
        }
        if (constraintType.dated() && constraintDate == null) {
            throw new ProblemException.Unprocessable("constraint.date", "is required for " + constraintType);
        }
        if (!constraintType.dated()) {
            constraintDate = null;
        }
    }

    /** PERT expected duration (o + 4m + p) / 6, or null without an estimate. */
    public BigDecimal expectedDuration() {
        if (optimistic == null) {
            return null;
        }
        return optimistic.add(mostLikely.multiply(BigDecimal.valueOf(4))).add(pessimistic)
                .divide(BigDecimal.valueOf(6), 2, java.math.RoundingMode.HALF_UP);
    }

    public void touch(Instant now) {
        updatedAt = now;
    }
}
