package io.implementa.resource.timesheet;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Hours worked on a project's task on one day; once approved it is history (a correction is a new entry). */
@Entity
@Table(name = "timesheet_entry")
public class TimesheetEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(name = "task_id")
    public UUID taskId;

    @Column(name = "work_date", nullable = false)
    public LocalDate date;

    @Column(nullable = false)
    public BigDecimal hours;

    @Column(nullable = false)
    public boolean overtime;

    /** Added after the week was approved; its hours may be negative. */
    @Column(nullable = false)
    public boolean correction;

    public String note;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "approved_at")
    public Instant approvedAt;

    /** The hourly rate that priced it on approval (standard or overtime, effective on its date). */
    public BigDecimal rate;

    public BigDecimal cost;

    protected TimesheetEntry() {
    }

    /** What a person logs. */
    public record Work(UUID projectId, UUID taskId, LocalDate date, BigDecimal hours, boolean overtime,
            String note) {
    }

    static TimesheetEntry of(Work work, boolean correction, Instant now) {
        TimesheetEntry entry = new TimesheetEntry();
        entry.id = UUID.randomUUID();
        entry.projectId = work.projectId();
        entry.taskId = work.taskId();
        entry.date = work.date();
        entry.hours = work.hours().setScale(2, java.math.RoundingMode.HALF_UP);
        entry.overtime = work.overtime();
        entry.note = work.note();
        entry.correction = correction;
        entry.createdAt = now;
        return entry;
    }

    public boolean isApproved() {
        return approvedAt != null;
    }

    /** Whether both book the same work: same project, task, day and kind of hour. */
    boolean sameWorkAs(Work work) {
        return projectId.equals(work.projectId()) && java.util.Objects.equals(taskId, work.taskId())
                && date.equals(work.date()) && overtime == work.overtime();
    }
}
