package io.implementa.project.health;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.UUID;

/** A project's own thresholds of the proposed RAG, replacing the configured defaults. */
@Entity
@Table(name = "health_thresholds")
public class HealthThresholds extends PanacheEntityBase {

    @Id
    @Column(name = "project_id")
    public UUID projectId;

    @Column(name = "spi_amber", nullable = false)
    public BigDecimal spiAmber;

    @Column(name = "spi_red", nullable = false)
    public BigDecimal spiRed;

    @Column(name = "cpi_amber", nullable = false)
    public BigDecimal cpiAmber;

    @Column(name = "cpi_red", nullable = false)
    public BigDecimal cpiRed;

    @Column(name = "late_critical_tasks_amber", nullable = false)
    public int lateCriticalTasksAmber;

    @Column(name = "late_critical_tasks_red", nullable = false)
    public int lateCriticalTasksRed;

    @Column(name = "creep_items_amber", nullable = false)
    public int creepItemsAmber;

    @Column(name = "creep_items_red", nullable = false)
    public int creepItemsRed;

    @Column(name = "pending_change_requests_amber", nullable = false)
    public int pendingChangeRequestsAmber;

    @Column(name = "pending_change_requests_red", nullable = false)
    public int pendingChangeRequestsRed;

    @Column(name = "high_risks_amber", nullable = false)
    public int highRisksAmber;

    @Column(name = "over_allocations_amber", nullable = false)
    public int overAllocationsAmber;

    @Version
    public long version;

    static HealthThresholds defaults(UUID projectId, HealthConfig c) {
        HealthThresholds t = new HealthThresholds();
        t.projectId = projectId;
        t.spiAmber = c.spiAmber();
        t.spiRed = c.spiRed();
        t.cpiAmber = c.cpiAmber();
        t.cpiRed = c.cpiRed();
        t.lateCriticalTasksAmber = c.lateCriticalTasksAmber();
        t.lateCriticalTasksRed = c.lateCriticalTasksRed();
        t.creepItemsAmber = c.creepItemsAmber();
        t.creepItemsRed = c.creepItemsRed();
        t.pendingChangeRequestsAmber = c.pendingChangeRequestsAmber();
        t.pendingChangeRequestsRed = c.pendingChangeRequestsRed();
        t.highRisksAmber = c.highRisksAmber();
        t.overAllocationsAmber = c.overAllocationsAmber();
        return t;
    }
}
