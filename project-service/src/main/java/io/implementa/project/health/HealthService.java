package io.implementa.project.health;

import io.implementa.platform.outbox.Outbox;
import io.implementa.project.change.ChangeRequestService;
import io.implementa.project.cost.Budget;
import io.implementa.project.cost.CostService;
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
 * configurable per project, and keeps the health of the last published report.
 */
@ApplicationScoped
public class HealthService {

    private final EntityManager em;
    private final Clock clock;
    private final Outbox outbox;
    private final HealthConfig config;
    private final CostService costs;
    private final ScopeService scope;
    private final ChangeRequestService changes;
    private final ProjectionStore projections;
    private final EarnedValueService earnedValue;

    public HealthService(EntityManager em, Clock clock, Outbox outbox, HealthConfig config, CostService costs,
            ScopeService scope, ChangeRequestService changes, ProjectionStore projections,
            EarnedValueService earnedValue) {
        this.earnedValue = earnedValue;
        this.em = em;
        this.clock = clock;
        this.outbox = outbox;
        this.config = config;
        this.costs = costs;
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

        // CPI from the current plan, as the overrun forecast uses it; SPI needs planned value over time, which only
        // a baseline gives, so without one the schedule rests on late critical tasks.
        EarnedValue performance = costs.currentPerformance(project.id);
        BigDecimal spi = earnedValue.compute(project.id, statusDate, EacMethod.CPI)
                .map(view -> view.project().spi()).orElse(null);
        BigDecimal cpi = performance.cpi();
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

    /** Records the health of a report just published; announces it when it differs from the one before. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void published(Project project, Health health) {
        ProjectHealth current = ProjectHealth.findById(project.id);
        Health previous = current == null ? null : current.health();
        if (health.equals(previous)) {
            return;
        }
        if (current == null) {
            current = new ProjectHealth();
            current.projectId = project.id;
            current.set(health, clock.instant());
            current.persist();
        } else {
            current.set(health, clock.instant());
        }
        outbox.publish(project.id, project.id, new HealthEvents.ProjectHealthChanged(project.id, project.key,
                previous, health, clock.instant()));
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
