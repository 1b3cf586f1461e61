package io.implementa.project.schedule.engine;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Builds random layered project networks for property tests and benchmarks: tasks are laid out in
 * layers of {@code layerWidth}; each task after the first layer gets on average
 * {@code linksPerTask} predecessors from the {@code layerReach} layers before it, so the network
 * is acyclic, deep (tasks / layerWidth layers) and wide like a real programme. Deterministic for
 * a given seed.
 *
 * @param tasks              number of leaf tasks
 * @param linksPerTask       mean number of predecessors per task (beyond the first layer)
 * @param layerWidth         tasks per layer
 * @param layerReach         how many layers back a predecessor may be
 * @param maxDuration        durations are uniform in [1, maxDuration] working days
 * @param milestoneShare     share of tasks with zero duration
 * @param otherTypesShare    share of links that are SS, FF or SF (the rest FS)
 * @param lagShare           share of links with a non-zero lag
 * @param maxLag             lags are uniform in [-maxLag, maxLag] (zero excluded)
 * @param constraintShare    share of tasks given a random dated constraint (0 for none)
 * @param summaryGroup       leaf tasks of a layer are grouped under summaries of this many
 *                           children (0 for no summaries)
 * @param summaryLinkShare   share of summaries given a link to or from them
 * @param projectStart       the date constraints are drawn around
 */
public record NetworkGenerator(
        int tasks,
        double linksPerTask,
        int layerWidth,
        int layerReach,
        int maxDuration,
        double milestoneShare,
        double otherTypesShare,
        double lagShare,
        int maxLag,
        double constraintShare,
        int summaryGroup,
        double summaryLinkShare,
        LocalDate projectStart) {

    public static final LocalDate DEFAULT_START = LocalDate.of(2025, 3, 3);

    /** About three links per task, mostly FS, some leads and lags, no constraints or summaries. */
    public static NetworkGenerator standard(int tasks) {
        int width = Math.max(1, (int) Math.round(Math.sqrt(tasks) / 3));
        return new NetworkGenerator(tasks, 3.0, width, 3, 10, 0.05, 0.2, 0.2, 3, 0, 0, 0, DEFAULT_START);
    }

    /** A standard network of {@code tasks} tasks and about 3 links per task. */
    public static Network layered(int tasks, long seed) {
        return standard(tasks).generate(seed);
    }

    public NetworkGenerator withConstraints(double share) {
        return new NetworkGenerator(tasks, linksPerTask, layerWidth, layerReach, maxDuration, milestoneShare,
                otherTypesShare, lagShare, maxLag, share, summaryGroup, summaryLinkShare, projectStart);
    }

    public NetworkGenerator withSummaries(int group, double linkShare) {
        return new NetworkGenerator(tasks, linksPerTask, layerWidth, layerReach, maxDuration, milestoneShare,
                otherTypesShare, lagShare, maxLag, constraintShare, group, linkShare, projectStart);
    }

    public NetworkGenerator withMilestones(double share) {
        return new NetworkGenerator(tasks, linksPerTask, layerWidth, layerReach, maxDuration, share,
                otherTypesShare, lagShare, maxLag, constraintShare, summaryGroup, summaryLinkShare, projectStart);
    }

    public NetworkGenerator withLayerWidth(int width) {
        return new NetworkGenerator(tasks, linksPerTask, width, layerReach, maxDuration, milestoneShare,
                otherTypesShare, lagShare, maxLag, constraintShare, summaryGroup, summaryLinkShare, projectStart);
    }

    public NetworkGenerator withLinkMix(double otherTypes, double lags, int maxLagDays) {
        return new NetworkGenerator(tasks, linksPerTask, layerWidth, layerReach, maxDuration, milestoneShare,
                otherTypes, lags, maxLagDays, constraintShare, summaryGroup, summaryLinkShare, projectStart);
    }

    public Network generate(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int expectedLinks = (int) (tasks * linksPerTask) + 16;
        Network.Builder b = Network.builder(tasks + (summaryGroup > 0 ? tasks / summaryGroup + 1 : 0), expectedLinks);
        int width = Math.max(1, layerWidth);
        for (int i = 0; i < tasks; i++) {
            int d = rnd.nextDouble() < milestoneShare ? 0 : 1 + rnd.nextInt(Math.max(1, maxDuration));
            b.addTask("T" + i, d);
        }
        int maxK = Math.max(1, (int) Math.round(2 * linksPerTask - 1));
        LinkType[] others = {LinkType.SS, LinkType.FF, LinkType.SF};
        for (int i = width; i < tasks; i++) {
            int layer = i / width;
            int firstLayer = Math.max(0, layer - layerReach);
            int from = firstLayer * width;
            int to = layer * width; // exclusive
            int k = 1 + rnd.nextInt(maxK);
            for (int j = 0; j < k; j++) {
                int p = from + rnd.nextInt(to - from);
                b.link(p, i, randomType(rnd, others), randomLag(rnd));
            }
        }
        if (constraintShare > 0) {
            int horizonDays = Math.max(5, (tasks / width) * (maxDuration + 1) / 2);
            ConstraintType[] dated = {ConstraintType.SNET, ConstraintType.SNLT, ConstraintType.FNET,
                    ConstraintType.FNLT, ConstraintType.MSO, ConstraintType.MFO};
            for (int i = 0; i < tasks; i++) {
                double r = rnd.nextDouble();
                if (r < constraintShare) {
                    ConstraintType c = dated[rnd.nextInt(dated.length)];
                    b.constraint(i, c, projectStart.plusDays(rnd.nextInt(horizonDays)));
                } else if (r < constraintShare * 1.2) {
                    b.constraint(i, ConstraintType.ALAP, null);
                } else if (r < constraintShare * 1.4) {
                    b.deadline(i, projectStart.plusDays(rnd.nextInt(horizonDays)));
                }
            }
        }
        if (summaryGroup > 0) {
            addSummaries(b, rnd, width, others);
        }
        return b.build();
    }

    /**
     * Groups each layer's tasks under summaries, and summaries of consecutive layers under phases,
     * then links some summaries forward in layer order (never to their own subtasks).
     */
    private void addSummaries(Network.Builder b, SplittableRandom rnd, int width, LinkType[] others) {
        int layers = (tasks + width - 1) / width;
        int[] summaryLayer = new int[tasks + 1];
        int[] summaries = new int[tasks + 1];
        int count = 0;
        int phaseLayers = Math.max(1, layerReach + 1);
        int[] phaseOfLayer = new int[layers];
        for (int layer = 0; layer < layers; layer++) {
            if (layer % phaseLayers == 0) {
                phaseOfLayer[layer] = b.addTask("P" + layer, 0);
            } else {
                phaseOfLayer[layer] = phaseOfLayer[layer - 1];
            }
        }
        for (int layer = 0; layer < layers; layer++) {
            int first = layer * width;
            int last = Math.min(tasks, first + width);
            for (int g = first; g < last; g += summaryGroup) {
                int s = b.addTask("S" + g, 0);
                b.parent(s, phaseOfLayer[layer]);
                for (int i = g; i < Math.min(last, g + summaryGroup); i++) {
                    b.parent(i, s);
                }
                summaries[count] = s;
                summaryLayer[count++] = layer;
            }
        }
        for (int k = 0; k < count; k++) {
            if (rnd.nextDouble() >= summaryLinkShare) {
                continue;
            }
            int layer = summaryLayer[k];
            int s = summaries[k];
            // Phases span phaseLayers layers; linking a summary to tasks beyond its phase keeps
            // links out of its own subtree and forward in layer order.
            int phaseEnd = (layer / phaseLayers + 1) * phaseLayers;
            if (rnd.nextBoolean() && phaseEnd < layers) {
                int target = phaseEnd * width + rnd.nextInt(Math.min(width, tasks - phaseEnd * width));
                b.link(s, target, randomType(rnd, others), randomLag(rnd));
            } else if (layer > 0) {
                int phaseStart = (layer / phaseLayers) * phaseLayers;
                if (phaseStart > 0) {
                    int source = rnd.nextInt(phaseStart * width);
                    LinkType type = rnd.nextBoolean() ? LinkType.FS : LinkType.SS;
                    b.link(source, s, type, randomLag(rnd));
                    if (rnd.nextDouble() < 0.3) {
                        b.link(source, phaseOfLayer[layer], LinkType.FS, randomLag(rnd));
                    }
                }
            }
        }
    }

    private LinkType randomType(SplittableRandom rnd, LinkType[] others) {
        return rnd.nextDouble() < otherTypesShare ? others[rnd.nextInt(others.length)] : LinkType.FS;
    }

    private int randomLag(SplittableRandom rnd) {
        if (maxLag == 0 || rnd.nextDouble() >= lagShare) {
            return 0;
        }
        int lag = 1 + rnd.nextInt(maxLag);
        return rnd.nextBoolean() ? lag : -lag;
    }
}
