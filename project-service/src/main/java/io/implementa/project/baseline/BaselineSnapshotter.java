package io.implementa.project.baseline;

import io.implementa.project.baseline.BaselineApi.BaselineTask;
import io.implementa.project.calendar.ProjectCalendar;
import io.implementa.project.cost.CostService;
import io.implementa.project.schedule.TaskSchedule;
import io.implementa.project.schedule.engine.WorkCalendar;
import io.implementa.project.task.Task;
import io.implementa.project.task.TaskKind;
import io.implementa.project.task.Wbs;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads a project's plan as it stands now, in the shape a baseline keeps: the stored schedule's dates,
 * durations, work and cost per task, summaries rolled up. The same reading serves saving a baseline and
 * the "current" side of a variance, so both sides are always measured alike.
 */
@ApplicationScoped
public class BaselineSnapshotter {

    private final CostService costs;

    public BaselineSnapshotter(CostService costs) {
        this.costs = costs;
    }

    /** The plan at one moment; totals over leaf tasks. */
    public record Plan(List<BaselineTask> tasks, LocalDate start, LocalDate finish, BigDecimal totalWorkHours,
            BigDecimal totalCost) {
    }

    public Plan take(UUID projectId) {
        Wbs wbs = Wbs.of(projectId);
        Map<UUID, TaskSchedule> schedule = new HashMap<>();
        TaskSchedule.ofProject(projectId).forEach(s -> schedule.put(s.taskId, s));
        Map<UUID, BigDecimal> planned = plannedCosts(projectId);
        WorkCalendar calendar = null;
        List<Task> ordered = wbs.inOutlineOrder();
        List<BaselineTask> out = new ArrayList<>(ordered.size());
        LocalDate start = null;
        LocalDate finish = null;
        BigDecimal totalWork = null;
        BigDecimal totalCost = BigDecimal.ZERO;
        for (Task t : ordered) {
            TaskSchedule s = schedule.get(t.id);
            LocalDate taskStart = s == null ? null : s.start;
            LocalDate taskFinish = s == null ? null : s.finish;
            TaskKind kind = wbs.kind(t);
            int duration = t.duration;
            BigDecimal work = t.effortHours;
            BigDecimal cost = cost(t, planned);
            boolean summary = kind == TaskKind.SUMMARY;
            if (summary) {
                List<Task> leaves = wbs.leaves(t.id);
                work = leaves.stream().map(l -> l.effortHours).filter(e -> e != null).reduce(BigDecimal::add)
                        .orElse(null);
                cost = leaves.stream().map(l -> cost(l, planned)).reduce(BigDecimal.ZERO, BigDecimal::add);
                if (taskStart != null && taskFinish != null) {
                    if (calendar == null) {
                        calendar = ProjectCalendar.of(projectId).toWorkCalendar();
                    }
                    duration = calendar.workingDaysBetween(taskStart, taskFinish.plusDays(1));
                }
            } else {
                if (work != null) {
                    totalWork = totalWork == null ? work : totalWork.add(work);
                }
                totalCost = totalCost.add(cost);
            }
            if (taskStart != null && (start == null || taskStart.isBefore(start))) {
                start = taskStart;
            }
            if (taskFinish != null && (finish == null || taskFinish.isAfter(finish))) {
                finish = taskFinish;
            }
            out.add(new BaselineTask(t.id, t.parentId, t.name, summary, kind == TaskKind.MILESTONE, taskStart,
                    taskFinish, duration, work, cost));
        }
        return new Plan(out, start, finish, totalWork, totalCost);
    }

    /** The planned costs of the project's tasks, read once per snapshot (see {@link #cost}). */
    private Map<UUID, BigDecimal> plannedCosts(UUID projectId) {
        return costs.plannedCosts(projectId);
    }

    /**
     * A leaf task's cost in a baseline: the one place a baseline decides what cost is. The task's planned cost as
     * {@code GET .../tasks/{taskId}/planned-cost} shows it: its fixed cost plus its priced planned labour (assigned
     * work × the resources' effective standard rates), 0 without either; so BAC includes labour.
     */
    static BigDecimal cost(Task task, Map<UUID, BigDecimal> planned) {
        return planned.getOrDefault(task.id, BigDecimal.ZERO);
    }
}
