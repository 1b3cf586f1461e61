package io.implementa.project.schedule;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Per project: the status date remaining work is scheduled from, and the last computed finish. */
@Entity
@Table(name = "project_schedule")
public class ProjectSchedule extends PanacheEntityBase {

    @Id
    @Column(name = "project_id")
    public UUID projectId;

    @Column(name = "status_date")
    public LocalDate statusDate;

    @Column(name = "project_finish")
    public LocalDate projectFinish;

    @Column(name = "computed_at")
    public Instant computedAt;

    @Version
    public long version;

    /** The stored row, or a new unsaved one. */
    public static ProjectSchedule of(UUID projectId) {
        ProjectSchedule found = findById(projectId);
        if (found != null) {
            return found;
        }
        ProjectSchedule created = new ProjectSchedule();
        created.projectId = projectId;
        return created;
    }
}
