package io.implementa.project.baseline;

import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.PageView;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Sorting;
import io.implementa.platform.security.Caller;
import io.implementa.project.cost.CostService;
import io.implementa.project.baseline.BaselineApi.BaselineSummary;
import io.implementa.project.baseline.BaselineApi.BaselineTask;
import io.implementa.project.baseline.BaselineApi.BaselineView;
import io.implementa.project.baseline.BaselineApi.ProjectVariance;
import io.implementa.project.baseline.BaselineApi.SaveBaselineRequest;
import io.implementa.project.baseline.BaselineApi.TaskComparison;
import io.implementa.project.baseline.BaselineApi.TaskVariance;
import io.implementa.project.baseline.BaselineApi.VarianceView;
import io.implementa.project.calendar.ProjectCalendar;
import io.implementa.project.project.Project;
import io.implementa.project.schedule.engine.WorkCalendar;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Saving baselines, choosing the current one, and comparing the plan with a baseline. Other packages
 * (earned value, reports) read the current baseline through {@link #current(UUID)}.
 */
@ApplicationScoped
public class BaselineService {

    private static final Map<String, String> SORTABLE = Map.of("name", "name", "savedAt", "savedAt");

    private final BaselineSnapshotter snapshotter;
    private final Caller caller;
    private final Clock clock;
    private final CostService costs;

    public BaselineService(BaselineSnapshotter snapshotter, Caller caller, Clock clock, CostService costs) {
        this.snapshotter = snapshotter;
        this.caller = caller;
        this.clock = clock;
        this.costs = costs;
    }

    /**
     * Saves the plan as it stands under {@code name}. The project's first baseline becomes current; later
     * ones only through {@link #makeCurrent}. Empty when there is no such project.
     */
    @Transactional
    public Optional<BaselineSummary> save(UUID projectId, SaveBaselineRequest request) {
        // Locked: the stored schedule does not move while it is read, and two first baselines cannot both
        // become current.
        Optional<Project> found = Project.findByIdOptional(projectId, LockModeType.PESSIMISTIC_WRITE);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Project project = found.get();
        project.requireEditable();
        String name = request.name().strip();
        if (Baseline.nameTaken(projectId, name)) {
            throw new ProblemException.Conflict("duplicate", "Duplicate baseline name",
                    "the project already has a baseline named '" + name + "'");
        }
        BaselineSnapshotter.Plan plan = snapshotter.take(projectId);
        Baseline baseline = new Baseline();
        baseline.id = UUID.randomUUID();
        baseline.projectId = projectId;
        baseline.name = name;
        baseline.current = Baseline.currentOf(projectId).isEmpty();
        baseline.projectStart = plan.start();
        baseline.projectFinish = plan.finish();
        baseline.taskCount = plan.tasks().size();
        baseline.totalWorkHours = plan.totalWorkHours();
        baseline.totalCost = plan.totalCost();
        baseline.savedAt = clock.instant();
        baseline.savedBy = caller.person();
        baseline.persist();
        int position = 0;
        for (BaselineTask t : plan.tasks()) {
            BaselineTaskEntry e = new BaselineTaskEntry();
            e.baselineId = baseline.id;
            e.taskId = t.taskId();
            e.position = position++;
            e.parentId = t.parentId();
            e.name = t.name();
            e.summary = t.summary();
            e.milestone = t.milestone();
            e.start = t.start();
            e.finish = t.finish();
            e.duration = t.durationDays();
            e.workHours = t.workHours();
            e.cost = t.cost();
            e.persist();
        }
        Baseline.flush();
        if (baseline.current) {
            // The overrun forecast measures against the current baseline's BAC from now on.
            costs.recheck(projectId);
        }
        return Optional.of(BaselineSummary.of(baseline));
    }

    /** A task's values in a baseline another tool saved; a null field is taken from the plan as it stands. */
    public record Planned(LocalDate start, LocalDate finish, Integer durationDays, BigDecimal workHours,
            BigDecimal cost) {
    }

    /**
     * Saves a baseline another tool planned (an MS Project file's Baseline0), in the caller's transaction on
     * the project it has locked: only the given tasks, with the given values and, for fields without one, the
     * plan's as it stands (as {@link #save} would take them). Named {@code name}, or {@code name (2)}, ...
     * when taken; current when the project has no current baseline, as for {@link #save}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public BaselineSummary saveImported(UUID projectId, String name, Map<UUID, Planned> values) {
        String unique = name;
        for (int n = 2; Baseline.nameTaken(projectId, unique); n++) {
            unique = name + " (" + n + ")";
        }
        BaselineSnapshotter.Plan plan = snapshotter.take(projectId);
        Baseline baseline = new Baseline();
        baseline.id = UUID.randomUUID();
        baseline.projectId = projectId;
        baseline.name = unique;
        baseline.current = Baseline.currentOf(projectId).isEmpty();
        baseline.totalCost = BigDecimal.ZERO;
        baseline.savedAt = clock.instant();
        baseline.savedBy = caller.person();
        List<BaselineTaskEntry> entries = new ArrayList<>();
        for (BaselineTask t : plan.tasks()) {
            Planned v = values.get(t.taskId());
            if (v == null) {
                continue;
            }
            BaselineTaskEntry e = new BaselineTaskEntry();
            e.baselineId = baseline.id;
            e.taskId = t.taskId();
            e.position = entries.size();
            e.parentId = t.parentId();
            e.name = t.name();
            e.summary = t.summary();
            e.milestone = t.milestone();
            e.start = v.start() != null ? v.start() : t.start();
            e.finish = v.finish() != null ? v.finish() : t.finish();
            e.duration = v.durationDays() != null ? v.durationDays() : t.durationDays();
            e.workHours = v.workHours() != null ? v.workHours() : t.workHours();
            e.cost = v.cost() != null ? v.cost() : t.cost();
            entries.add(e);
            if (e.start != null && (baseline.projectStart == null || e.start.isBefore(baseline.projectStart))) {
                baseline.projectStart = e.start;
            }
            if (e.finish != null && (baseline.projectFinish == null || e.finish.isAfter(baseline.projectFinish))) {
                baseline.projectFinish = e.finish;
            }
            if (!e.summary) {
                if (e.workHours != null) {
                    baseline.totalWorkHours = baseline.totalWorkHours == null ? e.workHours
                            : baseline.totalWorkHours.add(e.workHours);
                }
                baseline.totalCost = baseline.totalCost.add(e.cost);
            }
        }
        baseline.taskCount = entries.size();
        baseline.persist();
        entries.forEach(e -> e.persist());
        Baseline.flush();
        return BaselineSummary.of(baseline);
    }

    /** Empty when the project does not exist. */
    public Optional<PageView<BaselineSummary>> list(UUID projectId, PageRequest page) {
        if (Project.findByIdOptional(projectId).isEmpty()) {
            return Optional.empty();
        }
        Sort sort = Sorting.parse(page.sort, SORTABLE, Sort.by("savedAt").and("id"));
        return Optional.of(PageView.of(Baseline.find("projectId = ?1", sort, projectId), page,
                BaselineSummary::of));
    }

    public Optional<BaselineView> find(UUID projectId, UUID baselineId) {
        return Baseline.find(projectId, baselineId).map(BaselineService::view);
    }

    /** The project's current baseline with its tasks; empty when it has none (or there is no such project). */
    public Optional<BaselineView> current(UUID projectId) {
        return Baseline.currentOf(projectId).map(BaselineService::view);
    }

    public boolean hasCurrent(UUID projectId) {
        return Baseline.count("projectId = ?1 and current = true", projectId) > 0;
    }

    /** Makes the baseline the project's current one (the previous current one stops being it). */
    @Transactional
    public Optional<BaselineSummary> makeCurrent(UUID projectId, UUID baselineId) {
        Optional<Project> project = Project.findByIdOptional(projectId, LockModeType.PESSIMISTIC_WRITE);
        if (project.isEmpty()) {
            return Optional.empty();
        }
        project.get().requireEditable();
        return Baseline.find(projectId, baselineId).map(baseline -> {
            if (!baseline.current) {
                // Cleared and flushed first: the unique index allows one current baseline per project.
                Baseline.currentOf(projectId).ifPresent(previous -> previous.current = false);
                Baseline.flush();
                baseline.current = true;
                Baseline.flush();
                costs.recheck(projectId);
            }
            return BaselineSummary.of(baseline);
        });
    }

    /** The plan as it stands now against the baseline. */
    public Optional<VarianceView> variance(UUID projectId, UUID baselineId) {
        Optional<Baseline> found = Baseline.find(projectId, baselineId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Baseline baseline = found.get();
        WorkCalendar calendar = ProjectCalendar.of(projectId).toWorkCalendar();
        Map<UUID, BaselineTaskEntry> saved = new LinkedHashMap<>();
        BaselineTaskEntry.of(baselineId).forEach(e -> saved.put(e.taskId, e));
        BaselineSnapshotter.Plan now = snapshotter.take(projectId);
        List<TaskVariance> tasks = new ArrayList<>(Math.max(now.tasks().size(), saved.size()));
        for (BaselineTask t : now.tasks()) {
            BaselineTaskEntry b = saved.remove(t.taskId());
            if (b == null) {
                tasks.add(new TaskVariance(t.taskId(), t.name(), TaskComparison.ADDED, t.summary(), null, t.start(),
                        null, null, t.finish(), null, null, t.durationDays(), null, null, t.workHours(), null, null,
                        t.cost(), null));
            } else {
                tasks.add(new TaskVariance(t.taskId(), t.name(), TaskComparison.BASELINED, t.summary(), b.start,
                        t.start(), workingDays(calendar, b.start, t.start()), b.finish, t.finish(),
                        workingDays(calendar, b.finish, t.finish()), b.duration, t.durationDays(),
                        t.durationDays() - b.duration, b.workHours, t.workHours(), minus(t.workHours(), b.workHours),
                        b.cost, t.cost(), minus(t.cost(), b.cost)));
            }
        }
        for (BaselineTaskEntry b : saved.values()) {
            tasks.add(new TaskVariance(b.taskId, b.name, TaskComparison.REMOVED, b.summary, b.start, null, null,
                    b.finish, null, null, b.duration, null, null, b.workHours, null, null, b.cost, null, null));
        }
        Integer baselineSpan = span(calendar, baseline.projectStart, baseline.projectFinish);
        Integer span = span(calendar, now.start(), now.finish());
        ProjectVariance project = new ProjectVariance(baseline.projectStart, now.start(),
                workingDays(calendar, baseline.projectStart, now.start()), baseline.projectFinish, now.finish(),
                workingDays(calendar, baseline.projectFinish, now.finish()), baselineSpan, span,
                baselineSpan == null || span == null ? null : span - baselineSpan, baseline.totalWorkHours,
                now.totalWorkHours(), baseline.totalCost, now.totalCost());
        return Optional.of(new VarianceView(baseline.id, baseline.name, projectId, project, tasks));
    }

    /**
     * How many working days {@code to} lies after {@code from} (negative when before): the working days in
     * {@code (from, to]}. Counting on the calendar as it is now, a date that has become a holiday still
     * counts sensibly (a move from it to the next working day is one day).
     */
    static Integer workingDays(WorkCalendar calendar, LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            return null;
        }
        int c = to.compareTo(from);
        if (c == 0) {
            return 0;
        }
        return c > 0 ? calendar.workingDaysBetween(from.plusDays(1), to.plusDays(1))
                : -calendar.workingDaysBetween(to.plusDays(1), from.plusDays(1));
    }

    private static Integer span(WorkCalendar calendar, LocalDate start, LocalDate finish) {
        return start == null || finish == null ? null : calendar.workingDaysBetween(start, finish.plusDays(1));
    }

    private static BigDecimal minus(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.subtract(b);
    }

    private static BaselineView view(Baseline b) {
        List<BaselineTask> tasks = BaselineTaskEntry.of(b.id).stream()
                .map(e -> new BaselineTask(e.taskId, e.parentId, e.name, e.summary, e.milestone, e.start, e.finish,
                        e.duration, e.workHours, e.cost))
                .toList();
        return new BaselineView(b.id, b.projectId, b.name, b.current, b.projectStart, b.projectFinish,
                b.totalWorkHours, b.totalCost, b.savedAt, b.savedBy, b.version, tasks);
    }
}
