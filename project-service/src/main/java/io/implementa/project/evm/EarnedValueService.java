package io.implementa.project.evm;

import io.implementa.project.calendar.ProjectCalendar;
import io.implementa.project.cost.Budget;
import io.implementa.project.cost.CostService;
import io.implementa.project.evm.EarnedValueAnalysis.Result;
import io.implementa.project.project.Project;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Earned value of a project at a status date, against its current baseline; actual cost from the cost package. */
@ApplicationScoped
public class EarnedValueService {

    private final BaselineSource baselines;
    private final CostService costs;
    private final EntityManager em;
    private final Clock clock;

    public EarnedValueService(BaselineSource baselines, CostService costs, EntityManager em, Clock clock) {
        this.baselines = baselines;
        this.costs = costs;
        this.em = em;
        this.clock = clock;
    }

    @Schema(name = "EarnedValueReport", description = "Earned value for the project, per WBS branch, and the S-curve")
    public record EarnedValueView(
            UUID projectId,
            LocalDate statusDate,
            EacMethod method,
            @Schema(description = "Whether the project has a baseline; without one every figure but AC is null")
            boolean baseline,
            @Schema(description = "The budget's currency; null without a budget") String currency,
            EarnedValue project,
            List<EarnedValueAnalysis.Branch> branches,
            @Schema(description = "One point per week from the baseline start, and the status date; each point's EV "
                    + "uses the percent complete recorded as of its date") List<EarnedValueAnalysis.Point> sCurve) {
    }

    /** Empty when the project does not exist. */
    public Optional<EarnedValueView> compute(UUID projectId, LocalDate statusDate, EacMethod method) {
        return Project.<Project>findByIdOptional(projectId).map(project -> {
            LocalDate date = statusDate == null ? LocalDate.now(clock) : statusDate;
            EacMethod chosen = method == null ? EacMethod.CPI : method;
            String currency = Budget.forProject(projectId).map(b -> b.currency).orElse(null);
            Optional<List<BaselineTask>> baseline = baselines.current(projectId);
            if (baseline.isEmpty()) {
                return new EarnedValueView(projectId, date, chosen, false, currency, EarnedValueCalculator.undefined(
                        costs.actualCost(projectId, date), chosen, "the project has no baseline"), List.of(),
                        List.of());
            }
            ProgressHistory progress = progress(projectId);
            Result result = new EarnedValueAnalysis(baseline.get(), ProjectCalendar.of(projectId).toWorkCalendar())
                    .analyse(date, chosen, progress::asOf, actualByTask(projectId, date),
                            upTo -> costs.actualCost(projectId, upTo));
            return new EarnedValueView(projectId, date, chosen, true, currency, result.project(), result.branches(),
                    result.sCurve());
        });
    }

    private ProgressHistory progress(UUID projectId) {
        ProgressHistory history = new ProgressHistory();
        List<?> rows = em.createNativeQuery("select task_id, recorded_on, percent_complete from task_progress "
                + "where project_id = ?1").setParameter(1, projectId).getResultList();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            history.record((UUID) c[0], c[1] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) c[1],
                    ((Number) c[2]).intValue());
        }
        return history;
    }

    private Map<UUID, BigDecimal> actualByTask(UUID projectId, LocalDate upTo) {
        Map<UUID, BigDecimal> actual = new HashMap<>();
        List<?> rows = em.createNativeQuery("""
                select task_id, sum(amount) from (
                    select task_id, amount from cost_entry where project_id = ?1 and incurred_on <= ?2
                    union all
                    select l.task_id, l.cost from labour_cost l join project_budget b on b.project_id = l.project_id
                        and b.currency = l.currency where l.project_id = ?1 and l.work_date <= ?2) costs
                where task_id is not null group by task_id""")
                .setParameter(1, projectId).setParameter(2, upTo).getResultList();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            actual.put((UUID) c[0], c[1] instanceof BigDecimal d ? d : new BigDecimal(c[1].toString()));
        }
        return actual;
    }
}
