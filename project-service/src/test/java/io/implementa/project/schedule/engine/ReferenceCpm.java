package io.implementa.project.schedule.engine;

import java.util.Arrays;

/**
 * A deliberately naive CPM for checking the engine: relaxes every link over and over until
 * nothing moves (no topological order, no graph), straight from the textbook inequalities and the
 * rules documented on {@link CpmScheduler}. Plain networks only: no summaries, no progress.
 * Quadratic, so small networks only. Results are instants, like the engine's internals.
 */
final class ReferenceCpm {

    final int[] es;
    final int[] ef;
    final int[] ls;
    final int[] lf;
    final int[] totalFloat;
    final int[] freeFloat;
    final int projectFinish;

    ReferenceCpm(Network net, WorkCalendar cal, int floor) {
        int n = net.taskCount();
        int[] d = new int[n];
        for (int t = 0; t < n; t++) {
            d[t] = net.duration(t);
        }
        es = new int[n];
        ef = new int[n];
        int neg = Integer.MIN_VALUE / 4;
        int pos = Integer.MAX_VALUE / 4;
        int[] lbS = new int[n];
        int[] lbF = new int[n];
        boolean changed = true;
        Arrays.fill(es, neg);
        while (changed) {
            changed = false;
            Arrays.fill(lbS, neg);
            Arrays.fill(lbF, neg);
            for (int l = 0; l < net.linkCount(); l++) {
                int p = net.linkPredecessor(l);
                int q = net.linkSuccessor(l);
                int lag = net.linkLag(l);
                int pes = es[p];
                int pef = es[p] + d[p];
                switch (net.linkType(l)) {
                    case FS -> lbS[q] = Math.max(lbS[q], pef + lag);
                    case SS -> lbS[q] = Math.max(lbS[q], pes + lag);
                    case FF -> lbF[q] = Math.max(lbF[q], pef + lag);
                    case SF -> lbF[q] = Math.max(lbF[q], pes + lag);
                }
            }
            for (int q = 0; q < n; q++) {
                int linked = Math.max(lbS[q], lbF[q] - d[q]);
                int v = Math.max(linked, floor);
                ConstraintType c = net.constraintType(q);
                if (c.dated()) {
                    int cs = cal.startInstant(net.constraintDate(q));
                    int cf = cal.finishInstant(net.constraintDate(q));
                    switch (c) {
                        case SNET -> v = Math.max(v, cs);
                        case FNET -> v = Math.max(v, cf - d[q]);
                        case MSO -> v = Math.max(linked, cs);
                        case MFO -> v = Math.max(linked, cf - d[q]);
                        default -> {
                        }
                    }
                }
                if (v != es[q]) {
                    es[q] = v;
                    changed = true;
                }
            }
        }
        int finish = floor;
        for (int t = 0; t < n; t++) {
            ef[t] = es[t] + d[t];
            finish = Math.max(finish, ef[t]);
        }
        projectFinish = finish;

        lf = new int[n];
        ls = new int[n];
        Arrays.fill(lf, pos);
        int[] ubS = new int[n];
        int[] ubF = new int[n];
        changed = true;
        while (changed) {
            changed = false;
            Arrays.fill(ubS, pos);
            Arrays.fill(ubF, pos);
            for (int l = 0; l < net.linkCount(); l++) {
                int p = net.linkPredecessor(l);
                int q = net.linkSuccessor(l);
                int lag = net.linkLag(l);
                int qls = lf[q] - d[q];
                int qlf = lf[q];
                switch (net.linkType(l)) {
                    case FS -> ubF[p] = Math.min(ubF[p], qls - lag);
                    case SS -> ubS[p] = Math.min(ubS[p], qls - lag);
                    case FF -> ubF[p] = Math.min(ubF[p], qlf - lag);
                    case SF -> ubS[p] = Math.min(ubS[p], qlf - lag);
                }
            }
            for (int p = 0; p < n; p++) {
                int v = Math.min(projectFinish, Math.min(ubF[p], ubS[p] + d[p]));
                ConstraintType c = net.constraintType(p);
                if (c == ConstraintType.SNLT || c == ConstraintType.MSO) {
                    v = Math.min(v, cal.startInstant(net.constraintDate(p)) + d[p]);
                } else if (c == ConstraintType.FNLT || c == ConstraintType.MFO) {
                    v = Math.min(v, cal.finishInstant(net.constraintDate(p)));
                }
                if (net.deadline(p) != null) {
                    v = Math.min(v, cal.finishInstant(net.deadline(p)));
                }
                if (v != lf[p]) {
                    lf[p] = v;
                    changed = true;
                }
            }
        }
        totalFloat = new int[n];
        freeFloat = new int[n];
        int[] minSlack = new int[n];
        Arrays.fill(minSlack, pos);
        for (int t = 0; t < n; t++) {
            ls[t] = lf[t] - d[t];
            totalFloat[t] = lf[t] - ef[t];
        }
        for (int l = 0; l < net.linkCount(); l++) {
            int p = net.linkPredecessor(l);
            int q = net.linkSuccessor(l);
            int lag = net.linkLag(l);
            int slack = switch (net.linkType(l)) {
                case FS -> es[q] - ef[p] - lag;
                case SS -> es[q] - es[p] - lag;
                case FF -> ef[q] - ef[p] - lag;
                case SF -> ef[q] - es[p] - lag;
            };
            minSlack[p] = Math.min(minSlack[p], slack);
        }
        for (int t = 0; t < n; t++) {
            int raw = minSlack[t] == pos ? totalFloat[t] : minSlack[t];
            freeFloat[t] = Math.max(0, Math.min(raw, totalFloat[t]));
        }
    }
}
