package io.implementa.project.cost;

import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.PageView;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Sorting;
import io.implementa.platform.outbox.Outbox;
import io.implementa.platform.security.Caller;
import io.implementa.project.cost.CostApi.ApproveBudgetRequest;
import io.implementa.project.cost.CostApi.BudgetView;
import io.implementa.project.cost.CostApi.CategoryCost;
import io.implementa.project.cost.CostApi.CostEntryView;
import io.implementa.project.cost.CostApi.CreateCostEntryRequest;
import io.implementa.project.cost.CostApi.ExcludedLabour;
import io.implementa.project.cost.CostApi.PlannedCostView;
import io.implementa.project.cost.CostApi.ProjectPlannedCostView;
import io.implementa.project.cost.CostApi.UnpricedLabour;
import io.implementa.project.cost.CostApi.SetBudgetRequest;
import io.implementa.project.cost.CostApi.SetPlannedCostRequest;
import io.implementa.project.evm.EacMethod;
import io.implementa.project.evm.EarnedValue;
import io.implementa.project.evm.EarnedValueCalculator;
import io.implementa.project.baseline.Baseline;
import io.implementa.project.calendar.ProjectCalendar;
import io.implementa.project.project.Project;
import io.implementa.project.schedule.TaskSchedule;
import io.implementa.project.task.Assignment;
import io.implementa.project.task.Task;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A project's budget and costs: the budget and its approval, planned fixed costs per task, actual cost entries,
 * and the monitoring that announces budget thresholds and a forecast overrun once per crossing.
 */
@ApplicationScoped
public class CostService {

    private static final Map<String, String> SORTABLE = Map.of("incurredOn", "incurredOn", "amount", "amount",
            "category", "category", "createdAt", "createdAt");

    private final Outbox outbox;
    private final Caller caller;
    private final Clock clock;
    private final EntityManager em;
    private final CostConfig config;

    public CostService(Outbox outbox, Caller caller, Clock clock, EntityManager em, CostConfig config) {
        this.outbox = outbox;
        this.caller = caller;
        this.clock = clock;
        this.em = em;
        this.config = config;
    }

    /** List filters; each one that is set narrows the result. */
    public record Filter(CostCategory category, UUID taskId) {
    }

    /** Sets the budget (creating it); empty when the project does not exist. */
    @Transactional
    public Optional<BudgetView> setBudget(UUID projectId, SetBudgetRequest request) {
        return Project.<Project>findByIdOptional(projectId).map(project -> {
            project.requireEditable();
            lock(projectId);
            List<Integer> thresholds = request.thresholds() == null || request.thresholds().isEmpty()
                    ? config.defaultThresholds() : request.thresholds();
            Optional<Budget> existing = Budget.forProject(projectId);
            Budget budget = existing.orElseGet(() -> Budget.draft(projectId, request.currency(), thresholds,
                    clock.instant()));
            if (!budget.currency.equals(request.currency()) && hasMoney(projectId)) {
                throw new ProblemException.Unprocessable("currency", "must stay " + budget.currency
                        + ": the project already has costs in it");
            }
            budget.plan(request.currency(), request.amount(), orZero(request.contingencyReserve()),
                    orZero(request.managementReserve()));
            budget.setThresholds(thresholds);
            budget.touch(clock.instant());
            if (existing.isEmpty()) {
                budget.persist();
            }
            monitor(project, budget);
            budget.flush();
            return view(budget);
        });
    }

    /** The sponsor or the manager approves the budget once. */
    @Transactional
    public Optional<BudgetView> approveBudget(UUID projectId, ApproveBudgetRequest request) {
        return Project.<Project>findByIdOptional(projectId).map(project -> {
            project.requireEditable();
            lock(projectId);
            Budget budget = requireBudget(project);
            budget.approve(caller.person(), request == null ? null : request.note(), clock.instant());
            budget.touch(clock.instant());
            monitor(project, budget);
            budget.flush();
            return view(budget);
        });
    }

    public Optional<BudgetView> budget(UUID projectId) {
        return Budget.forProject(projectId).map(this::view);
    }

    public boolean isApproved(UUID projectId) {
        return Budget.forProject(projectId).map(b -> b.approved).orElse(false);
    }

    /**
     * Moves the approved budget by an approved change request's cost impact, in the caller's transaction, and
     * re-checks the thresholds against the new amount.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void adjustBudget(Project project, BigDecimal delta, String currency) {
        lock(project.id);
        Budget budget = requireBudget(project);
        budget.requireCurrency("costImpact", currency);
        budget.adjust(delta);
        budget.touch(clock.instant());
        monitor(project, budget);
    }

    /** Sets a task's planned fixed cost; empty when there is no such task. */
    @Transactional
    public Optional<PlannedCostView> setPlannedCost(UUID projectId, UUID taskId, SetPlannedCostRequest request) {
        return Task.find(projectId, taskId).map(task -> {
            Project project = Project.findById(projectId);
            project.requireEditable();
            lock(projectId);
            Budget budget = requireBudget(project);
            budget.requireCurrency("currency", request.currency());
            Optional<TaskPlannedCost> existing = TaskPlannedCost.findByIdOptional(taskId);
            TaskPlannedCost cost = existing.orElseGet(TaskPlannedCost::new);
            cost.taskId = taskId;
            cost.projectId = projectId;
            cost.fixedCost = request.fixedCost();
            cost.category = request.category() == null ? CostCategory.OTHER : request.category();
            cost.updatedAt = clock.instant();
            if (existing.isEmpty()) {
                cost.persist();
            }
            monitor(project, budget);
            cost.flush();
            return plannedCostView(task, cost, budget.currency);
        });
    }

    public Optional<PlannedCostView> plannedCost(UUID projectId, UUID taskId) {
        return Task.find(projectId, taskId).map(task -> plannedCostView(task,
                TaskPlannedCost.<TaskPlannedCost>findByIdOptional(taskId).orElse(null),
                Budget.forProject(projectId).map(b -> b.currency).orElse(null)));
    }

    private PlannedCostView plannedCostView(Task task, TaskPlannedCost fixed, String currency) {
        PlannedLabour.Result labour = labour(task.projectId, task.id, currency);
        BigDecimal fixedCost = scale(fixed == null ? BigDecimal.ZERO : fixed.fixedCost);
        BigDecimal labourCost = labour.of(task.id);
        return new PlannedCostView(task.id, task.projectId, fixed == null ? CostCategory.OTHER : fixed.category,
                fixedCost, labourCost, fixedCost.add(labourCost), currency, labour.unpriced(),
                fixed == null ? null : fixed.updatedAt, fixed == null ? 0 : fixed.version);
    }

    /** The planned cost of the whole project; empty when the project does not exist. */
    public Optional<ProjectPlannedCostView> projectPlannedCost(UUID projectId) {
        if (Project.findByIdOptional(projectId).isEmpty()) {
            return Optional.empty();
        }
        String currency = Budget.forProject(projectId).map(b -> b.currency).orElse(null);
        BigDecimal fixed = scale(TaskPlannedCost.<TaskPlannedCost>list("projectId", projectId).stream()
                .map(c -> c.fixedCost).reduce(BigDecimal.ZERO, BigDecimal::add));
        PlannedLabour.Result labour = labour(projectId, null, currency);
        BigDecimal labourCost = labourTotal(labour);
        BigDecimal unpricedHours = labour.unpriced().stream().map(UnpricedLabour::hours)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return Optional.of(new ProjectPlannedCostView(projectId, currency, fixed, labourCost, fixed.add(labourCost),
                scale(unpricedHours), labour.unpriced()));
    }

    /** Σ of the tasks' labour, each rounded as the task shows it. */
    private static BigDecimal labourTotal(PlannedLabour.Result labour) {
        return scale(labour.byTask().keySet().stream().map(labour::of).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /**
     * Planned labour of the project's assignments (of one task when {@code onlyTask} is set), priced in the budget's
     * currency from the {@code resource_cost_rate} projection on the tasks' scheduled working days.
     */
    private PlannedLabour.Result labour(UUID projectId, UUID onlyTask, String currency) {
        List<Assignment> assignments = onlyTask == null ? Assignment.list("projectId", projectId)
                : Assignment.list("taskId", onlyTask);
        if (assignments.isEmpty()) {
            return new PlannedLabour.Result(Map.of(), List.of());
        }
        Set<UUID> taskIds = new HashSet<>();
        Set<UUID> resourceIds = new HashSet<>();
        assignments.forEach(a -> {
            taskIds.add(a.taskId);
            resourceIds.add(a.resourceId);
        });
        Map<UUID, Task> tasks = new HashMap<>();
        Task.<Task>list("id in ?1", taskIds).forEach(t -> tasks.put(t.id, t));
        Map<UUID, TaskSchedule> schedule = new HashMap<>();
        TaskSchedule.of(taskIds).forEach(s -> schedule.put(s.taskId, s));
        Map<UUID, List<PlannedLabour.Rate>> rates = new HashMap<>();
        List<?> rows = em.createNativeQuery("select resource_id, effective_from, standard_rate, currency "
                + "from resource_cost_rate where resource_id in (?1) order by resource_id, effective_from")
                .setParameter(1, resourceIds).getResultList();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            LocalDate from = c[1] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) c[1];
            rates.computeIfAbsent((UUID) c[0], k -> new ArrayList<>())
                    .add(new PlannedLabour.Rate(from, decimal(c[2]), c[3].toString().trim()));
        }
        Map<UUID, String> names = new HashMap<>();
        List<?> named = em.createNativeQuery("select resource_id, name from resource_rate_version "
                + "where resource_id in (?1)").setParameter(1, resourceIds).getResultList();
        for (Object row : named) {
            Object[] c = (Object[]) row;
            names.put((UUID) c[0], (String) c[1]);
        }
        List<PlannedLabour.Work> work = new ArrayList<>();
        for (Assignment a : assignments) {
            Task task = tasks.get(a.taskId);
            TaskSchedule s = schedule.get(a.taskId);
            work.add(new PlannedLabour.Work(a.id, a.taskId, task.name, task.duration, s == null ? null : s.start,
                    s == null ? null : s.finish, a.resourceId, names.get(a.resourceId), a.units, a.workHours));
        }
        return new PlannedLabour(currency, ProjectCalendar.of(projectId).toWorkCalendar(), rates).price(work);
    }

    /** Books an actual cost; empty when the project does not exist. */
    @Transactional
    public Optional<CostEntryView> addEntry(UUID projectId, CreateCostEntryRequest request) {
        return Project.<Project>findByIdOptional(projectId).map(project -> {
            project.requireEditable();
            lock(projectId);
            Budget budget = requireBudget(project);
            budget.requireCurrency("currency", request.currency());
            if (request.taskId() != null && Task.find(projectId, request.taskId()).isEmpty()) {
                throw new ProblemException.Unprocessable("taskId", "is not a task of project " + project.key);
            }
            CostEntry entry = new CostEntry();
            entry.id = UUID.randomUUID();
            entry.projectId = projectId;
            entry.taskId = request.taskId();
            entry.category = request.category();
            entry.amount = request.amount();
            entry.currency = request.currency();
            entry.incurredOn = request.incurredOn();
            entry.description = request.description();
            entry.createdBy = caller.person();
            entry.createdAt = clock.instant();
            entry.persistAndFlush();
            monitor(project, budget);
            return CostEntryView.of(entry);
        });
    }

    public Optional<CostEntryView> entry(UUID projectId, UUID entryId) {
        return CostEntry.<CostEntry>find("id = ?1 and projectId = ?2", entryId, projectId).firstResultOptional()
                .map(CostEntryView::of);
    }

    /** Empty when the project does not exist. */
    public Optional<PageView<CostEntryView>> entries(UUID projectId, Filter filter, PageRequest page) {
        if (Project.findByIdOptional(projectId).isEmpty()) {
            return Optional.empty();
        }
        Sort sort = Sorting.parse(page.sort, SORTABLE, Sort.by("incurredOn").and("createdAt").and("id"));
        String query = "projectId = :projectId";
        Parameters parameters = Parameters.with("projectId", projectId);
        if (filter.category() != null) {
            query += " and category = :category";
            parameters.and("category", filter.category());
        }
        if (filter.taskId() != null) {
            query += " and taskId = :taskId";
            parameters.and("taskId", filter.taskId());
        }
        return Optional.of(PageView.of(CostEntry.find(query, sort, parameters), page, CostEntryView::of));
    }

    /**
     * Re-checks the project's budget after anything that moves its figures (costs booked, labour approved, the
     * budget changed), in the caller's transaction. Does nothing for projects without an approved budget.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recheck(UUID projectId) {
        Project project = Project.findById(projectId);
        if (project == null) {
            return;
        }
        lock(projectId);
        Budget.forProject(projectId).ifPresent(budget -> monitor(project, budget));
    }

    /** Actual cost of the project: cost entries plus approved timesheet labour. */
    public BigDecimal actualCost(UUID projectId) {
        return actualByCategory(projectId).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Actual cost up to and including a date. */
    public BigDecimal actualCost(UUID projectId, LocalDate upTo) {
        return sum("select coalesce(sum(amount), 0) from cost_entry where project_id = ?1 and incurred_on <= ?2",
                projectId, upTo).add(sum(LabourCosts.SUM_UP_TO, projectId, upTo));
    }

    /**
     * Planned cost per task of the project: its fixed cost plus its priced planned labour (each rounded to cents);
     * tasks with neither are absent.
     */
    public Map<UUID, BigDecimal> plannedCosts(UUID projectId) {
        Map<UUID, BigDecimal> costs = new HashMap<>();
        TaskPlannedCost.<TaskPlannedCost>list("projectId", projectId).forEach(c -> costs.put(c.taskId, c.fixedCost));
        PlannedLabour.Result labour = labour(projectId, null,
                Budget.forProject(projectId).map(b -> b.currency).orElse(null));
        labour.byTask().keySet().forEach(taskId -> costs.merge(taskId, labour.of(taskId), BigDecimal::add));
        return costs;
    }

    private void monitor(Project project, Budget budget) {
        if (!budget.approved) {
            return;
        }
        BigDecimal actual = actualCost(project.id);
        BigDecimal consumed = budget.consumedPercent(actual);
        for (Integer threshold : budget.cross(consumed)) {
            outbox.publish(project.id, project.id, new CostEvents.BudgetThresholdCrossed(project.id, project.key,
                    budget.currency, budget.amount, actual, threshold, consumed, project.manager, project.sponsor));
        }
        Forecast forecast = forecast(project.id, actual);
        EarnedValue figures = forecast.figures();
        boolean overrun = figures.eac() != null && figures.eac().compareTo(figures.bac()) > 0;
        if (overrun && !budget.overrunForecast) {
            outbox.publish(project.id, project.id, new CostEvents.CostOverrunForecast(project.id, project.key,
                    budget.currency, figures.bac(), figures.eac(), figures.vac(), LocalDate.now(clock),
                    project.manager, project.sponsor, forecast.baselineId()));
        }
        budget.overrunForecast = overrun;
    }

    /** Earned value as {@link #forecast} measures it: what the cost health reads its CPI from. */
    public EarnedValue currentPerformance(UUID projectId) {
        return forecast(projectId, actualCost(projectId)).figures();
    }

    /** Share of the budget amount consumed by the actual cost, in percent; null without a budget amount. */
    public BigDecimal consumedPercent(UUID projectId) {
        return Budget.forProject(projectId).map(b -> b.consumedPercent(actualCost(projectId))).orElse(null);
    }

    /** The forecast's figures and what they measure against: a baseline, or (null) the current plan. */
    record Forecast(EarnedValue figures, UUID baselineId) {
    }

    /**
     * The default EAC (BAC / CPI) with AC the actual cost. With a current baseline, BAC is its cost (the leaf tasks'
     * fixed cost + labour when it was saved) and EV each baseline leaf's cost × the task's percent complete now.
     * Without one, the current plan stands in for it: BAC is the tasks' planned cost now (fixed + priced labour) and
     * EV each task's planned cost × its percent complete. Undefined (null EAC) while BAC is 0 or until something is
     * both earned and spent. PV is not needed for BAC / CPI and is reported as EV.
     */
    private Forecast forecast(UUID projectId, BigDecimal actual) {
        Optional<Baseline> baseline = Baseline.currentOf(projectId);
        BigDecimal bac;
        BigDecimal earned;
        if (baseline.isPresent()) {
            Object[] row = (Object[]) em.createNativeQuery("select coalesce(sum(b.cost), 0), "
                    + "coalesce(sum(b.cost * coalesce(t.percent_complete, 0) / 100.0), 0) from baseline_task b "
                    + "left join task t on t.id = b.task_id where b.baseline_id = ?1 and not b.summary")
                    .setParameter(1, baseline.get().id).getSingleResult();
            bac = decimal(row[0]);
            earned = decimal(row[1]);
        } else {
            Map<UUID, BigDecimal> planned = plannedCosts(projectId);
            bac = planned.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            earned = BigDecimal.ZERO;
            if (!planned.isEmpty()) {
                for (Task task : Task.<Task>list("id in ?1", planned.keySet())) {
                    earned = earned.add(planned.get(task.id).multiply(BigDecimal.valueOf(task.percentComplete))
                            .divide(BigDecimal.valueOf(100)));
                }
            }
        }
        UUID baselineId = baseline.map(b -> b.id).orElse(null);
        if (bac.signum() == 0) {
            return new Forecast(EarnedValueCalculator.undefined(actual, EacMethod.CPI, baselineId == null
                    ? "no task has a planned cost, so nothing can be earned"
                    : "the current baseline has no cost, so nothing can be earned"), baselineId);
        }
        return new Forecast(EarnedValueCalculator.compute(bac, earned, earned, actual, EacMethod.CPI), baselineId);
    }

    private BudgetView view(Budget budget) {
        Map<CostCategory, BigDecimal> actual = actualByCategory(budget.projectId);
        Map<CostCategory, BigDecimal> planned = new EnumMap<>(CostCategory.class);
        TaskPlannedCost.<TaskPlannedCost>list("projectId", budget.projectId)
                .forEach(c -> planned.merge(c.category, c.fixedCost, BigDecimal::add));
        BigDecimal labour = labourTotal(labour(budget.projectId, null, budget.currency));
        if (labour.signum() != 0) {
            planned.merge(CostCategory.LABOUR, labour, BigDecimal::add);
        }
        List<CategoryCost> byCategory = new ArrayList<>();
        for (CostCategory category : CostCategory.values()) {
            byCategory.add(new CategoryCost(category, scale(planned.getOrDefault(category, BigDecimal.ZERO)),
                    scale(actual.getOrDefault(category, BigDecimal.ZERO))));
        }
        BigDecimal plannedTotal = scale(planned.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        BigDecimal actualTotal = scale(actual.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        Forecast forecast = forecast(budget.projectId, actualTotal);
        return new BudgetView(budget.projectId, budget.currency, scale(budget.amount),
                scale(budget.contingencyReserve), scale(budget.managementReserve),
                scale(budget.amount.add(budget.contingencyReserve).add(budget.managementReserve)),
                budget.thresholds(), budget.crossed(), budget.overrunForecast, budget.approved, budget.approvedBy,
                budget.approvedAt, budget.approvalNote, plannedTotal, actualTotal,
                budget.consumedPercent(actualTotal), scale(budget.amount.subtract(actualTotal)), byCategory,
                excludedLabour(budget), forecast.figures().bac(), forecast.figures().eac(), forecast.baselineId(),
                budget.version);
    }

    /** Approved timesheet labour in another currency than the budget's: kept, reported, never converted or added. */
    private List<ExcludedLabour> excludedLabour(Budget budget) {
        List<?> rows = em.createNativeQuery(LabourCosts.EXCLUDED).setParameter(1, budget.projectId).getResultList();
        List<ExcludedLabour> excluded = new ArrayList<>();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            String currency = c[0].toString().trim();
            excluded.add(new ExcludedLabour(currency, scale(decimal(c[1])), scale(decimal(c[2])),
                    ((Number) c[3]).longValue(), "the timesheet is priced in " + currency + ", the budget in "
                            + budget.currency));
        }
        return excluded;
    }

    private Map<CostCategory, BigDecimal> actualByCategory(UUID projectId) {
        Map<CostCategory, BigDecimal> actual = new EnumMap<>(CostCategory.class);
        List<?> rows = em.createNativeQuery("select category, sum(amount) from cost_entry where project_id = ?1 "
                + "group by category").setParameter(1, projectId).getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            actual.put(CostCategory.valueOf(columns[0].toString()), decimal(columns[1]));
        }
        BigDecimal labour = sum(LabourCosts.SUM, projectId, null);
        if (labour.signum() != 0) {
            actual.merge(CostCategory.LABOUR, labour, BigDecimal::add);
        }
        return actual;
    }

    private Budget requireBudget(Project project) {
        return Budget.forProject(project.id).orElseThrow(() -> new ProblemException.Conflict("budget-missing",
                "No budget", project.key + " has no budget yet; set it (and its currency) first"));
    }

    private boolean hasMoney(UUID projectId) {
        return CostEntry.count("projectId", projectId) > 0 || TaskPlannedCost.count("projectId", projectId) > 0;
    }

    private BigDecimal sum(String sql, UUID projectId, LocalDate date) {
        var query = em.createNativeQuery(sql).setParameter(1, projectId);
        if (date != null) {
            query.setParameter(2, date);
        }
        return decimal(query.getSingleResult());
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }

    static BigDecimal scale(BigDecimal value) {
        return value.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    /** The per-project lock the outbox takes for the project's events anyway (same key), taken earlier. */
    private void lock(UUID projectId) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, projectId.toString())
                .getSingleResult();
    }
}
