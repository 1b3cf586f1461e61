package io.implementa.resource.allocation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A resource assigned to a task in the project-service, as last announced, and the allocation derived from
 * it. Kept even while no allocation can be derived (the task has no dates yet), so a later schedule finds it.
 */
@Entity
@Table(name = "task_assignment")
public class TaskAssignment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(name = "project_key", nullable = false)
    public String projectKey;

    @Column(name = "task_id", nullable = false)
    public UUID taskId;

    @Column(name = "task_name", nullable = false)
    public String taskName;

    @Column(name = "resource_id", nullable = false)
    public UUID resourceId;

    public BigDecimal units;

    @Column(name = "work_hours")
    public BigDecimal workHours;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "finish_date")
    public LocalDate finishDate;

    @Column(nullable = false)
    public boolean critical;

    @Column(nullable = false)
    public boolean removed;

    @Column(name = "allocation_id")
    public UUID allocationId;

    protected TaskAssignment() {
    }

    static TaskAssignment of(UUID id) {
        TaskAssignment assignment = new TaskAssignment();
        assignment.id = id;
        return assignment;
    }
}
