package io.implementa.bench.cpm;

import io.implementa.project.schedule.engine.LinkType;
import io.implementa.project.schedule.engine.Network;

/**
 * A network as plain columns (keys, durations, links), the shape the service reads from its
 * database, so a benchmark can measure building a {@link Network} from it. Covers what
 * {@code NetworkGenerator.standard} produces: tasks with keys and durations, typed links with lags
 * (no constraints, progress or summaries).
 */
record NetworkData(Object[] keys, int[] durations, int[] pred, int[] succ, LinkType[] types, int[] lags) {

    static NetworkData of(Network net) {
        int n = net.taskCount();
        int m = net.linkCount();
        Object[] keys = new Object[n];
        int[] durations = new int[n];
        for (int t = 0; t < n; t++) {
            keys[t] = net.key(t);
            durations[t] = net.duration(t);
        }
        int[] pred = new int[m];
        int[] succ = new int[m];
        LinkType[] types = new LinkType[m];
        int[] lags = new int[m];
        for (int l = 0; l < m; l++) {
            pred[l] = net.linkPredecessor(l);
            succ[l] = net.linkSuccessor(l);
            types[l] = net.linkType(l);
            lags[l] = net.linkLag(l);
        }
        return new NetworkData(keys, durations, pred, succ, types, lags);
    }

    /** Builds the network, with task {@code changedTask} (if not negative) given {@code newDuration}. */
    Network build(int changedTask, int newDuration) {
        Network.Builder b = Network.builder(keys.length, pred.length);
        for (int t = 0; t < keys.length; t++) {
            b.addTask(keys[t], t == changedTask ? newDuration : durations[t]);
        }
        for (int l = 0; l < pred.length; l++) {
            b.link(pred[l], succ[l], types[l], lags[l]);
        }
        return b.build();
    }
}
