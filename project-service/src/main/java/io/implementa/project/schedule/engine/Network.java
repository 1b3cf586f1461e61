package io.implementa.project.schedule.engine;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable project network: tasks, their hierarchy and their dependencies, held in primitive
 * arrays so that a 100,000-task plan is a few megabytes and schedules in milliseconds. Built with
 * {@link #builder()}; tasks are addressed by the dense index {@link Builder#addTask} returns, and
 * may carry a key (the API's task id) that results and diffs report back.
 *
 * <p><b>Tasks.</b> A duration in whole working days ({@code 0} = milestone), an optional
 * {@link ConstraintType constraint} with its date, an optional deadline (a finish date that only
 * affects late dates, so missing it shows as negative float), and progress: actual start, actual
 * finish, percent complete or remaining duration. A task with an actual finish (or 100% complete)
 * is done and fixed; a task with only an actual start is in progress; percent complete or remaining
 * duration without an actual start is refused, because the engine cannot guess when work began.
 *
 * <p><b>Summary tasks.</b> A task becomes a summary as soon as another task names it as
 * {@link Builder#parent parent}; its own duration and progress are ignored, its dates roll up from
 * its children. Links on summaries are <em>supported with MS Project's semantics</em>:
 * <ul>
 *   <li>a link <em>to</em> a summary (FS or SS) applies to every task beneath it — none of them may
 *       start before the link allows;</li>
 *   <li>a link <em>from</em> a summary is measured from the summary's rolled-up dates: FS/FF from
 *       the latest finish of its subtasks, SS/SF from their earliest start;</li>
 *   <li>FF and SF links <em>to</em> a summary are refused (MS Project refuses them too: a summary's
 *       finish is an outcome of its subtasks, not something a link can push);</li>
 *   <li>a link between a summary and one of its own subtasks is a cycle;</li>
 *   <li>summaries accept only the constraints ASAP, SNET (applies to every subtask's start) and FNLT,
 *       plus a deadline (both apply to every subtask's finish).</li>
 * </ul>
 *
 * <p><b>Lags</b> are whole working days, negative for leads. {@link Builder#link(int, int, LinkType,
 * double)} rounds a fractional lag to the nearest day, halves away from zero (0.5 → 1, −0.5 → −1):
 * the engine schedules in whole days, so a half-day lag cannot be honoured exactly either way.
 */
public final class Network {

    /** Marks an absent date or value in the int arrays. */
    static final int NONE = Integer.MIN_VALUE;
    /** Durations and lags beyond this (about 38,000 years of working days) are refused. */
    static final int MAX_DAYS = 10_000_000;
    /** Cached: {@code values()} clones its array on every call. */
    static final LinkType[] LINK_TYPES = LinkType.values();
    static final ConstraintType[] CONSTRAINT_TYPES = ConstraintType.values();

    final int taskCount;
    final int[] duration;
    final byte[] constraint;
    final int[] constraintDay;
    final int[] deadlineDay;
    final int[] actualStartDay;
    final int[] actualFinishDay;
    final int[] remaining;
    final byte[] percent;
    final int[] parent;
    /** Null when no task has a key. */
    final Object[] keys;

    final int linkCount;
    final int[] linkPred;
    final int[] linkSucc;
    final int[] linkLag;
    final byte[] linkType;

    /** Children of task t are childList[childStart[t] .. childStart[t + 1]). */
    final int[] childStart;
    final int[] childList;
    final int summaryCount;
    final boolean hasAlap;

    private volatile Graph graph;

    private Network(Builder b) {
        int n = b.n;
        this.taskCount = n;
        this.duration = Arrays.copyOf(b.duration, n);
        this.constraint = Arrays.copyOf(b.constraint, n);
        this.constraintDay = Arrays.copyOf(b.constraintDay, n);
        this.deadlineDay = Arrays.copyOf(b.deadlineDay, n);
        this.actualStartDay = Arrays.copyOf(b.actualStartDay, n);
        this.actualFinishDay = Arrays.copyOf(b.actualFinishDay, n);
        this.remaining = Arrays.copyOf(b.remaining, n);
        this.percent = Arrays.copyOf(b.percent, n);
        this.parent = Arrays.copyOf(b.parent, n);
        this.keys = b.anyKey ? Arrays.copyOf(b.keys, n) : null;
        this.linkCount = b.m;
        this.linkPred = Arrays.copyOf(b.linkPred, b.m);
        this.linkSucc = Arrays.copyOf(b.linkSucc, b.m);
        this.linkLag = Arrays.copyOf(b.linkLag, b.m);
        this.linkType = Arrays.copyOf(b.linkType, b.m);

        int[] start = new int[n + 1];
        for (int t = 0; t < n; t++) {
            if (parent[t] >= 0) {
                start[parent[t] + 1]++;
            }
        }
        int summaries = 0;
        for (int t = 0; t < n; t++) {
            if (start[t + 1] > 0) {
                summaries++;
            }
            start[t + 1] += start[t];
        }
        int[] list = new int[start[n]];
        int[] fill = Arrays.copyOf(start, n);
        for (int t = 0; t < n; t++) {
            if (parent[t] >= 0) {
                list[fill[parent[t]]++] = t;
            }
        }
        this.childStart = start;
        this.childList = list;
        this.summaryCount = summaries;
        boolean alap = false;
        for (int t = 0; t < n && !alap; t++) {
            alap = constraint[t] == ConstraintType.ALAP.ordinal() && !isSummary(t);
        }
        this.hasAlap = alap;
    }

    public static Builder builder() {
        return new Builder(16, 16);
    }

    /** A builder sized for the expected number of tasks and links (avoids regrowing). */
    public static Builder builder(int expectedTasks, int expectedLinks) {
        return new Builder(Math.max(expectedTasks, 1), Math.max(expectedLinks, 1));
    }

    public int taskCount() {
        return taskCount;
    }

    public int linkCount() {
        return linkCount;
    }

    public int duration(int task) {
        return duration[task];
    }

    /** The task's key, or null. */
    public Object key(int task) {
        return keys == null ? null : keys[task];
    }

    boolean hasKeys() {
        return keys != null;
    }

    public boolean isSummary(int task) {
        return childStart[task + 1] > childStart[task];
    }

    /** A leaf task of zero duration. */
    public boolean isMilestone(int task) {
        return duration[task] == 0 && !isSummary(task);
    }

    /** The parent summary's index, or -1 for a top-level task. */
    public int parent(int task) {
        return parent[task];
    }

    /** The direct children of a task (empty unless it is a summary). */
    public int[] children(int task) {
        return Arrays.copyOfRange(childList, childStart[task], childStart[task + 1]);
    }

    public ConstraintType constraintType(int task) {
        return CONSTRAINT_TYPES[constraint[task]];
    }

    /** The constraint's date, or null. */
    public LocalDate constraintDate(int task) {
        return toDate(constraintDay[task]);
    }

    public LocalDate deadline(int task) {
        return toDate(deadlineDay[task]);
    }

    public LocalDate actualStart(int task) {
        return toDate(actualStartDay[task]);
    }

    public LocalDate actualFinish(int task) {
        return toDate(actualFinishDay[task]);
    }

    public int linkPredecessor(int link) {
        return linkPred[link];
    }

    public int linkSuccessor(int link) {
        return linkSucc[link];
    }

    public LinkType linkType(int link) {
        return LINK_TYPES[linkType[link]];
    }

    public int linkLag(int link) {
        return linkLag[link];
    }

    /**
     * One dependency cycle (tasks in link order), or empty when the network is acyclic. Linear in
     * tasks + links; lets the API refuse a new dependency with 409 before storing it.
     */
    public Optional<int[]> findCycle() {
        return Optional.ofNullable(graph().findCycle());
    }

    /** The expanded scheduling graph; built once per network, shared by every schedule run. */
    Graph graph() {
        Graph g = graph;
        if (g == null) {
            synchronized (this) {
                g = graph;
                if (g == null) {
                    g = new Graph(this);
                    graph = g;
                }
            }
        }
        return g;
    }

    private static LocalDate toDate(int epochDay) {
        return epochDay == NONE ? null : LocalDate.ofEpochDay(epochDay);
    }

    /**
     * Collects tasks and links; {@link #build()} validates everything at once and throws
     * {@link InvalidNetworkException} naming the first offending task. Not thread-safe.
     */
    public static final class Builder {
        private int n;
        private int[] duration;
        private byte[] constraint;
        private int[] constraintDay;
        private int[] deadlineDay;
        private int[] actualStartDay;
        private int[] actualFinishDay;
        private int[] remaining;
        private byte[] percent;
        private int[] parent;
        private Object[] keys;
        private boolean anyKey;

        private int m;
        private int[] linkPred;
        private int[] linkSucc;
        private int[] linkLag;
        private byte[] linkType;

        private Builder(int tasks, int links) {
            duration = new int[tasks];
            constraint = new byte[tasks];
            constraintDay = new int[tasks];
            deadlineDay = new int[tasks];
            actualStartDay = new int[tasks];
            actualFinishDay = new int[tasks];
            remaining = new int[tasks];
            percent = new byte[tasks];
            parent = new int[tasks];
            keys = new Object[tasks];
            linkPred = new int[links];
            linkSucc = new int[links];
            linkLag = new int[links];
            linkType = new byte[links];
        }

        /** Adds a task of {@code durationDays} working days (0 = milestone); returns its index. */
        public int addTask(int durationDays) {
            return addTask(null, durationDays);
        }

        /** Adds a task carrying {@code key} (e.g. its UUID), unique within the network. */
        public int addTask(Object key, int durationDays) {
            checkDays(n, key, durationDays, "Duration");
            if (durationDays < 0) {
                throw new InvalidNetworkException(n, key, "Duration must not be negative: " + durationDays);
            }
            if (n == duration.length) {
                growTasks();
            }
            int t = n++;
            duration[t] = durationDays;
            constraint[t] = (byte) ConstraintType.ASAP.ordinal();
            constraintDay[t] = NONE;
            deadlineDay[t] = NONE;
            actualStartDay[t] = NONE;
            actualFinishDay[t] = NONE;
            remaining[t] = NONE;
            percent[t] = 0;
            parent[t] = -1;
            keys[t] = key;
            anyKey |= key != null;
            return t;
        }

        public int addMilestone(Object key) {
            return addTask(key, 0);
        }

        public Builder duration(int task, int days) {
            check(task);
            checkDays(task, keys[task], days, "Duration");
            if (days < 0) {
                throw new InvalidNetworkException(task, keys[task], "Duration must not be negative: " + days);
            }
            duration[task] = days;
            return this;
        }

        /** Sets the constraint; {@code date} is required for dated types and ignored for ASAP/ALAP. */
        public Builder constraint(int task, ConstraintType type, LocalDate date) {
            check(task);
            Objects.requireNonNull(type, "type");
            if (type.dated() && date == null) {
                throw new InvalidNetworkException(task, keys[task], "Constraint " + type + " needs a date");
            }
            constraint[task] = (byte) type.ordinal();
            constraintDay[task] = type.dated() ? epochDay(date) : NONE;
            return this;
        }

        /** A date the task should finish by; missing it shows as negative float, it never moves the task. */
        public Builder deadline(int task, LocalDate date) {
            check(task);
            deadlineDay[task] = date == null ? NONE : epochDay(date);
            return this;
        }

        public Builder actualStart(int task, LocalDate date) {
            check(task);
            actualStartDay[task] = date == null ? NONE : epochDay(date);
            return this;
        }

        public Builder actualFinish(int task, LocalDate date) {
            check(task);
            actualFinishDay[task] = date == null ? NONE : epochDay(date);
            return this;
        }

        /**
         * Percent complete of a started task; the remaining duration is then
         * {@code ceil(duration × (100 − percent) / 100)} unless set explicitly. 100 means done.
         */
        public Builder percentComplete(int task, int percentComplete) {
            check(task);
            if (percentComplete < 0 || percentComplete > 100) {
                throw new InvalidNetworkException(task, keys[task], "Percent complete must be 0..100: " + percentComplete);
            }
            percent[task] = (byte) percentComplete;
            return this;
        }

        /** Remaining working days of a started task (wins over percent complete). */
        public Builder remainingDuration(int task, int days) {
            check(task);
            checkDays(task, keys[task], days, "Remaining duration");
            if (days < 0) {
                throw new InvalidNetworkException(task, keys[task], "Remaining duration must not be negative: " + days);
            }
            remaining[task] = days;
            return this;
        }

        /** Places {@code child} under {@code parent}, which thereby becomes a summary task. */
        public Builder parent(int child, int parent) {
            check(child);
            if (parent != -1) {
                check(parent);
                if (parent == child) {
                    throw new InvalidNetworkException(child, keys[child], "A task cannot be its own parent");
                }
            }
            this.parent[child] = parent;
            return this;
        }

        /** A finish-to-start link without lag. */
        public Builder link(int predecessor, int successor) {
            return link(predecessor, successor, LinkType.FS, 0);
        }

        /** A link with a lag in whole working days (negative = lead). */
        public Builder link(int predecessor, int successor, LinkType type, int lagDays) {
            check(predecessor);
            check(successor);
            Objects.requireNonNull(type, "type");
            if (predecessor == successor) {
                throw new InvalidNetworkException(successor, keys[successor], "A task cannot depend on itself");
            }
            if (lagDays > MAX_DAYS || lagDays < -MAX_DAYS) {
                throw new InvalidNetworkException(successor, keys[successor], "Lag out of range: " + lagDays);
            }
            if (m == linkPred.length) {
                growLinks();
            }
            linkPred[m] = predecessor;
            linkSucc[m] = successor;
            linkLag[m] = lagDays;
            linkType[m] = (byte) type.ordinal();
            m++;
            return this;
        }

        /** A link with a fractional lag, rounded to the nearest whole day, halves away from zero. */
        public Builder link(int predecessor, int successor, LinkType type, double lagDays) {
            if (!Double.isFinite(lagDays) || Math.abs(lagDays) > MAX_DAYS) {
                throw new InvalidNetworkException(successor, null, "Lag out of range: " + lagDays);
            }
            long rounded = lagDays >= 0 ? Math.round(lagDays) : -Math.round(-lagDays);
            return link(predecessor, successor, type, (int) rounded);
        }

        public int taskCount() {
            return n;
        }

        public Network build() {
            validateHierarchy();
            Network net = new Network(this);
            validateTasks(net);
            validateLinks(net);
            return net;
        }

        private void validateHierarchy() {
            // Walk each parent chain once; state 1 = on the current walk, 2 = known to reach a root.
            byte[] state = new byte[n];
            int[] path = new int[n];
            for (int t = 0; t < n; t++) {
                int len = 0;
                int x = t;
                while (x >= 0 && state[x] == 0) {
                    state[x] = 1;
                    path[len++] = x;
                    x = parent[x];
                }
                if (x >= 0 && state[x] == 1) {
                    throw new InvalidNetworkException(x, keys[x], "Task is its own ancestor (hierarchy loop)");
                }
                for (int i = 0; i < len; i++) {
                    state[path[i]] = 2;
                }
            }
        }

        private void validateTasks(Network net) {
            Map<Object, Integer> seen = anyKey ? new HashMap<>(n * 2) : null;
            for (int t = 0; t < n; t++) {
                Object key = keys[t];
                if (seen != null && key != null) {
                    Integer other = seen.putIfAbsent(key, t);
                    if (other != null) {
                        throw new InvalidNetworkException(t, key, "Duplicate task key " + key + " (tasks " + other + " and " + t + ")");
                    }
                }
                if (net.isSummary(t)) {
                    ConstraintType c = CONSTRAINT_TYPES[constraint[t]];
                    if (c != ConstraintType.ASAP && c != ConstraintType.SNET && c != ConstraintType.FNLT) {
                        throw new InvalidNetworkException(t, key, "A summary task accepts only ASAP, SNET or FNLT constraints, not " + c);
                    }
                    continue;
                }
                boolean started = actualStartDay[t] != NONE;
                boolean finished = actualFinishDay[t] != NONE;
                if (!started && !finished && (percent[t] > 0 || remaining[t] != NONE)) {
                    throw new InvalidNetworkException(t, key, "Progress needs an actual start date");
                }
                if (started && finished && actualFinishDay[t] < actualStartDay[t]) {
                    throw new InvalidNetworkException(t, key, "Actual finish is before actual start");
                }
            }
        }

        private void validateLinks(Network net) {
            for (int l = 0; l < m; l++) {
                int s = linkSucc[l];
                LinkType type = LINK_TYPES[linkType[l]];
                if (net.isSummary(s) && type.toFinish()) {
                    throw new InvalidNetworkException(s, keys[s],
                            "A summary task cannot be the successor of a " + type + " link; link its subtasks instead");
                }
            }
        }

        private void check(int task) {
            if (task < 0 || task >= n) {
                throw new InvalidNetworkException(task, null, "Unknown task #" + task);
            }
        }

        private static void checkDays(int task, Object key, int days, String what) {
            if (days > MAX_DAYS) {
                throw new InvalidNetworkException(task, key, what + " out of range: " + days);
            }
        }

        private static int epochDay(LocalDate date) {
            return Math.toIntExact(date.toEpochDay());
        }

        private void growTasks() {
            int cap = duration.length + (duration.length >> 1) + 16;
            duration = Arrays.copyOf(duration, cap);
            constraint = Arrays.copyOf(constraint, cap);
            constraintDay = Arrays.copyOf(constraintDay, cap);
            deadlineDay = Arrays.copyOf(deadlineDay, cap);
            actualStartDay = Arrays.copyOf(actualStartDay, cap);
            actualFinishDay = Arrays.copyOf(actualFinishDay, cap);
            remaining = Arrays.copyOf(remaining, cap);
            percent = Arrays.copyOf(percent, cap);
            parent = Arrays.copyOf(parent, cap);
            keys = Arrays.copyOf(keys, cap);
        }

        private void growLinks() {
            int cap = linkPred.length + (linkPred.length >> 1) + 16;
            linkPred = Arrays.copyOf(linkPred, cap);
            linkSucc = Arrays.copyOf(linkSucc, cap);
            linkLag = Arrays.copyOf(linkLag, cap);
            linkType = Arrays.copyOf(linkType, cap);
        }
    }
}
