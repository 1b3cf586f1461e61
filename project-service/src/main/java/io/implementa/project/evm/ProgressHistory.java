package io.implementa.project.evm;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Each task's percent complete by the day it changed (table {@code task_progress}, kept by a trigger on every write
 * of a task's progress), so earned value can be measured as progress stood on any date.
 */
public final class ProgressHistory {

    private final Map<UUID, NavigableMap<LocalDate, Integer>> byTask = new HashMap<>();

    /** Records that the task stood at {@code percent} from {@code on}. */
    public ProgressHistory record(UUID taskId, LocalDate on, int percent) {
        byTask.computeIfAbsent(taskId, k -> new TreeMap<>()).put(on, percent);
        return this;
    }

    /** Percent complete per task at the end of {@code date}; a task with no record by then is absent (0 %). */
    public Map<UUID, Integer> asOf(LocalDate date) {
        Map<UUID, Integer> percent = new HashMap<>();
        byTask.forEach((task, history) -> {
            Map.Entry<LocalDate, Integer> latest = history.floorEntry(date);
            if (latest != null) {
                percent.put(task, latest.getValue());
            }
        });
        return percent;
    }
}
