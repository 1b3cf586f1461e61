package io.implementa.project.schedule.engine;

import static io.implementa.project.schedule.engine.Graph.E_MIN;
import static io.implementa.project.schedule.engine.Graph.E_SLOT_SHIFT;
import static io.implementa.project.schedule.engine.Graph.F_DONE;
import static io.implementa.project.schedule.engine.Graph.F_HOOK;
import static io.implementa.project.schedule.engine.Graph.F_MILESTONE;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The result of a {@link CpmScheduler} run: per task early, late and scheduled dates, total and
 * free float and the critical flag; the project's start and finish; the critical paths. Dates are
 * reported as working-day ordinals of the run's {@link WorkCalendar} (see {@link CpmScheduler} for
 * the convention) or, through {@link #task(int)}, as {@link LocalDate}s. Immutable.
 */
public final class Schedule {

    private final Network net;
    private final Graph g;
    private final WorkCalendar cal;
    private final ScheduleOptions options;
    private final int projectStart;
    private final int[] order;
    private final int[] early;
    private final int[] late;
    private final int[] scheduled;
    private final int[] totalFloat;
    private final int[] freeFloat;
    private final boolean[] endOfDay;
    private final byte[] flags;
    /** Summary rollups, indexed by task; null when the network has no summaries. */
    private final int[][] rollup;
    private final boolean[] rollupCritical;
    private final boolean[] rollupDone;
    private final int projectFinish;

    private static final int ES = 0;
    private static final int EF = 1;
    private static final int LS = 2;
    private static final int LF = 3;
    private static final int S = 4;
    private static final int F = 5;
    private static final int TF = 6;
    private static final int FF = 7;

    Schedule(Network net, Graph g, WorkCalendar cal, ScheduleOptions options, int projectStart, int[] order,
             int[] early, int[] late, int[] scheduled, int[] totalFloat, int[] freeFloat, boolean[] endOfDay) {
        this.net = net;
        this.g = g;
        this.cal = cal;
        this.options = options;
        this.projectStart = projectStart;
        this.order = order;
        this.early = early;
        this.late = late;
        this.scheduled = scheduled;
        this.totalFloat = totalFloat;
        this.freeFloat = freeFloat;
        this.endOfDay = endOfDay;
        this.flags = g.flags;
        if (net.summaryCount > 0) {
            this.rollup = new int[8][net.taskCount];
            this.rollupCritical = new boolean[net.taskCount];
            this.rollupDone = new boolean[net.taskCount];
            rollUp();
        } else {
            this.rollup = null;
            this.rollupCritical = null;
            this.rollupDone = null;
        }
        int finish = net.taskCount == 0 ? projectStart : Integer.MIN_VALUE;
        for (int t = 0; t < net.taskCount; t++) {
            if (!net.isSummary(t)) {
                finish = Math.max(finish, finish(t));
            }
        }
        this.projectFinish = finish == Integer.MIN_VALUE ? projectStart : finish;
    }

    private void rollUp() {
        for (int s : g.summariesBottomUp) {
            int es = Integer.MAX_VALUE;
            int ls = Integer.MAX_VALUE;
            int st = Integer.MAX_VALUE;
            int ef = Integer.MIN_VALUE;
            int lf = Integer.MIN_VALUE;
            int fi = Integer.MIN_VALUE;
            int tf = Integer.MAX_VALUE;
            int ff = Integer.MAX_VALUE;
            boolean critical = false;
            boolean allDone = true;
            for (int k = net.childStart[s]; k < net.childStart[s + 1]; k++) {
                int c = net.childList[k];
                es = Math.min(es, earlyStart(c));
                ef = Math.max(ef, earlyFinish(c));
                ls = Math.min(ls, lateStart(c));
                lf = Math.max(lf, lateFinish(c));
                st = Math.min(st, start(c));
                fi = Math.max(fi, finish(c));
                if (!done(c)) {
                    allDone = false;
                    tf = Math.min(tf, totalFloat(c));
                    ff = Math.min(ff, freeFloat(c));
                }
                critical |= critical(c);
            }
            rollup[ES][s] = es;
            rollup[EF][s] = ef;
            rollup[LS][s] = ls;
            rollup[LF][s] = lf;
            rollup[S][s] = st;
            rollup[F][s] = fi;
            rollup[TF][s] = tf == Integer.MAX_VALUE ? 0 : tf;
            rollup[FF][s] = ff == Integer.MAX_VALUE ? 0 : ff;
            rollupCritical[s] = critical;
            rollupDone[s] = allDone;
        }
    }

    public Network network() {
        return net;
    }

    public WorkCalendar calendar() {
        return cal;
    }

    public ScheduleOptions options() {
        return options;
    }

    public int taskCount() {
        return net.taskCount;
    }

    /** Ordinal of the first working day of the early start. */
    public int earlyStart(int task) {
        return summary(task) ? rollup[ES][task] : startDay(early, task);
    }

    /** Ordinal of the last working day of the early finish. */
    public int earlyFinish(int task) {
        return summary(task) ? rollup[EF][task] : finishDay(early, task);
    }

    public int lateStart(int task) {
        return summary(task) ? rollup[LS][task] : startDay(late, task);
    }

    public int lateFinish(int task) {
        return summary(task) ? rollup[LF][task] : finishDay(late, task);
    }

    /** Ordinal of the scheduled start: late start for ALAP tasks, early start otherwise. */
    public int start(int task) {
        return summary(task) ? rollup[S][task] : startDay(scheduled, task);
    }

    public int finish(int task) {
        return summary(task) ? rollup[F][task] : finishDay(scheduled, task);
    }

    /** Total float in working days (negative when a constraint or deadline cannot be met). */
    public int totalFloat(int task) {
        return summary(task) ? rollup[TF][task] : totalFloat[task];
    }

    /** Free float in working days, within {@code [0, max(totalFloat, 0)]}. */
    public int freeFloat(int task) {
        return summary(task) ? rollup[FF][task] : freeFloat[task];
    }

    /** Total float ≤ 0 and not done; for a summary, whether it contains a critical task. */
    public boolean critical(int task) {
        return summary(task) ? rollupCritical[task] : (flags[task] & F_DONE) == 0 && totalFloat[task] <= 0;
    }

    /** Whether the task is done (actual finish or 100% complete); a summary when all its children are. */
    public boolean done(int task) {
        return summary(task) ? rollupDone[task] : (flags[task] & F_DONE) != 0;
    }

    /**
     * For a milestone, whether it marks the end of its day (placed by a predecessor's finish,
     * MS Project's 17:00) rather than its start (08:00). False for other tasks.
     */
    public boolean endOfDay(int task) {
        return (flags[task] & F_MILESTONE) != 0 && endOfDay[task];
    }

    /** Ordinal of the project's start day. */
    public int projectStart() {
        return projectStart;
    }

    /** Ordinal of the project's last working day: the latest scheduled finish of any task. */
    public int projectFinish() {
        return projectFinish;
    }

    public LocalDate projectStartDate() {
        return cal.date(projectStart);
    }

    public LocalDate projectFinishDate() {
        return cal.date(projectFinish);
    }

    /** The task's schedule as dates. */
    public ScheduledTask task(int t) {
        return new ScheduledTask(t, net.key(t), summary(t), net.isMilestone(t),
                cal.date(start(t)), cal.date(finish(t)),
                cal.date(earlyStart(t)), cal.date(earlyFinish(t)),
                cal.date(lateStart(t)), cal.date(lateFinish(t)),
                totalFloat(t), freeFloat(t), critical(t), done(t));
    }

    /** Every task's schedule, in index order (a view; each element is built on access). */
    public List<ScheduledTask> tasks() {
        return new AbstractList<>() {
            @Override
            public ScheduledTask get(int index) {
                return task(index);
            }

            @Override
            public int size() {
                return net.taskCount;
            }
        };
    }

    /** Indices of the critical leaf tasks (summaries excluded), ascending. */
    public int[] criticalTasks() {
        int[] out = new int[net.taskCount];
        int count = 0;
        for (int t = 0; t < net.taskCount; t++) {
            if (!summary(t) && critical(t)) {
                out[count++] = t;
            }
        }
        return Arrays.copyOf(out, count);
    }

    /**
     * The critical paths: chains of critical tasks, each joined to the next by a driving link (one
     * that sets the successor's early date), from a task nothing critical drives to one that drives
     * nothing critical. Links through summary tasks are followed; summaries themselves are not
     * listed. Parallel critical chains give several paths; since their number can grow
     * exponentially, at most {@code maxPaths} are returned, in topological order of their first task.
     */
    public List<int[]> criticalPaths(int maxPaths) {
        int nodes = g.nodeCount;
        boolean[] criticalNode = new boolean[nodes];
        for (int u = 0; u < nodes; u++) {
            criticalNode[u] = (flags[u] & F_DONE) == 0 && totalFloat[u] <= 0;
        }
        boolean[] driven = new boolean[nodes];
        for (int u = 0; u < nodes; u++) {
            if (!criticalNode[u]) {
                continue;
            }
            for (int e = g.outStart[u]; e < g.outStart[u + 1]; e++) {
                int v = g.eCode[e] >>> (E_SLOT_SHIFT + 1);
                if (criticalNode[v] && driving(u, e)) {
                    driven[v] = true;
                }
            }
        }
        List<int[]> paths = new ArrayList<>();
        Set<List<Integer>> seen = new HashSet<>();
        int[] stack = new int[nodes];
        int[] cursor = new int[nodes];
        boolean[] extended = new boolean[nodes];
        for (int root : order) {
            if (paths.size() >= maxPaths) {
                break;
            }
            if (!criticalNode[root] || driven[root]) {
                continue;
            }
            int sp = 0;
            stack[sp] = root;
            cursor[sp] = g.outStart[root];
            extended[sp] = false;
            sp++;
            while (sp > 0 && paths.size() < maxPaths) {
                int top = sp - 1;
                int u = stack[top];
                int next = -1;
                for (int e = cursor[top]; e < g.outStart[u + 1]; e++) {
                    int v = g.eCode[e] >>> (E_SLOT_SHIFT + 1);
                    if (criticalNode[v] && driving(u, e)) {
                        next = v;
                        cursor[top] = e + 1;
                        break;
                    }
                }
                if (next >= 0) {
                    extended[top] = true;
                    stack[sp] = next;
                    cursor[sp] = g.outStart[next];
                    extended[sp] = false;
                    sp++;
                    continue;
                }
                if (!extended[top]) {
                    List<Integer> path = new ArrayList<>();
                    for (int i = 0; i < sp; i++) {
                        if ((flags[stack[i]] & F_HOOK) == 0) {
                            path.add(stack[i]);
                        }
                    }
                    if (!path.isEmpty() && seen.add(path)) {
                        paths.add(path.stream().mapToInt(Integer::intValue).toArray());
                    }
                }
                sp--;
            }
        }
        return paths;
    }

    /** Whether edge e out of node u sets its target's early date. */
    private boolean driving(int u, int e) {
        int c = g.eCode[e];
        int slot = c >>> E_SLOT_SHIFT;
        if ((c & E_MIN) != 0) {
            return early[2 * u] == early[slot];
        }
        return early[slot] == early[2 * u + ((c >>> 1) & 1)] + g.eLag[e];
    }

    /** Tasks whose dates, float or criticality differ from {@code previous}; see {@link ScheduleDiff}. */
    public ScheduleDiff diffFrom(Schedule previous) {
        return ScheduleDiff.between(previous, this);
    }

    boolean summary(int task) {
        return net.childStart[task + 1] > net.childStart[task];
    }

    private int startDay(int[] a, int t) {
        int at = a[2 * t];
        return (flags[t] & F_MILESTONE) != 0 && endOfDay[t] ? at - 1 : at;
    }

    private int finishDay(int[] a, int t) {
        if ((flags[t] & F_MILESTONE) != 0) {
            int at = a[2 * t];
            return endOfDay[t] ? at - 1 : at;
        }
        return a[2 * t + 1] - 1;
    }

    // Instants (see CpmScheduler), for tests that check link relationships exactly.

    int earlyStartInstant(int node) {
        return early[2 * node];
    }

    int earlyFinishInstant(int node) {
        return early[2 * node + 1];
    }

    int lateStartInstant(int node) {
        return late[2 * node];
    }

    int lateFinishInstant(int node) {
        return late[2 * node + 1];
    }

    int startInstant(int node) {
        return scheduled[2 * node];
    }

    int finishInstant(int node) {
        return scheduled[2 * node + 1];
    }

    Graph graph() {
        return g;
    }
}
