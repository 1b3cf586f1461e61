package io.implementa.notification.digest;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The latest published status report of a project, as the sponsors' portfolio digest shows it: a projection of
 * the project-service's StatusReportPublished, written by the status report rule alone.
 */
@Entity
@Table(name = "project_status")
public class ProjectStatus extends PanacheEntityBase {

    @Id
    @Column(name = "project_id")
    public UUID projectId;

    @Column(name = "project_key", nullable = false)
    public String projectKey;

    @Column(name = "project_name")
    public String projectName;

    @Column(name = "report_id", nullable = false)
    public UUID reportId;

    @Column(name = "period_start", nullable = false)
    public LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    public LocalDate periodEnd;

    @Column(nullable = false)
    public String overall;

    public String schedule;

    public String cost;

    public String scope;

    public String risk;

    public String resources;

    public String summary;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    protected ProjectStatus() {
    }

    /**
     * Keeps the report as the project's latest unless a report published later is already known (events of one
     * project arrive in order, but a redelivered old report must not win).
     */
    public static void record(UUID projectId, String projectKey, String projectName, UUID reportId,
            LocalDate periodStart, LocalDate periodEnd, String overall, String schedule, String cost, String scope,
            String risk, String resources, String summary, Instant publishedAt) {
        ProjectStatus status = findById(projectId);
        if (status != null && status.publishedAt.isAfter(publishedAt)) {
            return;
        }
        boolean known = status != null;
        if (!known) {
            status = new ProjectStatus();
            status.projectId = projectId;
        }
        status.projectKey = projectKey;
        status.projectName = projectName;
        status.reportId = reportId;
        status.periodStart = periodStart;
        status.periodEnd = periodEnd;
        status.overall = overall;
        status.schedule = schedule;
        status.cost = cost;
        status.scope = scope;
        status.risk = risk;
        status.resources = resources;
        status.summary = summary;
        status.publishedAt = publishedAt;
        if (!known) {
            status.persist();
        }
    }
}
