package io.implementa.project.health;

import io.implementa.platform.outbox.Outbox;
import io.implementa.project.change.ChangeRequestService;
import io.implementa.project.cost.Budget;
import io.implementa.project.evm.EacMethod;
import io.implementa.project.evm.EarnedValue;
import io.implementa.project.evm.EarnedValueService;
import io.implementa.project.health.HealthApi.ProposalView;
import io.implementa.project.health.HealthApi.Signals;
import io.implementa.project.health.HealthApi.ThresholdsView;
import io.implementa.project.project.Project;
import io.implementa.project.projection.ProjectionStore;
import io.implementa.project.projection.ProjectionStore.OverAllocation;
import io.implementa.project.projection.ProjectionStore.RiskSummary;
import io.implementa.project.scope.ScopeService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Proposes a project's RAG health from its data and the read model of other services' events, with thresholds
 * configurable per project, and keeps the project's current health: the last published report's, moved by the
 * proposal when incoming events change it.
 */
@ApplicationScoped
public class HealthService {

    private final EntityManager em;
    private final Clock clock;
    private final Outbox outbox;
    private final HealthConfig config;
    private final ScopeService scope;
    private final ChangeRequestService changes;
    private final ProjectionStore projections;
    private final EarnedValueService earnedValue;

    public HealthService(EntityManager em, Clock clock, Outbox outbox, HealthConfig config,
            ScopeService scope, ChangeRequestService changes, ProjectionStore projections,
            EarnedValueService earnedValue) {
        this.earnedValue = earnedValue;
        this.em = em;
        this.clock = clock;
        this.outbox = outbox;
        this.config = config;
        this.scope = scope;
        this.changes = changes;
        this.projections = projections;
    }

    /** A proposal: the health, the figures it came from, and why each dimension is not green. */
    public record Assessment(Health health, Signals signals, List<String> reasons) {
    }

    public Optional<ProposalView> proposal(UUID projectId, LocalDate statusDate) {
        LocalDate date = statusDate == null ? LocalDate.now(clock) : statusDate;
        return Project.<Project>findByIdOptional(projectId).map(project -> {
            Assessment assessment = assess(project, date);
            return new ProposalView(projectId, date, assessment.health(), assessment.signals(),
                    assessment.reasons(), published(projectId).orElse(null));
        });
    }

    public Assessment assess(Project project, LocalDate statusDate) {
        HealthThresholds t = thresholds(project.id);
        List<String> reasons = new ArrayList<>();

        // SPI and CPI from earned value against the current baseline (BAC = baseline cost) at the status date;
        // without a baseline both are null, so the schedule rests on late critical tasks and the cost on the
        // budget thresholds and the overrun forecast.
        EarnedValue performance = earnedValue.compute(project.id, statusDate, EacMethod.CPI)
                .map(EarnedValueService.EarnedValueView::project).orElse(null);
        BigDecimal spi = performance == null ? null : performance.spi();
        BigDecimal cpi = performance == null ? null : performance.cpi();
        int late = lateCriticalTasks(project.id, statusDate);
        Rag schedule = below(spi, t.spiAmber, t.spiRed, "SPI", reasons)
                .worse(atLeast(late, t.lateCriticalTasksAmber, t.lateCriticalTasksRed,
                        "late unfinished critical tasks", reasons));

        Optional<Budget> budget = Budget.forProject(project.id);
        List<Integer> crossed = budget.map(Budget::crossed).orElse(List.of());
        boolean overrun = budget.map(b -> b.overrunForecast).orElse(false);
        Rag cost = below(cpi, t.cpiAmber, t.cpiRed, "CPI", reasons);
        if (crossed.stream().anyMatch(c -> c >= 100)) {
            cost = cost.worse(Rag.RED);
            reasons.add("cost: the budget is consumed (threshold " + crossed.get(crossed.size() - 1) + " % crossed)");
        } else if (!crossed.isEmpty()) {
            cost = cost.worse(Rag.AMBER);
            reasons.add("cost: budget threshold " + crossed.get(crossed.size() - 1) + " % crossed");
        }
        if (overrun) {
            cost = cost.worse(Rag.AMBER);
            reasons.add("cost: an overrun is forecast (EAC > BAC)");
        }

        long creep = scope.summary(project.id).map(s -> s.creepItems()).orElse(0L);
        long pending = changes.pending(project.id);
        Rag scopeRag = atLeast(creep, t.creepItemsAmber, t.creepItemsRed, "scope creep items", reasons)
                .worse(atLeast(pending, t.pendingChangeRequestsAmber, t.pendingChangeRequestsRed,
                        "change requests awaiting a decision", reasons));

        RiskSummary risks = projections.riskSummary(project.id).orElse(new RiskSummary(0, 0, 0, 0, 0, 0, 0, 0));
        Rag risk = Rag.GREEN;
        if (risks.critical() > 0 || risks.escalated() > 0) {
            risk = Rag.RED;
            reasons.add("risk: " + risks.critical() + " critical and " + risks.escalated() + " escalated open risks");
        } else if (risks.high() >= t.highRisksAmber) {
            risk = Rag.AMBER;
            reasons.add("risk: " + risks.high() + " open high risks");
        }
        if (risks.overdueActions() > 0) {
            risk = risk.worse(Rag.AMBER);
            reasons.add("risk: " + risks.overdueActions() + " mitigation actions overdue");
        }

        List<OverAllocation> overAllocations = projections.overAllocations(project.id);
        long critical = overAllocations.stream().filter(OverAllocation::critical).count();
        Rag resources = Rag.GREEN;
        if (critical > 0) {
            resources = Rag.RED;
            reasons.add("resources: " + critical + " over-allocations on critical work");
        } else if (overAllocations.size() >= t.overAllocationsAmber) {
            resources = Rag.AMBER;
            reasons.add("resources: " + overAllocations.size() + " over-allocated resources");
        }

        Signals signals = new Signals(spi, cpi, late, crossed, overrun, creep, pending, risks.high(),
                risks.critical(), risks.escalated(), risks.overdueActions(), overAllocations.size(), (int) critical);
        return new Assessment(Health.of(schedule, cost, scopeRag, risk, resources), signals, List.copyOf(reasons));
    }

    public Optional<Health> published(UUID projectId) {
        return ProjectHealth.<ProjectHealth>findByIdOptional(projectId).map(ProjectHealth::health);
    }

    /**
     * Records the health of a report just published, and the proposal it was written with (so that recomputation
     * moves only what the data changes afterwards); announces the health when it differs from the one before.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void published(Project project, Health health, Health proposed) {
        ProjectHealth current = ProjectHealth.findById(project.id);
        Health previous = current == null ? null : current.health();
        if (current == null) {
            current = new ProjectHealth();
            current.projectId = project.id;
            current.set(health, clock.instant());
            current.propose(proposed);
            current.persist();
        } else {
            current.propose(proposed);
            if (health.equals(previous)) {
                return;
            }
            current.set(health, clock.instant());
        }
        outbox.publish(project.id, project.id, new HealthEvents.ProjectHealthChanged(project.id, project.key,
                previous, health, clock.instant(), HealthEvents.Cause.REPORT_PUBLISHED));
    }

    /**
     * Proposes the project's health again from its data as of today, after the read model of other services'
     * events changed for it (risk summary, over-allocations, approved timesheets). Nothing happens when the
     * proposal is the one recorded last, so a burst of events announces a change once. Otherwise each dimension
     * whose proposal changed takes the new proposal; the others keep their rating (a manager's override in the
     * last report holds until the data behind that dimension changes), overall is the worst dimension unless the
     * report overrode it and the proposed overall did not change. The first proposal of a project without a
     * health becomes its health. A changed health is stored and announced as {@code ProjectHealthChanged}
     * (cause {@code DATA_CHANGED}). Unknown projects are ignored.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recompute(UUID projectId) {
        Project project = Project.findById(projectId);
        if (project == null) {
            return;
        }
        // The per-project lock the outbox takes for the project's events anyway: two consumers recomputing the
        // same project one after the other see each other's proposal.
        em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, projectId.toString()).getSingleResult();
        Health proposed = assess(project, LocalDate.now(clock)).health();
        ProjectHealth stored = ProjectHealth.findById(projectId);
        Health lastProposed = stored == null ? null : stored.proposed();
        if (proposed.equals(lastProposed)) {
            return;
        }
        Health previous = stored == null ? null : stored.health();
        Health next = follow(previous, lastProposed, proposed);
        if (stored == null) {
            stored = new ProjectHealth();
            stored.projectId = projectId;
            stored.set(next, clock.instant());
            stored.propose(proposed);
            stored.persist();
        } else {
            stored.propose(proposed);
            if (next.equals(previous)) {
                return;
            }
            stored.set(next, clock.instant());
        }
        outbox.publish(projectId, projectId, new HealthEvents.ProjectHealthChanged(projectId, project.key, previous,
                next, clock.instant(), HealthEvents.Cause.DATA_CHANGED));
    }

    /** The health after the proposal moved from {@code before} to {@code after} (see {@link #recompute}). */
    static Health follow(Health current, Health before, Health after) {
        if (current == null || before == null) {
            return after;
        }
        Rag schedule = before.schedule() == after.schedule() ? current.schedule() : after.schedule();
        Rag cost = before.cost() == after.cost() ? current.cost() : after.cost();
        Rag scope = before.scope() == after.scope() ? current.scope() : after.scope();
        Rag risk = before.risk() == after.risk() ? current.risk() : after.risk();
        Rag resources = before.resources() == after.resources() ? current.resources() : after.resources();
        Health derived = Health.of(schedule, cost, scope, risk, resources);
        boolean overallOverridden = current.overall() != Health.of(current.schedule(), current.cost(),
                current.scope(), current.risk(), current.resources()).overall();
        return overallOverridden && before.overall() == after.overall()
                ? new Health(schedule, cost, scope, risk, resources, current.overall()) : derived;
    }

    public HealthThresholds thresholds(UUID projectId) {
        return HealthThresholds.<HealthThresholds>findByIdOptional(projectId)
                .orElseGet(() -> HealthThresholds.defaults(projectId, config));
    }

    public Optional<ThresholdsView> thresholdsOf(UUID projectId) {
        return Project.findByIdOptional(projectId).map(p -> ThresholdsView.of(thresholds(projectId)));
    }

    @Transactional
    public Optional<ThresholdsView> setThresholds(UUID projectId, ThresholdsView v) {
        return Project.<Project>findByIdOptional(projectId).map(project -> {
            project.requireEditable();
            if (v.spiRed().compareTo(v.spiAmber()) > 0 || v.cpiRed().compareTo(v.cpiAmber()) > 0) {
                throw new io.implementa.platform.http.ProblemException.Unprocessable("spiRed",
                        "the red index thresholds must not be above the amber ones");
            }
            if (v.lateCriticalTasksRed() < v.lateCriticalTasksAmber() || v.creepItemsRed() < v.creepItemsAmber()
                    || v.pendingChangeRequestsRed() < v.pendingChangeRequestsAmber()) {
                throw new io.implementa.platform.http.ProblemException.Unprocessable("creepItemsRed",
                        "the red count thresholds must not be below the amber ones");
            }
            Optional<HealthThresholds> existing = HealthThresholds.findByIdOptional(projectId);
            HealthThresholds t = existing.orElseGet(() -> HealthThresholds.defaults(projectId, config));
            t.spiAmber = v.spiAmber();
            t.spiRed = v.spiRed();
            t.cpiAmber = v.cpiAmber();
            t.cpiRed = v.cpiRed();
            t.lateCriticalTasksAmber = v.lateCriticalTasksAmber();
            t.lateCriticalTasksRed = v.lateCriticalTasksRed();
            t.creepItemsAmber = v.creepItemsAmber();
            t.creepItemsRed = v.creepItemsRed();
            t.pendingChangeRequestsAmber = v.pendingChangeRequestsAmber();
            t.pendingChangeRequestsRed = v.pendingChangeRequestsRed();
            t.highRisksAmber = v.highRisksAmber();
            t.overAllocationsAmber = v.overAllocationsAmber();
            if (existing.isEmpty()) {
                t.persist();
            }
            return ThresholdsView.of(t);
        });
    }

    private int lateCriticalTasks(UUID projectId, LocalDate statusDate) {
        Number count = (Number) em.createNativeQuery("select count(*) from task_schedule s join task t on t.id = "
                + "s.task_id where s.project_id = ?1 and s.critical and t.status <> 'DONE' and s.scheduled_finish < ?2")
                .setParameter(1, projectId).setParameter(2, statusDate).getSingleResult();
        return count.intValue();
    }

    private static Rag below(BigDecimal index, BigDecimal amber, BigDecimal red, String name, List<String> reasons) {
        if (index == null) {
            return Rag.GREEN;
        }
        String dimension = name.equals("SPI") ? "schedule: " : "cost: ";
        if (index.compareTo(red) < 0) {
            reasons.add(dimension + name + " " + index + " is below " + red);
            return Rag.RED;
        }
        if (index.compareTo(amber) < 0) {
            reasons.add(dimension + name + " " + index + " is below " + amber);
            return Rag.AMBER;
        }
        return Rag.GREEN;
    }

    private static Rag atLeast(long count, int amber, int red, String what, List<String> reasons) {
        String dimension = what.contains("critical") ? "schedule: " : "scope: ";
        if (count >= red) {
            reasons.add(dimension + count + " " + what);
            return Rag.RED;
        }
        if (count >= amber) {
            reasons.add(dimension + count + " " + what);
            return Rag.AMBER;
        }
        return Rag.GREEN;
    }
}
