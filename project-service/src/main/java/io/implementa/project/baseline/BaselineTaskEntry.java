package io.implementa.project.baseline;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** One task as it stood when its baseline was saved. */
@Entity
@Table(name = "baseline_task")
@IdClass(BaselineTaskEntry.Key.class)
public class BaselineTaskEntry extends PanacheEntityBase {

    @Id
    @Column(name = "baseline_id")
    public UUID baselineId;

    @Id
    @Column(name = "task_id")
    public UUID taskId;

    /** 0-based rank in the outline order of the saved plan. */
    @Column(nullable = false)
    public int position;

    @Column(name = "parent_id")
    public UUID parentId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public boolean summary;

    @Column(nullable = false)
    public boolean milestone;

    @Column(name = "start_date")
    public LocalDate start;

    @Column(name = "finish_date")
    public LocalDate finish;

    /** Working days (a summary: its span). */
    @Column(nullable = false)
    public int duration;

    @Column(name = "work_hours")
    public BigDecimal workHours;

    @Column(nullable = false)
    public BigDecimal cost;

    /** In the order they were saved (outline order). */
    public static List<BaselineTaskEntry> of(UUID baselineId) {
        return list("baselineId = ?1 order by position", baselineId);
    }

    /** The composite key. */
    public static class Key implements Serializable {
        public UUID baselineId;
        public UUID taskId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(baselineId, k.baselineId) && Objects.equals(taskId, k.taskId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(baselineId, taskId);
        }
    }
}
