package io.implementa.project.schedule.engine;

import java.util.function.IntUnaryOperator;

/**
 * Checks link relationships between scheduled instants, for any task including summaries (whose
 * start and finish are the earliest start and latest finish of the leaf tasks beneath them).
 */
final class Links {

    private Links() {
    }

    /** Start and finish instants of every task, summaries rolled up from their leaves. */
    static int[][] spans(Network net, IntUnaryOperator leafStart, IntUnaryOperator leafFinish) {
        int n = net.taskCount();
        int[] start = new int[n];
        int[] finish = new int[n];
        boolean[] known = new boolean[n];
        for (int t = 0; t < n; t++) {
            span(net, t, leafStart, leafFinish, start, finish, known);
        }
        return new int[][] {start, finish};
    }

    private static void span(Network net, int t, IntUnaryOperator ls, IntUnaryOperator lf,
                             int[] start, int[] finish, boolean[] known) {
        if (known[t]) {
            return;
        }
        if (!net.isSummary(t)) {
            start[t] = ls.applyAsInt(t);
            finish[t] = lf.applyAsInt(t);
        } else {
            int s = Integer.MAX_VALUE;
            int f = Integer.MIN_VALUE;
            for (int c : net.children(t)) {
                span(net, c, ls, lf, start, finish, known);
                s = Math.min(s, start[c]);
                f = Math.max(f, finish[c]);
            }
            start[t] = s;
            finish[t] = f;
        }
        known[t] = true;
    }

    /** Null when link {@code l} holds between the spans, else a description of the violation. */
    static String violation(Network net, int l, int[][] spans) {
        int p = net.linkPredecessor(l);
        int q = net.linkSuccessor(l);
        int lag = net.linkLag(l);
        LinkType type = net.linkType(l);
        int from = type.fromFinish() ? spans[1][p] : spans[0][p];
        int to = type.toFinish() ? spans[1][q] : spans[0][q];
        return to >= from + lag ? null
                : "link " + l + " " + net.key(p) + " -" + type + "(" + lag + ")-> " + net.key(q)
                        + ": " + to + " < " + from + " + " + lag;
    }
}
