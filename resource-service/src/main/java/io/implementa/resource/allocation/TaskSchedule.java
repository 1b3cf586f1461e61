package io.implementa.resource.allocation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A task's schedule as the project-service last announced it in {@code ScheduleRecomputed}. */
@Entity
@Table(name = "task_schedule")
public class TaskSchedule extends PanacheEntityBase {

    @Id
    @Column(name = "task_id")
    public UUID taskId;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "finish_date")
    public LocalDate finishDate;

    @Column(nullable = false)
    public boolean critical;

    @Column(name = "total_float")
    public Integer totalFloat;

    @Column(nullable = false)
    public boolean removed;

    protected TaskSchedule() {
    }

    static TaskSchedule of(UUID taskId, UUID projectId) {
        TaskSchedule schedule = new TaskSchedule();
        schedule.taskId = taskId;
        schedule.projectId = projectId;
        return schedule;
    }
}
