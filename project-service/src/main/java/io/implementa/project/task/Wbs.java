package io.implementa.project.task;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A project's work breakdown as a tree, built from its tasks in one pass: outline numbers (1, 1.2,
 * 1.2.3) from the sibling positions, outline (depth-first) order, subtrees. Outline numbers are never
 * stored, so inserting, moving or deleting a task renumbers everything after it for free.
 */
public final class Wbs {

    private final Map<UUID, Task> tasks = new LinkedHashMap<>();
    private final Map<UUID, List<Task>> children = new HashMap<>();
    private final Map<UUID, String> outline = new HashMap<>();
    private final List<Task> ordered = new ArrayList<>();

    private Wbs(List<Task> all) {
        for (Task t : all) {
            tasks.put(t.id, t);
        }
        for (Task t : all) {
            children.computeIfAbsent(t.parentId, k -> new ArrayList<>()).add(t);
        }
        children.values().forEach(list -> list.sort((a, b) -> a.position != b.position
                ? Integer.compare(a.position, b.position) : a.id.compareTo(b.id)));
        Deque<Object[]> stack = new ArrayDeque<>();
        List<Task> roots = children.getOrDefault(null, List.of());
        for (int i = roots.size() - 1; i >= 0; i--) {
            stack.push(new Object[] { roots.get(i), String.valueOf(i + 1) });
        }
        while (!stack.isEmpty()) {
            Object[] top = stack.pop();
            Task t = (Task) top[0];
            String number = (String) top[1];
            outline.put(t.id, number);
            ordered.add(t);
            List<Task> kids = children.getOrDefault(t.id, List.of());
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.push(new Object[] { kids.get(i), number + "." + (i + 1) });
            }
        }
    }

    public static Wbs of(List<Task> tasks) {
        return new Wbs(tasks);
    }

    public static Wbs of(UUID projectId) {
        return new Wbs(Task.ofProject(projectId));
    }

    public Task task(UUID id) {
        return tasks.get(id);
    }

    public String outline(UUID id) {
        return outline.get(id);
    }

    /** Every task in outline order (1, 1.1, 1.1.1, 1.2, 2 …). */
    public List<Task> inOutlineOrder() {
        return ordered;
    }

    /** Direct children in position order; {@code null} for the top level. */
    public List<Task> children(UUID parentId) {
        return children.getOrDefault(parentId, List.of());
    }

    public boolean isSummary(UUID id) {
        return !children(id).isEmpty();
    }

    public TaskKind kind(Task t) {
        return isSummary(t.id) ? TaskKind.SUMMARY : t.duration == 0 ? TaskKind.MILESTONE : TaskKind.TASK;
    }

    /** The task and everything beneath it, in outline order. */
    public List<Task> subtree(UUID id) {
        List<Task> out = new ArrayList<>();
        Deque<Task> stack = new ArrayDeque<>();
        stack.push(tasks.get(id));
        while (!stack.isEmpty()) {
            Task t = stack.pop();
            out.add(t);
            List<Task> kids = children(t.id);
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.push(kids.get(i));
            }
        }
        return out;
    }

    /** The leaf tasks beneath (or equal to) a task. */
    public List<Task> leaves(UUID id) {
        return subtree(id).stream().filter(t -> !isSummary(t.id)).toList();
    }
}
