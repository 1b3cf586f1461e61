package io.implementa.project.schedule.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between two schedules of the same project: the tasks whose dates (scheduled, early,
 * late), total or free float or critical flag differ, the tasks that disappeared, and the project
 * finish. The API publishes only this delta after a recompute, and nothing at all when
 * {@link #isEmpty()}.
 *
 * <p>Tasks are matched by key when both networks have keys (so tasks may be added, removed or
 * reordered between the runs), otherwise by index. Dates are compared as dates, so a schedule made
 * with a different calendar (say, a new holiday) is compared correctly.
 */
public final class ScheduleDiff {

    /**
     * One task that changed.
     *
     * @param before its previous schedule, or null when the task is new
     * @param after  its current schedule
     */
    public record Change(Object key, int index, ScheduledTask before, ScheduledTask after) {
    }

    private final List<Change> changed;
    private final List<ScheduledTask> removed;
    private final LocalDate finishBefore;
    private final LocalDate finishAfter;
    private final boolean criticalChanged;

    private ScheduleDiff(List<Change> changed, List<ScheduledTask> removed, LocalDate finishBefore,
                         LocalDate finishAfter, boolean criticalChanged) {
        this.changed = Collections.unmodifiableList(changed);
        this.removed = Collections.unmodifiableList(removed);
        this.finishBefore = finishBefore;
        this.finishAfter = finishAfter;
        this.criticalChanged = criticalChanged;
    }

    /**
     * Compares {@code after} with {@code before}; a null {@code before} (first schedule) reports every
     * task as new. Linear in the number of tasks.
     */
    public static ScheduleDiff between(Schedule before, Schedule after) {
        Objects.requireNonNull(after, "after");
        List<Change> changed = new ArrayList<>();
        List<ScheduledTask> removed = new ArrayList<>();
        boolean criticalChanged = false;
        int n = after.taskCount();
        if (before == null) {
            for (int t = 0; t < n; t++) {
                changed.add(new Change(after.network().key(t), t, null, after.task(t)));
                criticalChanged |= after.critical(t);
            }
            return new ScheduleDiff(changed, removed, null, after.projectFinishDate(), criticalChanged);
        }
        int[] match = match(before, after);
        boolean[] matched = new boolean[before.taskCount()];
        FieldComparison cmp = new FieldComparison(before, after);
        for (int t = 0; t < n; t++) {
            int old = match[t];
            if (old < 0) {
                changed.add(new Change(after.network().key(t), t, null, after.task(t)));
                criticalChanged |= after.critical(t);
                continue;
            }
            matched[old] = true;
            if (cmp.differs(old, t)) {
                changed.add(new Change(after.network().key(t), t, before.task(old), after.task(t)));
                criticalChanged |= before.critical(old) != after.critical(t);
            }
        }
        for (int old = 0; old < matched.length; old++) {
            if (!matched[old]) {
                removed.add(before.task(old));
                criticalChanged |= before.critical(old);
            }
        }
        return new ScheduleDiff(changed, removed, before.projectFinishDate(), after.projectFinishDate(), criticalChanged);
    }

    /** For each task of {@code after}, the index of the same task in {@code before}, or -1. */
    private static int[] match(Schedule before, Schedule after) {
        Network a = after.network();
        Network b = before.network();
        int n = a.taskCount;
        int[] match = new int[n];
        if (a.hasKeys() && b.hasKeys()) {
            boolean aligned = a == b || n == b.taskCount;
            for (int t = 0; t < n && aligned && a != b; t++) {
                aligned = Objects.equals(a.keys[t], b.keys[t]) && a.keys[t] != null;
            }
            if (aligned) {
                for (int t = 0; t < n; t++) {
                    match[t] = t;
                }
                return match;
            }
            Map<Object, Integer> index = new HashMap<>(b.taskCount * 2);
            for (int t = 0; t < b.taskCount; t++) {
                if (b.keys[t] != null) {
                    index.put(b.keys[t], t);
                }
            }
            for (int t = 0; t < n; t++) {
                Integer old = a.keys[t] == null ? null : index.get(a.keys[t]);
                match[t] = old == null ? -1 : old;
            }
            return match;
        }
        for (int t = 0; t < n; t++) {
            match[t] = t < b.taskCount ? t : -1;
        }
        return match;
    }

    /** Field-by-field comparison on epoch days, without building ScheduledTask objects. */
    private static final class FieldComparison {
        private final Schedule b;
        private final Schedule a;
        private final WorkCalendar cb;
        private final WorkCalendar ca;
        private final boolean sameCalendar;

        FieldComparison(Schedule before, Schedule after) {
            this.b = before;
            this.a = after;
            this.cb = before.calendar();
            this.ca = after.calendar();
            this.sameCalendar = cb == ca;
        }

        boolean differs(int old, int t) {
            return b.totalFloat(old) != a.totalFloat(t)
                    || b.freeFloat(old) != a.freeFloat(t)
                    || b.critical(old) != a.critical(t)
                    || day(b.start(old), a.start(t))
                    || day(b.finish(old), a.finish(t))
                    || day(b.earlyStart(old), a.earlyStart(t))
                    || day(b.earlyFinish(old), a.earlyFinish(t))
                    || day(b.lateStart(old), a.lateStart(t))
                    || day(b.lateFinish(old), a.lateFinish(t));
        }

        private boolean day(int ordinalBefore, int ordinalAfter) {
            if (sameCalendar) {
                return ordinalBefore != ordinalAfter;
            }
            return cb.epochDay(ordinalBefore) != ca.epochDay(ordinalAfter);
        }
    }

    /** Tasks that are new or whose schedule changed, in index order of the current schedule. */
    public List<Change> changed() {
        return changed;
    }

    /** Tasks of the previous schedule that are no longer in the network. */
    public List<ScheduledTask> removed() {
        return removed;
    }

    /** The previous project finish, or null when there was no previous schedule. */
    public LocalDate projectFinishBefore() {
        return finishBefore;
    }

    public LocalDate projectFinishAfter() {
        return finishAfter;
    }

    public boolean projectFinishChanged() {
        return !Objects.equals(finishBefore, finishAfter);
    }

    /** Whether the set of critical tasks changed (a task became critical or stopped being critical). */
    public boolean criticalChanged() {
        return criticalChanged;
    }

    /** Nothing changed: no task, no removal, same project finish. */
    public boolean isEmpty() {
        return changed.isEmpty() && removed.isEmpty() && !projectFinishChanged();
    }
}
