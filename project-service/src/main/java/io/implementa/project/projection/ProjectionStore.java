package io.implementa.project.projection;

import io.implementa.project.cost.CostService;
import io.implementa.project.projection.ExternalEvents.AffectedProject;
import io.implementa.project.projection.ExternalEvents.CostRate;
import io.implementa.project.projection.ExternalEvents.OverAllocationDetected;
import io.implementa.project.projection.ExternalEvents.RiskSummaryChanged;
import io.implementa.project.projection.ExternalEvents.TimesheetApproved;
import io.implementa.project.projection.ExternalEvents.TimesheetEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The project-service's read model of other services' events: risk summaries, open over-allocations, resource
 * cost rates and approved timesheet labour. Each write is an upsert or a replacement, so applying an event again
 * (or an older one after a newer) leaves the newest state; the inbox already drops exact redeliveries.
 * Events about projects this service does not know are ignored.
 */
@ApplicationScoped
public class ProjectionStore {

    private final EntityManager em;
    private final CostService costs;

    public ProjectionStore(EntityManager em, CostService costs) {
        this.em = em;
        this.costs = costs;
    }

    /** A project's latest risk summary, as the project health reads it. */
    public record RiskSummary(int openRisks, int low, int medium, int high, int critical, int highestScore,
            int escalated, int overdueActions) {
    }

    /** An open over-allocation of a resource working on the project. */
    public record OverAllocation(UUID episodeId, UUID resourceId, String resourceName, LocalDate startDate,
            LocalDate endDate, boolean critical) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void riskSummary(RiskSummaryChanged summary) {
        if (!known(summary.projectId())) {
            return;
        }
        em.createNativeQuery("""
                insert into risk_summary (project_id, open_risks, low, medium, high, critical, highest_score,
                    escalated, overdue_actions, changed_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                on conflict (project_id) do update set open_risks = excluded.open_risks, low = excluded.low,
                    medium = excluded.medium, high = excluded.high, critical = excluded.critical,
                    highest_score = excluded.highest_score, escalated = excluded.escalated,
                    overdue_actions = excluded.overdue_actions, changed_at = excluded.changed_at
                where risk_summary.changed_at <= excluded.changed_at""")
                .setParameter(1, summary.projectId())
                .setParameter(2, summary.openRisks())
                .setParameter(3, summary.byLevel().low())
                .setParameter(4, summary.byLevel().medium())
                .setParameter(5, summary.byLevel().high())
                .setParameter(6, summary.byLevel().critical())
                .setParameter(7, summary.highestScore())
                .setParameter(8, summary.escalated())
                .setParameter(9, summary.overdueActions())
                .setParameter(10, summary.changedAt())
                .executeUpdate();
    }

    public Optional<RiskSummary> riskSummary(UUID projectId) {
        List<?> rows = em.createNativeQuery("select open_risks, low, medium, high, critical, highest_score, "
                + "escalated, overdue_actions from risk_summary where project_id = ?1")
                .setParameter(1, projectId).getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] c = (Object[]) row;
            return new RiskSummary(i(c[0]), i(c[1]), i(c[2]), i(c[3]), i(c[4]), i(c[5]), i(c[6]), i(c[7]));
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void overAllocationDetected(OverAllocationDetected episode) {
        Set<AffectedProject> projects = new LinkedHashSet<>(episode.projects());
        for (AffectedProject project : projects) {
            if (!known(project.projectId())) {
                continue;
            }
            boolean critical = project.critical() || (episode.allocations() != null && episode.allocations().stream()
                    .anyMatch(a -> project.projectId().equals(a.projectId()) && a.critical()));
            em.createNativeQuery("""
                    insert into over_allocation (episode_id, project_id, resource_id, resource_name, start_date,
                        end_date, critical)
                    values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                    on conflict (episode_id, project_id) do update set critical = excluded.critical""")
                    .setParameter(1, episode.episodeId())
                    .setParameter(2, project.projectId())
                    .setParameter(3, episode.resourceId())
                    .setParameter(4, episode.resourceName())
                    .setParameter(5, episode.startDate())
                    .setParameter(6, episode.endDate())
                    .setParameter(7, critical)
                    .executeUpdate();
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void overAllocationResolved(UUID episodeId) {
        em.createNativeQuery("delete from over_allocation where episode_id = ?1").setParameter(1, episodeId)
                .executeUpdate();
    }

    /** The projects an open over-allocation episode affects. */
    public List<UUID> projectsOfEpisode(UUID episodeId) {
        return em.createNativeQuery("select project_id from over_allocation where episode_id = ?1", UUID.class)
                .setParameter(1, episodeId).getResultList();
    }

    public List<OverAllocation> overAllocations(UUID projectId) {
        List<?> rows = em.createNativeQuery("select episode_id, resource_id, resource_name, start_date, end_date, "
                + "critical from over_allocation where project_id = ?1 order by start_date, resource_name")
                .setParameter(1, projectId).getResultList();
        return rows.stream().map(row -> {
            Object[] c = (Object[]) row;
            return new OverAllocation((UUID) c[0], (UUID) c[1], (String) c[2], date(c[3]), date(c[4]),
                    (Boolean) c[5]);
        }).toList();
    }

    /**
     * Keeps a resource's name, its person's e-mail and its cost rates, replacing what is held unless a newer
     * version of the resource is held already (an older event then changes nothing).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void resource(UUID resourceId, String name, String email, List<CostRate> rates, long version) {
        int newer = em.createNativeQuery("""
                insert into resource_rate_version (resource_id, name, email, version) values (?1, ?2, ?3, ?4)
                on conflict (resource_id) do update
                set name = excluded.name, email = excluded.email, version = excluded.version
                where resource_rate_version.version <= excluded.version""")
                .setParameter(1, resourceId).setParameter(2, name).setParameter(3, email).setParameter(4, version)
                .executeUpdate();
        if (newer == 0) {
            return;
        }
        em.createNativeQuery("delete from resource_cost_rate where resource_id = ?1").setParameter(1, resourceId)
                .executeUpdate();
        for (CostRate rate : rates) {
            em.createNativeQuery("insert into resource_cost_rate (resource_id, effective_from, standard_rate, "
                    + "overtime_rate, currency) values (?1, ?2, ?3, ?4, ?5) on conflict do nothing")
                    .setParameter(1, resourceId).setParameter(2, rate.effectiveFrom())
                    .setParameter(3, rate.standardRate()).setParameter(4, rate.overtimeRate())
                    .setParameter(5, rate.currency()).executeUpdate();
        }
    }

    /** A resource of the resource-service as this service knows it (from its latest event). */
    public record KnownResource(UUID resourceId, String name, String email) {
    }

    /**
     * The known resources whose e-mail or name equals one of the given ones, ignoring case (given in lower
     * case): the candidates an imported plan's resources are matched against.
     */
    public List<KnownResource> resourcesNamed(Collection<String> emails, Collection<String> names) {
        if (emails.isEmpty() && names.isEmpty()) {
            return List.of();
        }
        List<?> rows = em.createNativeQuery("select resource_id, name, email from resource_rate_version "
                + "where lower(email) in (?1) or lower(name) in (?2) order by resource_id")
                // "" matches nothing (names and e-mails are never blank) and keeps an empty list valid SQL.
                .setParameter(1, withBlank(emails)).setParameter(2, withBlank(names)).getResultList();
        return rows.stream().map(row -> {
            Object[] c = (Object[]) row;
            return new KnownResource((UUID) c[0], (String) c[1], (String) c[2]);
        }).toList();
    }

    /** The known resources with these ids (those this service has no event of are missing). */
    public List<KnownResource> resources(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<?> rows = em.createNativeQuery("select resource_id, name, email from resource_rate_version "
                + "where resource_id in (?1)").setParameter(1, List.copyOf(ids)).getResultList();
        return rows.stream().map(row -> {
            Object[] c = (Object[]) row;
            return new KnownResource((UUID) c[0], (String) c[1], (String) c[2]);
        }).toList();
    }

    /** The resource's standard hourly rate on a date; empty when none applies yet. */
    public Optional<BigDecimal> standardRate(UUID resourceId, LocalDate on) {
        List<?> rows = em.createNativeQuery("select standard_rate from resource_cost_rate where resource_id = ?1 "
                + "and effective_from <= ?2 order by effective_from desc limit 1")
                .setParameter(1, resourceId).setParameter(2, on).getResultList();
        return rows.stream().findFirst().map(v -> (BigDecimal) v);
    }

    /**
     * Replaces the labour cost of an approved timesheet (approved again after a correction, its new figures
     * count) and re-checks the budgets of the projects it touches.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void timesheetApproved(TimesheetApproved timesheet) {
        Set<UUID> projects = new LinkedHashSet<>(em.createNativeQuery(
                "select distinct project_id from labour_cost where timesheet_id = ?1", UUID.class)
                .setParameter(1, timesheet.timesheetId()).getResultList());
        em.createNativeQuery("delete from labour_cost where timesheet_id = ?1")
                .setParameter(1, timesheet.timesheetId()).executeUpdate();
        for (TimesheetEntry entry : timesheet.entries()) {
            if (!known(entry.projectId())) {
                continue;
            }
            em.createNativeQuery("""
                    insert into labour_cost (id, timesheet_id, project_id, task_id, resource_id, work_date, hours,
                        overtime, rate, cost, currency)
                    values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)""")
                    .setParameter(1, UUID.randomUUID())
                    .setParameter(2, timesheet.timesheetId())
                    .setParameter(3, entry.projectId())
                    .setParameter(4, entry.taskId())
                    .setParameter(5, timesheet.resourceId())
                    .setParameter(6, entry.date())
                    .setParameter(7, entry.hours())
                    .setParameter(8, entry.overtime())
                    .setParameter(9, entry.rate())
                    .setParameter(10, entry.cost())
                    .setParameter(11, timesheet.currency())
                    .executeUpdate();
            projects.add(entry.projectId());
        }
        projects.forEach(costs::recheck);
    }

    private static List<String> withBlank(Collection<String> values) {
        List<String> out = new java.util.ArrayList<>(values);
        out.add("");
        return out;
    }

    private boolean known(UUID projectId) {
        return !em.createNativeQuery("select 1 from project where id = ?1").setParameter(1, projectId)
                .getResultList().isEmpty();
    }

    private static int i(Object value) {
        return ((Number) value).intValue();
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
