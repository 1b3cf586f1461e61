package io.implementa.resource.allocation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A project the project-service closed or cancelled (from its events): it takes no new allocations. */
@Entity
@Table(name = "ended_project")
public class EndedProject extends PanacheEntityBase {

    @Id
    @Column(name = "project_id")
    public UUID projectId;

    @Column(name = "project_key", nullable = false)
    public String projectKey;

    /** CLOSED or CANCELLED. */
    @Column(nullable = false)
    public String outcome;

    @Column(name = "ended_on", nullable = false)
    public LocalDate endedOn;

    protected EndedProject() {
    }

    static EndedProject record(UUID projectId, String projectKey, String outcome, LocalDate endedOn) {
        EndedProject ended = new EndedProject();
        ended.projectId = projectId;
        ended.projectKey = projectKey;
        ended.outcome = outcome;
        ended.endedOn = endedOn;
        return ended;
    }
}
