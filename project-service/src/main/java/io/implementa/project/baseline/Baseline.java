package io.implementa.project.baseline;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A named snapshot of a project's plan (its tasks are {@link BaselineTaskEntry} rows). Immutable once
 * saved but for the current flag: at most one baseline of a project is current.
 */
@Entity
@Table(name = "baseline")
public class Baseline extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(nullable = false)
    public String name;

    @Column(name = "is_current", nullable = false)
    public boolean current;

    @Column(name = "project_start")
    public LocalDate projectStart;

    @Column(name = "project_finish")
    public LocalDate projectFinish;

    @Column(name = "task_count", nullable = false)
    public int taskCount;

    @Column(name = "total_work_hours")
    public BigDecimal totalWorkHours;

    @Column(name = "total_cost", nullable = false)
    public BigDecimal totalCost;

    @Column(name = "saved_at", nullable = false)
    public Instant savedAt;

    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "saved_by_subject"))
    @AttributeOverride(name = "email", column = @Column(name = "saved_by_email"))
    @AttributeOverride(name = "name", column = @Column(name = "saved_by_name"))
    public PersonRef savedBy;

    @Version
    public long version;

    public static Optional<Baseline> find(UUID projectId, UUID baselineId) {
        return Baseline.<Baseline>find("id = ?1 and projectId = ?2", baselineId, projectId).firstResultOptional();
    }

    public static Optional<Baseline> currentOf(UUID projectId) {
        return Baseline.<Baseline>find("projectId = ?1 and current = true", projectId).firstResultOptional();
    }

    public static boolean nameTaken(UUID projectId, String name) {
        return count("projectId = ?1 and name = ?2", projectId, name) > 0;
    }
}
