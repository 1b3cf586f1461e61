package io.implementa.project.portfolio;

import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.PageView;
import io.implementa.platform.http.Sorting;
import io.implementa.platform.security.ProjectAccess;
import io.implementa.project.cost.CostService;
import io.implementa.project.gate.GateEvaluator;
import io.implementa.project.gate.GateEvaluator.GateCheck;
import io.implementa.project.health.HealthService;
import io.implementa.project.lifecycle.LifecycleService;
import io.implementa.project.portfolio.PortfolioApi.NextGate;
import io.implementa.project.portfolio.PortfolioApi.PortfolioEntry;
import io.implementa.project.project.Phase;
import io.implementa.project.project.Project;
import io.implementa.project.project.ProjectStatus;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The portfolio: every project the caller may see, with where it stands in its lifecycle. */
@ApplicationScoped
public class PortfolioService {

    private static final Map<String, String> SORTABLE = Map.of("key", "key", "name", "name", "status", "status",
            "phase", "phase", "plannedStart", "plannedStart", "plannedEnd", "plannedEnd");

    /** Stands in for "no project at all" in an {@code in} list, which may not be empty. */
    private static final UUID NO_PROJECT = new UUID(0, 0);

    private final ProjectAccess access;
    private final GateEvaluator gates;
    private final PortfolioFacts facts;
    private final HealthService health;
    private final CostService costs;

    public PortfolioService(ProjectAccess access, GateEvaluator gates, PortfolioFacts facts, HealthService health,
            CostService costs) {
        this.access = access;
        this.gates = gates;
        this.facts = facts;
        this.health = health;
        this.costs = costs;
    }

    public PageView<PortfolioEntry> list(ProjectStatus status, Phase phase, String text, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        access.visibleProjects().ifPresent(visible -> {
            conditions.add("id in :visible");
            parameters.and("visible", visible.isEmpty() ? List.of(NO_PROJECT) : visible);
        });
        if (status != null) {
            conditions.add("status = :status");
            parameters.and("status", status);
        }
        if (phase != null) {
            conditions.add("phase = :phase");
            parameters.and("phase", phase);
        }
        if (text != null && !text.isBlank()) {
            conditions.add("(lower(name) like :text or lower(key) like :text)");
            parameters.and("text", "%" + text.toLowerCase().replace("%", "\\%") + "%");
        }
        Sort sort = Sorting.parse(page.sort, SORTABLE, Sort.by("key").and("id"));
        return PageView.of(Project.find(String.join(" and ", conditions), sort, parameters), page, this::entry);
    }

    private PortfolioEntry entry(Project project) {
        NextGate next = LifecycleService.nextGate(project).map(gate -> {
            GateCheck check = gates.evaluate(project, gate);
            return new NextGate(gate, check.passes(), check.unmet().size());
        }).orElse(null);
        return new PortfolioEntry(project.id, project.key, project.name, project.status, project.phase,
                project.activePhases(), project.plannedStart, project.plannedEnd, project.manager, project.sponsor,
                next, facts.openDeliverables(project.id), health.published(project.id).orElse(null),
                costs.consumedPercent(project.id));
    }
}
