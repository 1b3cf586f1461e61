package io.implementa.project.schedule;

import io.implementa.platform.http.ProblemException;
import io.implementa.platform.outbox.Outbox;
import io.implementa.platform.people.PersonRef;
import io.implementa.platform.security.Caller;
import io.implementa.project.calendar.ProjectCalendar;
import io.implementa.project.project.Project;
import io.implementa.project.schedule.engine.CpmScheduler;
import io.implementa.project.schedule.engine.CycleException;
import io.implementa.project.schedule.engine.InvalidNetworkException;
import io.implementa.project.schedule.engine.Network;
import io.implementa.project.schedule.engine.Schedule;
import io.implementa.project.schedule.engine.ScheduleDiff;
import io.implementa.project.schedule.engine.ScheduleOptions;
import io.implementa.project.schedule.engine.ScheduledTask;
import io.implementa.project.schedule.engine.WorkCalendar;
import io.implementa.project.task.Dependency;
import io.implementa.project.task.Task;
import io.implementa.project.task.Wbs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps a project's stored schedule in step with its tasks, links and calendar. A write that can move
 * dates locks the project, takes a {@link #snapshot} of the schedule before the change, makes the
 * change, then calls {@link #recompute}: the engine reschedules the whole network (linear in tasks +
 * links), {@link ScheduleDiff} finds what moved, and only those rows and events are written — all in
 * the writer's transaction, so a refused network (cycle, invalid link) rolls the change back.
 */
@ApplicationScoped
public class ScheduleService {

    /** Critical paths reported by {@code GET .../schedule}. */
    static final int MAX_CRITICAL_PATHS = 20;

    private final Outbox outbox;
    private final Caller caller;
    private final Clock clock;

    public ScheduleService(Outbox outbox, Caller caller, Clock clock) {
        this.outbox = outbox;
        this.caller = caller;
        this.clock = clock;
    }

    /** A project's network as the engine sees it, with the schedule computed from it. */
    public record Snapshot(List<Task> tasks, Map<UUID, Integer> index, Network network, Schedule schedule,
            ProjectSchedule state) {

        public Task task(int i) {
            return tasks.get(i);
        }
    }

    /**
     * Loads the project for a change that may move dates: locked, so that concurrent writers schedule
     * one after the other, and editable. Empty when there is no such project.
     */
    public Optional<Project> lockForChange(UUID projectId) {
        Optional<Project> project = Project.findByIdOptional(projectId, LockModeType.PESSIMISTIC_WRITE);
        project.ifPresent(Project::requireEditable);
        return project;
    }

    /** The schedule as it stands, computed from what is stored now. */
    public Snapshot snapshot(Project project) {
        List<Task> tasks = Task.ofProject(project.id);
        List<Dependency> links = Dependency.ofProject(project.id);
        ProjectCalendar calendar = ProjectCalendar.of(project.id);
        ProjectSchedule state = ProjectSchedule.of(project.id);
        Map<UUID, Integer> index = new HashMap<>(tasks.size() * 2);
        Set<UUID> parents = new HashSet<>();
        for (Task t : tasks) {
            if (t.parentId != null) {
                parents.add(t.parentId);
            }
        }
        Network network;
        try {
            Network.Builder b = Network.builder(tasks.size(), links.size());
            for (Task t : tasks) {
                int i = b.addTask(t.id, t.duration);
                index.put(t.id, i);
                boolean summary = parents.contains(t.id);
                b.constraint(i, t.constraintType, t.constraintDate);
                b.deadline(i, t.deadline);
                if (!summary) {
                    b.actualStart(i, t.actualStart);
                    b.actualFinish(i, t.actualFinish);
                    if (t.actualStart != null) {
                        b.percentComplete(i, t.percentComplete);
                    }
                }
            }
            for (Task t : tasks) {
                if (t.parentId != null) {
                    b.parent(index.get(t.id), index.get(t.parentId));
                }
            }
            for (Dependency d : links) {
                b.link(index.get(d.predecessorId), index.get(d.successorId), d.type, d.lag);
            }
            network = b.build();
        } catch (InvalidNetworkException e) {
            throw invalid(e, tasks);
        }
        Optional<int[]> cycle = network.findCycle();
        if (cycle.isPresent()) {
            throw cycleProblem(cycle.get(), tasks);
        }
        try {
            ScheduleOptions options = ScheduleOptions.startingOn(project.plannedStart)
                    .withStatusDate(state.statusDate);
            WorkCalendar workCalendar = calendar.toWorkCalendar();
            return new Snapshot(tasks, index, network, CpmScheduler.schedule(network, workCalendar, options), state);
        } catch (CycleException e) {
            throw cycleProblem(e.tasks(), tasks);
        } catch (InvalidNetworkException e) {
            throw invalid(e, tasks);
        } catch (DateTimeException e) {
            throw new ProblemException.Unprocessable("schedule", "the schedule falls outside the supported dates: "
                    + e.getMessage());
        }
    }

    /** The schedule before a change, or null when the stored network cannot be scheduled any more. */
    public Snapshot before(Project project) {
        try {
            return snapshot(project);
        } catch (ProblemException e) {
            return null;
        }
    }

    /**
     * Reschedules after a change and stores and announces only what moved. Call after the change is
     * flushed, in the same transaction. Returns the new snapshot.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Snapshot recompute(Project project, Snapshot before) {
        Task.getEntityManager().flush();
        Snapshot after = snapshot(project);
        ScheduleDiff diff = ScheduleDiff.between(before == null ? null : before.schedule(), after.schedule());
        ProjectSchedule state = after.state();
        if (!state.isPersistent()) {
            state.persist();
        }
        if (diff.isEmpty()) {
            return after;
        }
        Instant now = clock.instant();
        store(project, diff);
        state.projectFinish = after.tasks().isEmpty() ? null : diff.projectFinishAfter();
        state.computedAt = now;
        publish(project, before, after, diff, now);
        return after;
    }

    private void store(Project project, ScheduleDiff diff) {
        Map<UUID, ScheduleDiff.Change> changes = new LinkedHashMap<>();
        for (ScheduleDiff.Change c : diff.changed()) {
            changes.put((UUID) c.key(), c);
        }
        Map<UUID, TaskSchedule> stored = new HashMap<>();
        List<UUID> ids = new ArrayList<>(changes.keySet());
        for (int from = 0; from < ids.size(); from += 1000) {
            TaskSchedule.of(ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .forEach(s -> stored.put(s.taskId, s));
        }
        for (Map.Entry<UUID, ScheduleDiff.Change> e : changes.entrySet()) {
            TaskSchedule row = stored.get(e.getKey());
            if (row == null) {
                row = new TaskSchedule();
                row.taskId = e.getKey();
                row.projectId = project.id;
                row.apply(e.getValue().after());
                row.persist();
            } else {
                row.apply(e.getValue().after());
            }
        }
    }

    private void publish(Project project, Snapshot before, Snapshot after, ScheduleDiff diff, Instant now) {
        PersonRef by = caller.person();
        List<ScheduleEvents.TaskScheduleDelta> deltas = new ArrayList<>(diff.changed().size());
        List<ScheduleEvents.MilestoneMoved> milestones = new ArrayList<>();
        for (ScheduleDiff.Change c : diff.changed()) {
            ScheduledTask a = c.after();
            ScheduledTask b = c.before();
            Task task = after.task(c.index());
            deltas.add(new ScheduleEvents.TaskScheduleDelta(task.id, task.name, a.start(), a.finish(), a.earlyStart(),
                    a.earlyFinish(), a.lateStart(), a.lateFinish(), a.totalFloat(), a.freeFloat(), a.critical(),
                    b == null ? null : b.start(), b == null ? null : b.finish(),
                    b == null ? null : b.totalFloat(), b == null ? null : b.critical()));
            if (b != null && a.milestone() && b.milestone() && !Objects.equals(a.start(), b.start())) {
                milestones.add(new ScheduleEvents.MilestoneMoved(project.id, project.key, task.id, task.name,
                        b.start(), a.start(), task.deadline, a.critical(), by));
            }
        }
        List<UUID> removed = diff.removed().stream().map(t -> (UUID) t.key()).toList();
        UUID recomputeId = UUID.randomUUID();
        int chunks = Math.max(1, (deltas.size() + ScheduleEvents.CHUNK_SIZE - 1) / ScheduleEvents.CHUNK_SIZE);
        for (int chunk = 0; chunk < chunks; chunk++) {
            List<ScheduleEvents.TaskScheduleDelta> part = deltas.subList(chunk * ScheduleEvents.CHUNK_SIZE,
                    Math.min(deltas.size(), (chunk + 1) * ScheduleEvents.CHUNK_SIZE));
            outbox.publish(project.id, project.id, new ScheduleEvents.ScheduleRecomputed(project.id, project.key,
                    recomputeId, chunk, chunks, diff.projectFinishBefore(),
                    after.tasks().isEmpty() ? null : diff.projectFinishAfter(), List.copyOf(part),
                    chunk == 0 ? removed : List.of(), by, now));
        }
        for (ScheduleEvents.MilestoneMoved moved : milestones) {
            outbox.publish(project.id, moved.taskId(), moved);
        }
        Set<UUID> criticalBefore = before == null ? Set.of() : criticalLeaves(before);
        Set<UUID> criticalAfter = criticalLeaves(after);
        if (!criticalBefore.equals(criticalAfter)) {
            List<UUID> became = criticalAfter.stream().filter(id -> !criticalBefore.contains(id)).sorted().toList();
            List<UUID> left = criticalBefore.stream().filter(id -> !criticalAfter.contains(id)).sorted().toList();
            List<UUID> all = new ArrayList<>();
            for (int t : after.schedule().criticalTasks()) {
                all.add(after.task(t).id);
            }
            outbox.publish(project.id, project.id, new ScheduleEvents.CriticalPathChanged(project.id, project.key,
                    all, became, left, after.tasks().isEmpty() ? null : diff.projectFinishAfter(), by));
        }
    }

    /** The stored schedule with the critical paths; {@code criticalOnly} keeps only critical tasks. */
    public Optional<ScheduleApi.ScheduleView> view(UUID projectId, boolean criticalOnly) {
        Optional<Project> found = Project.findByIdOptional(projectId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Project project = found.get();
        Snapshot now = snapshot(project);
        Wbs wbs = Wbs.of(now.tasks());
        Map<UUID, TaskSchedule> stored = new HashMap<>();
        TaskSchedule.ofProject(projectId).forEach(s -> stored.put(s.taskId, s));
        List<ScheduleApi.ScheduledTaskView> tasks = new ArrayList<>();
        for (Task t : wbs.inOutlineOrder()) {
            TaskSchedule s = stored.get(t.id);
            if (s == null || (criticalOnly && !s.critical)) {
                continue;
            }
            tasks.add(new ScheduleApi.ScheduledTaskView(t.id, wbs.outline(t.id), t.name, wbs.kind(t), s.start,
                    s.finish, s.earlyStart, s.earlyFinish, s.lateStart, s.lateFinish, s.totalFloat, s.freeFloat,
                    s.critical));
        }
        return Optional.of(new ScheduleApi.ScheduleView(projectId, project.plannedStart, now.state().statusDate,
                now.state().projectFinish, criticalPaths(now), tasks));
    }

    /**
     * The tasks with negative total float and why: their own constraint or deadline that the network cannot
     * meet, and the tasks with such conflicts that their float comes from (walking successors and parents
     * while the float stays negative, so the walk stays within the conflicting part of the network).
     */
    public Optional<ScheduleApi.ConflictsView> conflicts(UUID projectId) {
        if (Project.findByIdOptional(projectId).isEmpty()) {
            return Optional.empty();
        }
        Map<UUID, TaskSchedule> stored = new HashMap<>();
        for (TaskSchedule s : TaskSchedule.<TaskSchedule>list("projectId = ?1 and totalFloat < 0", projectId)) {
            stored.put(s.taskId, s);
        }
        if (stored.isEmpty()) {
            return Optional.of(new ScheduleApi.ConflictsView(projectId, List.of()));
        }
        Wbs wbs = Wbs.of(projectId);
        Map<UUID, List<UUID>> successors = new HashMap<>();
        for (Dependency d : Dependency.ofProject(projectId)) {
            successors.computeIfAbsent(d.predecessorId, k -> new ArrayList<>()).add(d.successorId);
        }
        Map<UUID, List<ScheduleApi.ConflictReason>> own = new HashMap<>();
        for (TaskSchedule s : stored.values()) {
            own.put(s.taskId, reasons(wbs.task(s.taskId), s));
        }
        List<ScheduleApi.ConflictView> out = new ArrayList<>();
        for (Task t : wbs.inOutlineOrder()) {
            TaskSchedule s = stored.get(t.id);
            if (s == null) {
                continue;
            }
            Set<UUID> seen = new HashSet<>();
            List<UUID> drivenBy = new ArrayList<>();
            java.util.ArrayDeque<UUID> queue = new java.util.ArrayDeque<>();
            queue.add(t.id);
            seen.add(t.id);
            while (!queue.isEmpty()) {
                UUID at = queue.poll();
                List<UUID> next = new ArrayList<>(successors.getOrDefault(at, List.of()));
                Task task = wbs.task(at);
                if (task != null && task.parentId != null) {
                    next.add(task.parentId);
                }
                for (UUID n : next) {
                    if (stored.containsKey(n) && seen.add(n)) {
                        queue.add(n);
                        if (!own.get(n).isEmpty()) {
                            drivenBy.add(n);
                        }
                    }
                }
            }
            out.add(new ScheduleApi.ConflictView(t.id, wbs.outline(t.id), t.name, wbs.kind(t), s.start, s.finish,
                    s.totalFloat, own.get(t.id), drivenBy));
        }
        return Optional.of(new ScheduleApi.ConflictsView(projectId, out));
    }

    private static List<ScheduleApi.ConflictReason> reasons(Task t, TaskSchedule s) {
        List<ScheduleApi.ConflictReason> reasons = new ArrayList<>();
        java.time.LocalDate date = t.constraintDate;
        switch (t.constraintType) {
            case SNLT, MSO -> {
                if (s.earlyStart != null && s.earlyStart.isAfter(date)) {
                    reasons.add(new ScheduleApi.ConflictReason("CONSTRAINT", t.constraintType, date, s.earlyStart,
                            "starts " + s.earlyStart + " at the earliest, after its "
                                    + (t.constraintType == io.implementa.project.schedule.engine.ConstraintType.MSO
                                            ? "must-start-on" : "start-no-later-than") + " date " + date));
                }
            }
            case FNLT, MFO -> {
                if (s.earlyFinish != null && s.earlyFinish.isAfter(date)) {
                    reasons.add(new ScheduleApi.ConflictReason("CONSTRAINT", t.constraintType, date, s.earlyFinish,
                            "finishes " + s.earlyFinish + " at the earliest, after its "
                                    + (t.constraintType == io.implementa.project.schedule.engine.ConstraintType.MFO
                                            ? "must-finish-on" : "finish-no-later-than") + " date " + date));
                }
            }
            default -> {
            }
        }
        if (t.deadline != null && s.earlyFinish != null && s.earlyFinish.isAfter(t.deadline)) {
            reasons.add(new ScheduleApi.ConflictReason("DEADLINE", null, t.deadline, s.earlyFinish,
                    "finishes " + s.earlyFinish + " at the earliest, after its deadline " + t.deadline));
        }
        return reasons;
    }

    /** Sets (or clears) the status date and reschedules. */
    @Transactional
    public Optional<ScheduleApi.ScheduleView> setStatusDate(UUID projectId, java.time.LocalDate statusDate) {
        ProjectCalendar.requireInWindow("statusDate", statusDate);
        Optional<Project> found = lockForChange(projectId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Project project = found.get();
        Snapshot before = before(project);
        ProjectSchedule state = ProjectSchedule.of(projectId);
        state.statusDate = statusDate;
        if (!state.isPersistent()) {
            state.persist();
        }
        recompute(project, before);
        return view(projectId, false);
    }

    private static Set<UUID> criticalLeaves(Snapshot s) {
        Set<UUID> out = new HashSet<>();
        for (int t : s.schedule().criticalTasks()) {
            out.add(s.task(t).id);
        }
        return out;
    }

    /** The critical paths of a snapshot, as task ids. */
    public List<List<UUID>> criticalPaths(Snapshot s) {
        List<List<UUID>> paths = new ArrayList<>();
        for (int[] path : s.schedule().criticalPaths(MAX_CRITICAL_PATHS)) {
            List<UUID> ids = new ArrayList<>(path.length);
            for (int t : path) {
                ids.add(s.task(t).id);
            }
            paths.add(ids);
        }
        return paths;
    }

    private static ProblemException cycleProblem(int[] cycle, List<Task> tasks) {
        List<Map<String, Object>> named = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int t : cycle) {
            Task task = tasks.get(t);
            named.add(Map.of("id", task.id, "name", task.name));
            names.add("'" + task.name + "'");
        }
        return new ProblemException.Conflict("dependency-cycle", "Dependency cycle",
                "the dependencies would form a cycle: " + String.join(" -> ", names) + " -> " + names.get(0))
                .with("cycle", named);
    }

    private static ProblemException invalid(InvalidNetworkException e, List<Task> tasks) {
        String detail = e.getMessage();
        if (e.task() >= 0 && e.task() < tasks.size()) {
            Task task = tasks.get(e.task());
            detail += " (task '" + task.name + "', " + task.id + ")";
            return new ProblemException(422, "invalid-network", "Invalid network", detail)
                    .with("taskId", task.id);
        }
        return new ProblemException(422, "invalid-network", "Invalid network", detail);
    }
}
