package io.implementa.project.schedule.engine;

import static io.implementa.project.schedule.engine.Graph.E_FROM_FINISH;
import static io.implementa.project.schedule.engine.Graph.E_MIN;
import static io.implementa.project.schedule.engine.Graph.E_SLOT_SHIFT;
import static io.implementa.project.schedule.engine.Graph.F_ALAP;
import static io.implementa.project.schedule.engine.Graph.F_DONE;
import static io.implementa.project.schedule.engine.Graph.F_HOOK;
import static io.implementa.project.schedule.engine.Graph.F_MIN;
import static io.implementa.project.schedule.engine.Graph.F_SLOW;
import static io.implementa.project.schedule.engine.Graph.F_STARTED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The critical path method over a {@link Network}: topological order (Kahn), forward pass, backward
 * pass, total and free float, in time linear in tasks + links and without allocating per task.
 *
 * <h2>Time convention</h2>
 * Internally the passes run on <em>instants</em>: instant {@code i} is the boundary at the start of
 * working day {@code i} (a {@link WorkCalendar} ordinal), which is also the end of working day
 * {@code i − 1}. A task of duration {@code d} occupies {@code [start, start + d)}. In these terms
 * every link is a plain inequality ({@code FS: succ.start ≥ pred.finish + lag}, {@code SS: succ.start
 * ≥ pred.start + lag}, {@code FF: succ.finish ≥ pred.finish + lag}, {@code SF: succ.finish ≥
 * pred.start + lag}), as MS Project applies them in working time.
 *
 * <p>{@link Schedule} reports <em>days</em>, MS Project style: start = ordinal of the first working
 * day, finish = ordinal of the last working day, so a task of duration {@code d} starting on day
 * {@code s} finishes on day {@code s + d − 1}, and an FS successor with lag {@code L} can start on
 * day {@code finish + 1 + L}. A milestone has start = finish = the day it falls on: the day whose
 * end it marks when a predecessor's finish placed it (FS/FF links, FNET/MFO constraints — MS Project
 * shows it at 17:00 that day), otherwise the day whose start it marks (project start, SS/SF links,
 * SNET/MSO — 08:00). {@link Schedule#endOfDay(int)} tells which.
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li>Early dates: a task not started starts at the latest of the project start, the status date
 *       and what its links require; SNET/FNET raise that; MSO/MFO put it on the constraint date unless
 *       its links (or the status date) push it later — even before the project start — since
 *       dependencies win (see {@link ConstraintType}). SNLT/FNLT, deadlines
 *       and the finish target only bound late dates, so a missed one shows as negative float.</li>
 *   <li>Progress: a done task keeps its actual dates and neither moves nor constrains its
 *       predecessors; a started task keeps its actual start and schedules its remaining duration
 *       from the status date (or, without one, as if the work done so far took its planned time),
 *       later if an FF/SF link requires.</li>
 *   <li>Late dates: a task's late finish is the earliest of the project finish (or finish target)
 *       and what its successors, SNLT/FNLT/MSO/MFO constraints and deadline allow; late start =
 *       late finish − duration.</li>
 *   <li>Total float = late finish − early finish (working days, negative when something cannot be
 *       met); critical ⇔ total float ≤ 0 and not done. Free float is how far the task can slip
 *       without delaying any successor's early dates (for a task without successors: its total
 *       float), clamped to {@code [0, max(total float, 0)]} as MS Project reports it. Float is
 *       measured between early and late dates, also for ALAP tasks.</li>
 *   <li>ALAP tasks are scheduled (start/finish) on their late dates, and tasks that follow them on
 *       what the links then require; early and late dates are unaffected.</li>
 *   <li>Summary tasks roll up from their children: earliest start, latest finish (early, late and
 *       scheduled alike); total and free float are the minimum of their unfinished children's, so a
 *       summary is critical when it contains critical work. See {@link Network} for links on
 *       summaries.</li>
 * </ul>
 *
 * <p>Thread-safe: a run shares only the immutable network, its cached graph and the calendar.
 */
public final class CpmScheduler {

    /** Far beyond any instant, yet safe to add a lag or duration to without overflow. */
    static final int POS = 1 << 29;
    static final int NEG = -POS;

    private CpmScheduler() {
    }

    public static Schedule schedule(Network network, WorkCalendar calendar, LocalDate projectStart) {
        return schedule(network, calendar, ScheduleOptions.startingOn(projectStart));
    }

    /**
     * Schedules the network.
     *
     * @throws CycleException when the dependencies form a cycle
     * @throws java.time.DateTimeException when a date falls outside the calendar's window
     */
    public static Schedule schedule(Network network, WorkCalendar calendar, ScheduleOptions options) {
        return new Run(network, calendar, options, null).execute();
    }

    /**
     * Schedules the network with other durations for its tasks, e.g. sampled ones in a Monte Carlo run:
     * {@code durations[t]} (working days) replaces task {@code t}'s planned duration; summaries ignore it,
     * done tasks keep their actual dates and started ones their remaining duration. The network and its
     * cached graph are reused as they are, so a simulation builds them once.
     */
    public static Schedule schedule(Network network, WorkCalendar calendar, ScheduleOptions options,
            int[] durations) {
        if (durations.length != network.taskCount()) {
            throw new IllegalArgumentException("durations: " + durations.length + " for " + network.taskCount()
                    + " tasks");
        }
        return new Run(network, calendar, options, durations).execute();
    }

    /** One scheduling run; holds the per-run arrays. */
    private static final class Run {
        private final Network net;
        private final Graph g;
        private final WorkCalendar cal;
        private final ScheduleOptions options;
        private final int projectStart;
        private final int status;
        private final int floor;
        private final int nodes;
        private final byte[] flags;
        private final int[] dur;
        private final int[] outStart;
        private final int[] eCode;
        private final int[] eLag;

        Run(Network net, WorkCalendar cal, ScheduleOptions options, int[] durations) {
            this.net = net;
            this.g = net.graph();
            this.cal = cal;
            this.options = options;
            this.projectStart = cal.startInstant(options.projectStart());
            this.status = options.statusDate() == null ? NEG : cal.startInstant(options.statusDate());
            this.floor = Math.max(projectStart, status);
            this.nodes = g.nodeCount;
            this.flags = g.flags;
            if (durations == null) {
                this.dur = g.dur;
            } else {
                this.dur = g.dur.clone();
                for (int t = 0; t < g.taskCount; t++) {
                    if ((flags[t] & F_HOOK) == 0) {
                        dur[t] = durations[t];
                    }
                }
            }
            this.outStart = g.outStart;
            this.eCode = g.eCode;
            this.eLag = g.eLag;
        }

        Schedule execute() {
            int[] order = new int[nodes];
            boolean[] endOfDay = new boolean[nodes];
            int[] early = forwardKahn(order, endOfDay);
            int projectFinish = options.finishTarget() != null
                    ? cal.finishInstant(options.finishTarget())
                    : latestFinish(early);
            int[] late = new int[2 * nodes];
            int[] totalFloat = new int[nodes];
            int[] freeFloat = new int[nodes];
            backward(order, early, late, totalFloat, freeFloat, projectFinish);
            int[] scheduled = net.hasAlap ? forwardInOrder(order, late) : early;
            return new Schedule(net, g, cal, options, projectStart, order, early, late, scheduled,
                    totalFloat, freeFloat, endOfDay);
        }

        private int latestFinish(int[] early) {
            int finish = projectStart;
            for (int u = 0; u < nodes; u++) {
                if ((flags[u] & F_HOOK) == 0 && early[2 * u + 1] > finish) {
                    finish = early[2 * u + 1];
                }
            }
            return finish;
        }

        /** Kahn's algorithm fused with the forward pass: a node is finalised when it is released. */
        private int[] forwardKahn(int[] order, boolean[] endOfDay) {
            int[] t = initialBounds();
            int[] left = g.indegree.clone();
            int tail = 0;
            for (int u = 0; u < nodes; u++) {
                if (left[u] == 0) {
                    order[tail++] = u;
                }
            }
            final int fl0 = floor;
            for (int head = 0; head < tail; head++) {
                int u = order[head];
                int u2 = u << 1;
                if ((flags[u] & F_SLOW) == 0) {
                    int d = dur[u];
                    int lbS = t[u2];
                    int lbF = t[u2 + 1];
                    int startBound = Math.max(lbS, fl0);
                    int es = Math.max(startBound, lbF - d);
                    if (d == 0 && lbF > startBound) {
                        endOfDay[u] = true;
                    }
                    t[u2] = es;
                    t[u2 + 1] = es + d;
                } else {
                    finalizeSlow(u, t, null, endOfDay);
                }
                for (int e = outStart[u], end = outStart[u + 1]; e < end; e++) {
                    int c = eCode[e];
                    int slot = c >>> E_SLOT_SHIFT;
                    int v = t[u2 + ((c >>> 1) & 1)] + eLag[e];
                    if ((c & E_MIN) == 0) {
                        if (v > t[slot]) {
                            t[slot] = v;
                        }
                    } else if (v < t[slot]) {
                        t[slot] = v;
                    }
                    int w = slot >>> 1;
                    if (--left[w] == 0) {
                        order[tail++] = w;
                    }
                }
            }
            if (tail < nodes) {
                int[] cycle = g.cycleAmong(left);
                List<Object> keys = new ArrayList<>(cycle.length);
                for (int task : cycle) {
                    keys.add(net.key(task));
                }
                throw new CycleException(cycle, Collections.unmodifiableList(keys));
            }
            return t;
        }

        /** The scheduled-dates pass for ALAP tasks: the forward pass again, ALAP tasks on their late start. */
        private int[] forwardInOrder(int[] order, int[] late) {
            int[] t = initialBounds();
            for (int u : order) {
                int u2 = u << 1;
                if ((flags[u] & (F_SLOW | F_ALAP)) == 0) {
                    int d = dur[u];
                    int es = Math.max(Math.max(t[u2], floor), t[u2 + 1] - d);
                    t[u2] = es;
                    t[u2 + 1] = es + d;
                } else {
                    finalizeSlow(u, t, late, null);
                }
                for (int e = outStart[u], end = outStart[u + 1]; e < end; e++) {
                    int c = eCode[e];
                    int slot = c >>> E_SLOT_SHIFT;
                    int v = t[u2 + ((c >>> 1) & 1)] + eLag[e];
                    if ((c & E_MIN) == 0) {
                        if (v > t[slot]) {
                            t[slot] = v;
                        }
                    } else if (v < t[slot]) {
                        t[slot] = v;
                    }
                }
            }
            return t;
        }

        private int[] initialBounds() {
            int[] t = new int[2 * nodes];
            Arrays.fill(t, NEG);
            if (g.nodeCount > g.taskCount) {
                for (int u = g.taskCount; u < nodes; u++) {
                    if ((flags[u] & F_MIN) != 0) {
                        t[2 * u] = POS;
                    }
                }
            }
            return t;
        }

        /**
         * Forward finalisation of a node with constraints, progress, or a rollup-start hook.
         * {@code late} is non-null in the scheduled-dates pass (ALAP tasks go to their late start);
         * {@code endOfDay} is non-null in the early pass (records where milestones fall).
         */
        private void finalizeSlow(int u, int[] t, int[] late, boolean[] endOfDay) {
            int u2 = u << 1;
            int fl = flags[u];
            int lbS = t[u2];
            int lbF = t[u2 + 1];
            int d = dur[u];
            if ((fl & F_MIN) != 0) {
                int es = lbS >= POS ? floor : lbS;
                t[u2] = es;
                t[u2 + 1] = es;
                return;
            }
            if ((fl & F_DONE) != 0) {
                int as = net.actualStartDay[u];
                int af = net.actualFinishDay[u];
                if (d == 0) {
                    // An achieved milestone is taken as achieved by the end of its day.
                    int at = cal.finishInstant(af != Network.NONE ? af : as);
                    t[u2] = at;
                    t[u2 + 1] = at;
                    if (endOfDay != null) {
                        endOfDay[u] = true;
                    }
                } else {
                    int ef = af != Network.NONE ? cal.finishInstant(af) : cal.startInstant(as) + d;
                    int es = as != Network.NONE ? cal.startInstant(as) : ef - d;
                    t[u2] = Math.min(es, ef);
                    t[u2 + 1] = ef;
                }
                return;
            }
            int type = g.ctype[u];
            if ((fl & F_STARTED) != 0) {
                int es = cal.startInstant(net.actualStartDay[u]);
                int rem = g.remaining[u];
                int resume = status != NEG ? Math.max(status, es) : es + Math.max(0, d - rem);
                int ef = Math.max(resume + rem, lbF);
                if (type == ConstraintType.FNET.ordinal() || type == ConstraintType.MFO.ordinal()) {
                    ef = Math.max(ef, cal.finishInstant(g.cday[u]));
                }
                t[u2] = es;
                t[u2 + 1] = ef;
                return;
            }
            int linked = Math.max(lbS, lbF - d);
            int es = Math.max(linked, floor);
            int startAnchor = Math.max(lbS, floor);
            int endAnchor = lbF;
            if (type == ConstraintType.SNET.ordinal()) {
                int c = cal.startInstant(g.cday[u]);
                es = Math.max(es, c);
                startAnchor = Math.max(startAnchor, c);
            } else if (type == ConstraintType.FNET.ordinal()) {
                int c = cal.finishInstant(g.cday[u]);
                es = Math.max(es, c - d);
                endAnchor = Math.max(endAnchor, c);
            } else if (type == ConstraintType.MSO.ordinal()) {
                int c = cal.startInstant(g.cday[u]);
                es = Math.max(Math.max(linked, status), c);
                startAnchor = Math.max(Math.max(lbS, status), c);
            } else if (type == ConstraintType.MFO.ordinal()) {
                int c = cal.finishInstant(g.cday[u]);
                es = Math.max(Math.max(linked, status), c - d);
                startAnchor = Math.max(lbS, status);
                endAnchor = Math.max(lbF, c);
            } else if (type == ConstraintType.ALAP.ordinal() && late != null) {
                es = Math.max(es, late[u2]);
            }
            t[u2] = es;
            t[u2 + 1] = es + d;
            if (endOfDay != null && d == 0) {
                endOfDay[u] = endAnchor > startAnchor;
            }
        }

        /**
         * Backward pass in reverse topological order, fused with total and free float. A done task
         * gets sentinel late dates during the pass so it bounds nothing, then its actual dates.
         */
        private void backward(int[] order, int[] early, int[] late, int[] totalFloat, int[] freeFloat, int projectFinish) {
            // carry[v]: what slipping into v costs beyond the edge itself. Zero for a task (its early
            // dates move), a hook's own free float (hooks are transparent), POS for a done task.
            int[] carry = new int[nodes];
            final int pf = projectFinish;
            for (int k = nodes - 1; k >= 0; k--) {
                int u = order[k];
                int u2 = u << 1;
                int fl = flags[u];
                if ((fl & F_DONE) != 0) {
                    late[u2] = POS;
                    late[u2 + 1] = POS;
                    carry[u] = POS;
                    continue;
                }
                int ubS = POS;
                int ubF = POS;
                int slack = POS;
                for (int e = outStart[u], end = outStart[u + 1]; e < end; e++) {
                    int c = eCode[e];
                    int slot = c >>> E_SLOT_SHIFT;
                    if ((c & E_MIN) != 0) {
                        // Only the earliest-starting child holds a summary's start in place.
                        if (early[u2] == early[slot]) {
                            ubS = Math.min(ubS, late[slot]);
                            slack = Math.min(slack, carry[slot >>> 1]);
                        }
                        continue;
                    }
                    int lag = eLag[e];
                    int bound = late[slot] - lag;
                    int src;
                    if ((c & E_FROM_FINISH) != 0) {
                        ubF = Math.min(ubF, bound);
                        src = u2 + 1;
                    } else {
                        ubS = Math.min(ubS, bound);
                        src = u2;
                    }
                    int s = early[slot] - early[src] - lag + carry[slot >>> 1];
                    if (s < slack) {
                        slack = s;
                    }
                }
                int d = dur[u];
                int lf;
                int ls;
                if ((fl & F_SLOW) == 0) {
                    lf = Math.min(pf, Math.min(ubF, ubS + d));
                    ls = lf - d;
                } else if ((fl & F_STARTED) != 0) {
                    // The start is history: only finish-side links and constraints bound it.
                    lf = lateConstraints(u, Math.min(pf, ubF), d, false);
                    ls = lf - (early[u2 + 1] - early[u2]);
                } else {
                    lf = lateConstraints(u, Math.min(pf, Math.min(ubF, ubS + d)), d, true);
                    ls = lf - d;
                }
                late[u2] = ls;
                late[u2 + 1] = lf;
                int tf = lf - early[u2 + 1];
                int raw = slack >= POS / 2 ? tf : slack;
                totalFloat[u] = tf;
                freeFloat[u] = raw;
                carry[u] = (fl & F_HOOK) != 0 ? raw : 0;
            }
            for (int u = 0; u < nodes; u++) {
                int fl = flags[u];
                if ((fl & F_DONE) != 0) {
                    late[2 * u] = early[2 * u];
                    late[2 * u + 1] = early[2 * u + 1];
                    totalFloat[u] = 0;
                    freeFloat[u] = 0;
                } else if ((fl & F_HOOK) == 0) {
                    int tf = totalFloat[u];
                    freeFloat[u] = Math.max(0, Math.min(freeFloat[u], tf));
                }
            }
        }

        /** Applies late-date constraints and the deadline; start constraints only while the start can move. */
        private int lateConstraints(int u, int lf, int d, boolean startMovable) {
            int type = g.ctype[u];
            if (type == ConstraintType.SNLT.ordinal() || type == ConstraintType.MSO.ordinal()) {
                if (startMovable) {
                    lf = Math.min(lf, cal.startInstant(g.cday[u]) + d);
                }
            } else if (type == ConstraintType.FNLT.ordinal() || type == ConstraintType.MFO.ordinal()) {
                lf = Math.min(lf, cal.finishInstant(g.cday[u]));
            }
            if (g.deadline[u] != Network.NONE) {
                lf = Math.min(lf, cal.finishInstant(g.deadline[u]));
            }
            return lf;
        }
    }
}
