package io.implementa.project.evm;

import io.implementa.project.schedule.engine.WorkCalendar;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Earned value of a project against its baseline, pure: PV spreads each leaf task's baseline cost evenly over its
 * baseline working days up to the status date (a milestone's cost is planned on its date), EV is each leaf's
 * baseline cost × its percent complete as of the date measured (from the progress history), AC is what the caller
 * says was spent. Figures for the project and per top-level WBS branch, and an S-curve with one point per week from
 * the baseline start to the status date, each point's PV, EV and AC as of its own date.
 */
public final class EarnedValueAnalysis {

    private final List<BaselineTask> leaves;
    private final Map<UUID, UUID> parents = new HashMap<>();
    private final Map<UUID, String> names = new HashMap<>();
    private final WorkCalendar calendar;

    public EarnedValueAnalysis(List<BaselineTask> baseline, WorkCalendar calendar) {
        this.calendar = calendar;
        Set<UUID> withChildren = new HashSet<>();
        for (BaselineTask task : baseline) {
            parents.put(task.taskId(), task.parentId());
            names.put(task.taskId(), task.name());
            if (task.parentId() != null) {
                withChildren.add(task.parentId());
            }
        }
        this.leaves = baseline.stream().filter(t -> !withChildren.contains(t.taskId())).toList();
    }

    /** One point of the S-curve: PV, EV (progress as of that date) and AC as of its date. */
    public record Point(LocalDate date, BigDecimal pv, BigDecimal ev, BigDecimal ac) {
    }

    /** A top-level WBS branch and its figures. */
    public record Branch(UUID taskId, String name, EarnedValue figures) {
    }

    /** The whole answer. */
    public record Result(EarnedValue project, List<Branch> branches, List<Point> sCurve) {
    }

    public LocalDate start() {
        return leaves.stream().map(BaselineTask::start).min(LocalDate::compareTo).orElse(null);
    }

    /**
     * @param progressAsOf percent complete per task as of a date (0 when absent)
     * @param actualByTask actual cost per task (entries and labour booked to the task)
     * @param projectActual actual cost of the whole project up to a date (including cost booked to no task)
     */
    public Result analyse(LocalDate statusDate, EacMethod method,
            Function<LocalDate, Map<UUID, Integer>> progressAsOf, Map<UUID, BigDecimal> actualByTask,
            Function<LocalDate, BigDecimal> projectActual) {
        LocalDate start = start();
        BigDecimal ac = projectActual.apply(statusDate);
        if (start == null) {
            return new Result(EarnedValueCalculator.undefined(ac, method, "the baseline has no tasks"), List.of(),
                    List.of());
        }
        if (statusDate.isBefore(start)) {
            String reason = "the status date " + statusDate + " is before the baseline start " + start;
            return new Result(EarnedValueCalculator.undefined(ac, method, reason), List.of(), List.of());
        }
        Map<UUID, Integer> percentComplete = progressAsOf.apply(statusDate);
        EarnedValue project = EarnedValueCalculator.compute(bac(leaves), pv(leaves, statusDate),
                ev(leaves, percentComplete), ac, method);

        Map<UUID, List<BaselineTask>> byBranch = new java.util.LinkedHashMap<>();
        for (BaselineTask leaf : leaves) {
            byBranch.computeIfAbsent(root(leaf.taskId()), k -> new ArrayList<>()).add(leaf);
        }
        List<Branch> branches = new ArrayList<>();
        for (Map.Entry<UUID, List<BaselineTask>> branch : byBranch.entrySet()) {
            Set<UUID> members = members(branch.getKey());
            BigDecimal branchActual = actualByTask.entrySet().stream().filter(e -> members.contains(e.getKey()))
                    .map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
            List<BaselineTask> tasks = branch.getValue();
            branches.add(new Branch(branch.getKey(), name(branch.getKey()), EarnedValueCalculator.compute(bac(tasks),
                    pv(tasks, statusDate), ev(tasks, percentComplete), branchActual, method)));
        }

        List<Point> curve = new ArrayList<>();
        for (LocalDate date = start; date.isBefore(statusDate); date = date.plusWeeks(1)) {
            curve.add(new Point(date, EarnedValueCalculator.money(pv(leaves, date)),
                    EarnedValueCalculator.money(ev(leaves, progressAsOf.apply(date))),
                    EarnedValueCalculator.money(projectActual.apply(date))));
        }
        curve.add(new Point(statusDate, project.pv(), project.ev(), project.ac()));
        return new Result(project, branches, curve);
    }

    /** Baseline cost planned by the end of {@code date}. */
    BigDecimal pv(List<BaselineTask> tasks, LocalDate date) {
        BigDecimal total = BigDecimal.ZERO;
        for (BaselineTask task : tasks) {
            total = total.add(pv(task, date));
        }
        return total;
    }

    private BigDecimal pv(BaselineTask task, LocalDate date) {
        if (task.cost() == null || date.isBefore(task.start())) {
            return BigDecimal.ZERO;
        }
        if (task.durationDays() <= 0 || !date.isBefore(task.finish())) {
            return task.cost();
        }
        int elapsed = calendar.workingDaysBetween(task.start(), date.plusDays(1));
        if (elapsed >= task.durationDays()) {
            return task.cost();
        }
        return task.cost().multiply(BigDecimal.valueOf(elapsed)).divide(BigDecimal.valueOf(task.durationDays()),
                MathContext.DECIMAL64);
    }

    private static BigDecimal ev(List<BaselineTask> tasks, Map<UUID, Integer> percentComplete) {
        BigDecimal total = BigDecimal.ZERO;
        for (BaselineTask task : tasks) {
            int percent = percentComplete.getOrDefault(task.taskId(), 0);
            if (task.cost() != null) {
                total = total.add(task.cost().multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100),
                        MathContext.DECIMAL64));
            }
        }
        return total;
    }

    private static BigDecimal bac(List<BaselineTask> tasks) {
        return tasks.stream().map(t -> t.cost() == null ? BigDecimal.ZERO : t.cost())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private UUID root(UUID taskId) {
        UUID current = taskId;
        while (parents.get(current) != null) {
            current = parents.get(current);
        }
        return current;
    }

    private Set<UUID> members(UUID root) {
        Set<UUID> members = new HashSet<>();
        for (UUID task : parents.keySet()) {
            if (root(task).equals(root)) {
                members.add(task);
            }
        }
        return members;
    }

    private String name(UUID taskId) {
        return names.get(taskId);
    }
}
