package io.implementa.project.schedule;

import io.implementa.project.schedule.engine.ScheduledTask;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * What the scheduler last computed for one task. Kept apart from the task so that a recompute neither
 * bumps the task's version (its ETag) nor rewrites tasks whose dates did not move.
 */
@Entity
@Table(name = "task_schedule")
public class TaskSchedule extends PanacheEntityBase {

    @Id
    @Column(name = "task_id")
    public UUID taskId;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(name = "scheduled_start")
    public LocalDate start;

    @Column(name = "scheduled_finish")
    public LocalDate finish;

    @Column(name = "early_start")
    public LocalDate earlyStart;

    @Column(name = "early_finish")
    public LocalDate earlyFinish;

    @Column(name = "late_start")
    public LocalDate lateStart;

    @Column(name = "late_finish")
    public LocalDate lateFinish;

    @Column(name = "total_float")
    public Integer totalFloat;

    @Column(name = "free_float")
    public Integer freeFloat;

    @Column(nullable = false)
    public boolean critical;

    public static List<TaskSchedule> ofProject(UUID projectId) {
        return list("projectId", projectId);
    }

    public static List<TaskSchedule> of(Collection<UUID> taskIds) {
        return taskIds.isEmpty() ? List.of() : list("taskId in ?1", taskIds);
    }

    void apply(ScheduledTask t) {
        start = t.start();
        finish = t.finish();
        earlyStart = t.earlyStart();
        earlyFinish = t.earlyFinish();
        lateStart = t.lateStart();
        lateFinish = t.lateFinish();
        totalFloat = t.totalFloat();
        freeFloat = t.freeFloat();
        critical = t.critical();
    }
}
