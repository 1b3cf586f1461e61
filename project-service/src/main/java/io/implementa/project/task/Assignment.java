package io.implementa.project.task;

import io.implementa.platform.http.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A resource working on a leaf task: a share of the resource's time ({@code units}, percent) or a number of
 * work hours, never both. The resource belongs to the resource-service and is referenced by id only.
 */
@Entity
@Table(name = "task_assignment")
public class Assignment extends PanacheEntityBase {

    /** 1000 %: ten full-time people of one pooled resource. */
    public static final BigDecimal MAX_UNITS = BigDecimal.valueOf(1000);

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(name = "task_id", nullable = false)
    public UUID taskId;

    @Column(name = "resource_id", nullable = false)
    public UUID resourceId;

    public BigDecimal units;

    @Column(name = "work_hours")
    public BigDecimal workHours;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    static Assignment assign(Task task, UUID resourceId, BigDecimal units, BigDecimal workHours, Instant now) {
        Assignment a = new Assignment();
        a.id = UUID.randomUUID();
        a.projectId = task.projectId;
        a.taskId = task.id;
        a.resourceId = resourceId;
        a.units = units;
        a.workHours = workHours;
        a.createdAt = now;
        a.updatedAt = now;
        a.validate();
        return a;
    }

    /** Exactly one of units and work hours, each within its range. */
    void validate() {
        if ((units == null) == (workHours == null)) {
            throw new ProblemException.Unprocessable("units", "give either units or workHours, not "
                    + (units == null ? "neither" : "both"));
        }
        if (units != null && (units.signum() <= 0 || units.compareTo(MAX_UNITS) > 0)) {
            throw new ProblemException.Unprocessable("units", "must be more than 0 and at most 1000 (percent)");
        }
        if (workHours != null && workHours.signum() <= 0) {
            throw new ProblemException.Unprocessable("workHours", "must be more than 0");
        }
    }

    public static Optional<Assignment> find(UUID projectId, UUID taskId, UUID assignmentId) {
        return Assignment.<Assignment>find("id = ?1 and projectId = ?2 and taskId = ?3", assignmentId, projectId,
                taskId).firstResultOptional();
    }

    public static List<Assignment> ofTasks(Collection<UUID> taskIds) {
        return taskIds.isEmpty() ? List.of() : list("taskId in ?1 order by createdAt, id", taskIds);
    }

    public static boolean exists(UUID taskId) {
        return count("taskId", taskId) > 0;
    }
}
