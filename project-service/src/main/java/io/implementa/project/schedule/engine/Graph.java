package io.implementa.project.schedule.engine;

import java.util.Arrays;

/**
 * The network as the CPM passes see it: one node per task plus hook nodes standing for summary
 * tasks, and every dependency as an edge in compressed-sparse-row form (out-edges grouped by
 * source node), all in primitive arrays. Built once per {@link Network} and shared by every run.
 *
 * <p>Summary tasks turn into up to three zero-duration nodes, created only where links or
 * constraints need them (and then for all summaries below, so edges only join parent and child):
 * <ul>
 *   <li>the <em>start hook</em> is the summary's own node; it precedes every child (SS 0), so a link
 *       into the summary holds back every task beneath it;</li>
 *   <li>the <em>finish hook</em> follows every child (FF 0): the summary's latest finish, the source
 *       of FS/FF links from the summary;</li>
 *   <li>the <em>rollup-start hook</em> takes the <em>minimum</em> of its children's starts through
 *       "min" edges: the summary's earliest start, the source of SS/SF links from the summary.</li>
 * </ul>
 *
 * <p>Each node has two time slots, start (2u) and finish (2u + 1). An edge reads its source's start
 * or finish and writes a bound on its target's start or finish slot; this is precomputed per edge so
 * the passes are branch-free loops over int arrays.
 */
final class Graph {

    static final int F_SLOW = 1;
    static final int F_HOOK = 2;
    static final int F_MIN = 4;
    static final int F_MILESTONE = 8;
    static final int F_ALAP = 16;
    static final int F_DONE = 32;
    static final int F_STARTED = 64;

    /** Edge code bit 0: a "min" edge (child start into a rollup-start hook). */
    static final int E_MIN = 1;
    /** Edge code bit 1: the edge reads its source's finish slot (otherwise its start slot). */
    static final int E_FROM_FINISH = 2;
    /** Edge code bits 2..: the target slot (2v or 2v + 1). */
    static final int E_SLOT_SHIFT = 2;

    final Network net;
    final int taskCount;
    final int nodeCount;
    final int[] nodeTask;
    final int[] dur;
    final byte[] flags;
    final byte[] ctype;
    final int[] cday;
    final int[] deadline;
    /** Remaining working days of in-progress tasks. */
    final int[] remaining;
    final int[] outStart;
    final int[] eCode;
    final int[] eLag;
    final int[] indegree;
    /** Summary tasks, deepest first, so each is rolled up after its child summaries. */
    final int[] summariesBottomUp;

    Graph(Network net) {
        this.net = net;
        int n = net.taskCount;
        this.taskCount = n;

        int[] summaries = summariesTopDown(net);
        boolean[] needStart = new boolean[n];
        boolean[] needFinish = new boolean[n];
        boolean[] needRollup = new boolean[n];
        for (int l = 0; l < net.linkCount; l++) {
            int p = net.linkPred[l];
            int s = net.linkSucc[l];
            if (net.isSummary(s)) {
                needStart[s] = true;
            }
            if (net.isSummary(p)) {
                if (Network.LINK_TYPES[net.linkType[l]].fromFinish()) {
                    needFinish[p] = true;
                } else {
                    needRollup[p] = true;
                }
            }
        }
        for (int s : summaries) {
            if (net.constraint[s] == ConstraintType.SNET.ordinal()) {
                needStart[s] = true;
            }
            if (net.constraint[s] == ConstraintType.FNLT.ordinal() || net.deadlineDay[s] != Network.NONE) {
                needFinish[s] = true;
            }
            int p = net.parent[s];
            if (p >= 0) {
                needStart[s] |= needStart[p];
                needFinish[s] |= needFinish[p];
                needRollup[s] |= needRollup[p];
            }
        }

        int nodes = n;
        int[] fHook = new int[n];
        int[] rHook = new int[n];
        Arrays.fill(fHook, -1);
        Arrays.fill(rHook, -1);
        for (int s : summaries) {
            if (needFinish[s]) {
                fHook[s] = nodes++;
            }
        }
        for (int s : summaries) {
            if (needRollup[s]) {
                rHook[s] = nodes++;
            }
        }
        this.nodeCount = nodes;

        // Per-node attributes.
        nodeTask = new int[nodes];
        dur = new int[nodes];
        flags = new byte[nodes];
        ctype = new byte[nodes];
        cday = new int[nodes];
        deadline = new int[nodes];
        remaining = new int[nodes];
        Arrays.fill(cday, Network.NONE);
        Arrays.fill(deadline, Network.NONE);
        final int asap = ConstraintType.ASAP.ordinal();
        for (int t = 0; t < n; t++) {
            nodeTask[t] = t;
            if (net.isSummary(t)) {
                flags[t] = F_HOOK;
                if (net.constraint[t] == ConstraintType.SNET.ordinal()) {
                    ctype[t] = net.constraint[t];
                    cday[t] = net.constraintDay[t];
                    flags[t] |= F_SLOW;
                } else {
                    ctype[t] = (byte) asap;
                }
                continue;
            }
            int d = net.duration[t];
            dur[t] = d;
            ctype[t] = net.constraint[t];
            cday[t] = net.constraintDay[t];
            deadline[t] = net.deadlineDay[t];
            int f = d == 0 ? F_MILESTONE : 0;
            boolean started = net.actualStartDay[t] != Network.NONE;
            boolean done = net.actualFinishDay[t] != Network.NONE
                    || (started && (net.percent[t] >= 100 || d == 0 || net.remaining[t] == 0));
            if (done) {
                f |= F_DONE;
            } else if (started) {
                f |= F_STARTED;
                remaining[t] = net.remaining[t] != Network.NONE
                        ? net.remaining[t]
                        : (int) (((long) d * (100 - net.percent[t]) + 99) / 100);
            }
            if (ctype[t] == ConstraintType.ALAP.ordinal()) {
                f |= F_ALAP;
            }
            if ((f & (F_DONE | F_STARTED)) != 0 || deadline[t] != Network.NONE
                    || Network.CONSTRAINT_TYPES[ctype[t]].dated()) {
                f |= F_SLOW;
            }
            flags[t] = (byte) f;
        }
        for (int s : summaries) {
            if (fHook[s] >= 0) {
                int h = fHook[s];
                nodeTask[h] = s;
                flags[h] = F_HOOK;
                if (net.constraint[s] == ConstraintType.FNLT.ordinal()) {
                    ctype[h] = net.constraint[s];
                    cday[h] = net.constraintDay[s];
                    flags[h] |= F_SLOW;
                }
                if (net.deadlineDay[s] != Network.NONE) {
                    deadline[h] = net.deadlineDay[s];
                    flags[h] |= F_SLOW;
                }
            }
            if (rHook[s] >= 0) {
                int h = rHook[s];
                nodeTask[h] = s;
                flags[h] = F_HOOK | F_MIN | F_SLOW;
            }
        }

        // Edges: count per source, prefix-sum, fill.
        int[] start = new int[nodes + 1];
        for (int l = 0; l < net.linkCount; l++) {
            start[linkSource(net, l, fHook, rHook) + 1]++;
        }
        for (int s : summaries) {
            int children = net.childStart[s + 1] - net.childStart[s];
            if (needStart[s]) {
                start[s + 1] += children;
            }
            for (int k = net.childStart[s]; k < net.childStart[s + 1]; k++) {
                int c = net.childList[k];
                if (needFinish[s]) {
                    start[(net.isSummary(c) ? fHook[c] : c) + 1]++;
                }
                if (needRollup[s]) {
                    start[(net.isSummary(c) ? rHook[c] : c) + 1]++;
                }
            }
        }
        for (int u = 0; u < nodes; u++) {
            start[u + 1] += start[u];
        }
        int edges = start[nodes];
        int[] code = new int[edges];
        int[] lag = new int[edges];
        int[] fill = Arrays.copyOf(start, nodes);
        int[] indeg = new int[nodes];
        for (int l = 0; l < net.linkCount; l++) {
            LinkType type = Network.LINK_TYPES[net.linkType[l]];
            int src = linkSource(net, l, fHook, rHook);
            int tgt = net.linkSucc[l];
            int tgtBit;
            if (net.isSummary(tgt)) {
                tgtBit = 0;
            } else if (dur[tgt] == 0) {
                // A milestone's start and finish coincide; the slot records whether the bound came
                // from a finish (the milestone then falls at the end of a day) or from a start.
                tgtBit = type.fromFinish() ? 1 : 0;
            } else {
                tgtBit = type.toFinish() ? 1 : 0;
            }
            int e = fill[src]++;
            code[e] = ((2 * tgt + tgtBit) << E_SLOT_SHIFT) | (type.fromFinish() ? E_FROM_FINISH : 0);
            lag[e] = net.linkLag[l];
            indeg[tgt]++;
        }
        for (int s : summaries) {
            for (int k = net.childStart[s]; k < net.childStart[s + 1]; k++) {
                int c = net.childList[k];
                if (needStart[s]) {
                    int e = fill[s]++;
                    code[e] = (2 * c) << E_SLOT_SHIFT;
                    indeg[c]++;
                }
                if (needFinish[s]) {
                    int src = net.isSummary(c) ? fHook[c] : c;
                    int e = fill[src]++;
                    code[e] = ((2 * fHook[s] + 1) << E_SLOT_SHIFT) | E_FROM_FINISH;
                    indeg[fHook[s]]++;
                }
                if (needRollup[s]) {
                    int src = net.isSummary(c) ? rHook[c] : c;
                    int e = fill[src]++;
                    code[e] = ((2 * rHook[s]) << E_SLOT_SHIFT) | E_MIN;
                    indeg[rHook[s]]++;
                }
            }
        }
        this.outStart = start;
        this.eCode = code;
        this.eLag = lag;
        this.indegree = indeg;

        int[] bottomUp = new int[summaries.length];
        for (int i = 0; i < summaries.length; i++) {
            bottomUp[i] = summaries[summaries.length - 1 - i];
        }
        this.summariesBottomUp = bottomUp;
    }

    private static int linkSource(Network net, int link, int[] fHook, int[] rHook) {
        int p = net.linkPred[link];
        if (!net.isSummary(p)) {
            return p;
        }
        return Network.LINK_TYPES[net.linkType[link]].fromFinish() ? fHook[p] : rHook[p];
    }

    /** Summary tasks ordered so that every summary comes after its parent. */
    private static int[] summariesTopDown(Network net) {
        int n = net.taskCount;
        if (net.summaryCount == 0) {
            return new int[0];
        }
        int[] depth = new int[n];
        Arrays.fill(depth, -1);
        int[] stack = new int[n];
        int maxDepth = 0;
        for (int t = 0; t < n; t++) {
            int sp = 0;
            int x = t;
            while (x >= 0 && depth[x] < 0) {
                stack[sp++] = x;
                x = net.parent[x];
            }
            int d = x < 0 ? -1 : depth[x];
            while (sp > 0) {
                depth[stack[--sp]] = ++d;
            }
            maxDepth = Math.max(maxDepth, depth[t]);
        }
        int[] count = new int[maxDepth + 2];
        for (int t = 0; t < n; t++) {
            if (net.isSummary(t)) {
                count[depth[t] + 1]++;
            }
        }
        for (int d = 0; d <= maxDepth; d++) {
            count[d + 1] += count[d];
        }
        int[] order = new int[net.summaryCount];
        for (int t = 0; t < n; t++) {
            if (net.isSummary(t)) {
                order[count[depth[t]]++] = t;
            }
        }
        return order;
    }

    boolean isHook(int node) {
        return (flags[node] & F_HOOK) != 0;
    }

    /** One cycle of tasks in link order, or null when the graph is acyclic. */
    int[] findCycle() {
        int[] left = indegree.clone();
        int[] queue = new int[nodeCount];
        int tail = 0;
        for (int u = 0; u < nodeCount; u++) {
            if (left[u] == 0) {
                queue[tail++] = u;
            }
        }
        for (int head = 0; head < tail; head++) {
            int u = queue[head];
            for (int e = outStart[u]; e < outStart[u + 1]; e++) {
                int v = eCode[e] >>> (E_SLOT_SHIFT + 1);
                if (--left[v] == 0) {
                    queue[tail++] = v;
                }
            }
        }
        return tail == nodeCount ? null : cycleAmong(left);
    }

    /**
     * Extracts one cycle from the nodes Kahn's algorithm could not release ({@code left[u] > 0}).
     * Every such node has a predecessor that is also unreleased, so walking predecessors must
     * revisit a node; the walk between the two visits, reversed, is a cycle in link order.
     */
    int[] cycleAmong(int[] left) {
        int[] predStart = new int[nodeCount + 1];
        for (int u = 0; u < nodeCount; u++) {
            if (left[u] == 0) {
                continue;
            }
            for (int e = outStart[u]; e < outStart[u + 1]; e++) {
                int v = eCode[e] >>> (E_SLOT_SHIFT + 1);
                if (left[v] > 0) {
                    predStart[v + 1]++;
                }
            }
        }
        for (int u = 0; u < nodeCount; u++) {
            predStart[u + 1] += predStart[u];
        }
        int[] preds = new int[predStart[nodeCount]];
        int[] fill = Arrays.copyOf(predStart, nodeCount);
        int first = -1;
        for (int u = 0; u < nodeCount; u++) {
            if (left[u] == 0) {
                continue;
            }
            first = first < 0 ? u : first;
            for (int e = outStart[u]; e < outStart[u + 1]; e++) {
                int v = eCode[e] >>> (E_SLOT_SHIFT + 1);
                if (left[v] > 0) {
                    preds[fill[v]++] = u;
                }
            }
        }
        int[] visitedAt = new int[nodeCount];
        Arrays.fill(visitedAt, -1);
        int[] walk = new int[nodeCount + 1];
        int len = 0;
        int x = first;
        while (visitedAt[x] < 0) {
            visitedAt[x] = len;
            walk[len++] = x;
            x = preds[predStart[x]];
        }
        int from = visitedAt[x];
        int[] nodes = new int[len - from];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = walk[len - 1 - i]; // reversed: predecessor walk -> link order
        }
        // Rotate so the walk starts at its first node (x), then map hook nodes to their summaries.
        int[] tasks = new int[nodes.length];
        int count = 0;
        int startAt = 0;
        for (int i = 0; i < nodes.length; i++) {
            if (nodes[i] == x) {
                startAt = i;
            }
        }
        for (int i = 0; i < nodes.length; i++) {
            int task = nodeTask[nodes[(startAt + i) % nodes.length]];
            if (count == 0 || tasks[count - 1] != task) {
                tasks[count++] = task;
            }
        }
        while (count > 1 && tasks[count - 1] == tasks[0]) {
            count--;
        }
        return Arrays.copyOf(tasks, count);
    }
}
