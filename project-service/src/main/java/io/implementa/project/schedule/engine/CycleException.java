package io.implementa.project.schedule.engine;

import java.util.Arrays;
import java.util.List;

/**
 * The dependencies form a cycle, so no schedule exists. Carries the tasks of one cycle in link
 * order (each task is a predecessor of the next, and the last of the first), so the API can answer
 * 409 naming them. A cycle through a summary task (a summary linked to one of its own subtasks)
 * names the summary.
 */
public final class CycleException extends RuntimeException {

    private final int[] tasks;
    private final transient List<Object> keys;

    CycleException(int[] tasks, List<Object> keys) {
        super("Dependency cycle: " + describe(tasks, keys));
        this.tasks = tasks.clone();
        this.keys = keys;
    }

    /** Indices of the tasks on the cycle, in link order. */
    public int[] tasks() {
        return tasks.clone();
    }

    /** Keys of the tasks on the cycle, in link order (entries are null for tasks without a key). */
    public List<Object> keys() {
        return keys;
    }

    private static String describe(int[] tasks, List<Object> keys) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i <= tasks.length; i++) {
            int k = i % tasks.length;
            if (i > 0) {
                sb.append(" -> ");
            }
            Object key = keys.get(k);
            sb.append(key != null ? key.toString() : "#" + tasks[k]);
        }
        return tasks.length == 0 ? Arrays.toString(tasks) : sb.toString();
    }
}
