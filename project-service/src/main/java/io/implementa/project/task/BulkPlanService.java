package io.implementa.project.task;

import io.implementa.platform.http.Problem;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.outbox.Outbox;
import io.implementa.platform.people.PersonRef;
import io.implementa.platform.security.Caller;
import io.implementa.project.project.Project;
import io.implementa.project.schedule.ScheduleService;
import io.implementa.project.schedule.TaskSchedule;
import io.implementa.project.schedule.engine.ConstraintType;
import io.implementa.project.schedule.engine.LinkType;
import io.implementa.project.task.BulkPlanApi.BulkAssignment;
import io.implementa.project.task.BulkPlanApi.BulkDependency;
import io.implementa.project.task.BulkPlanApi.BulkPlanRequest;
import io.implementa.project.task.BulkPlanApi.BulkPlanResult;
import io.implementa.project.task.BulkPlanApi.BulkTask;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/**
 * Creates and updates many tasks and links, and creates assignments, in one transaction. Every item is checked
 * before anything is written, and every error is reported (422, one entry per offending field, named by its JSON
 * path such as {@code tasks[3].duration}); then the changes are written, each task announced as single edits are,
 * and the project is rescheduled once, so a 2,000-task plan makes one {@code ScheduleRecomputed} stream. A network
 * error found by that recompute (a cycle) rolls everything back.
 */
@ApplicationScoped
public class BulkPlanService {

    private final ScheduleService schedules;
    private final Outbox outbox;
    private final Caller caller;
    private final java.time.Clock clock;
    private final Validator validator;

    public BulkPlanService(ScheduleService schedules, Outbox outbox, Caller caller, java.time.Clock clock,
            Validator validator) {
        this.schedules = schedules;
        this.outbox = outbox;
        this.caller = caller;
        this.clock = clock;
        this.validator = validator;
    }

    /** One error with what orders it: section (tasks, dependencies, then assignments), item index, field. */
    private record Error(int section, int index, Problem.FieldError error) {
    }

    /**
     * Empty when there is no such project. A whole plan is one transaction, longer than the 60 s default allows
     * on a starved machine (a 2,000-task plan took 46 s at a load average of 33 on 2 cores), hence 5 minutes.
     */
    @Transactional
    @TransactionConfiguration(timeout = 300)
    public Optional<BulkPlanResult> apply(UUID projectId, BulkPlanRequest request) {
        Optional<Project> found = schedules.lockForChange(projectId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Project project = found.get();
        List<BulkTask> items = request.tasks() == null ? List.of() : request.tasks();
        List<BulkDependency> links = request.dependencies() == null ? List.of() : request.dependencies();
        List<BulkAssignment> staffing = request.assignments() == null ? List.of() : request.assignments();
        List<Error> errors = new ArrayList<>();
        // Bean Validation by hand, so that its findings and the rules below come back in one answer.
        for (ConstraintViolation<BulkPlanRequest> v : validator.validate(request)) {
            String path = v.getPropertyPath().toString();
            errors.add(new Error(path.startsWith("tasks") ? 0 : path.startsWith("dependencies") ? 1 : 2, indexOf(path),
                    new Problem.FieldError(path, v.getMessage())));
        }
        ScheduleService.Snapshot before = schedules.before(project);
        // The project's tasks are read once: the snapshot's, unless the stored network does not compute.
        List<Task> stored = before != null ? before.tasks() : Task.ofProject(projectId);
        Wbs wbs = Wbs.of(stored);
        // Read before any stored task is touched: a query would flush unchecked values.
        Set<String> pairs = new HashSet<>();
        for (Dependency d : Dependency.ofProject(projectId)) {
            pairs.add(d.predecessorId + ">" + d.successorId);
        }
        // Tasks with assignments cannot become summaries (summary tasks take none), as for single edits.
        Set<UUID> assigned = new HashSet<>();
        Set<String> staffed = new HashSet<>();
        for (Assignment a : Assignment.<Assignment>list("projectId", projectId)) {
            assigned.add(a.taskId);
            staffed.add(a.taskId + ">" + a.resourceId);
        }
        Instant now = clock.instant();

        // Refs first, so that a parent or a link may name an item that comes later in the request.
        Map<String, Integer> refs = new HashMap<>();
        Task[] tasks = new Task[items.size()];
        boolean[] created = new boolean[items.size()];
        for (int i = 0; i < items.size(); i++) {
            BulkTask item = items.get(i);
            if (item == null) {
                continue;
            }
            if (item.ref() != null) {
                Integer other = refs.putIfAbsent(item.ref(), i);
                if (other != null) {
                    errors.add(error(0, i, "ref", "'" + item.ref() + "' is also the ref of tasks[" + other + "]"));
                }
            }
            if (item.id() != null) {
                tasks[i] = wbs.task(item.id());
                if (tasks[i] == null) {
                    errors.add(error(0, i, "id", "task " + item.id() + " is not a task of this project"));
                } else if (item.parent() != null) {
                    errors.add(error(0, i, "parent", "cannot be changed in bulk; move the task instead"));
                }
                if (item.kind() != null) {
                    errors.add(error(0, i, "kind", "cannot be changed; only new tasks take a kind"));
                }
            } else {
                if (item.name() == null || item.name().isBlank()) {
                    errors.add(error(0, i, "name", "must not be blank"));
                }
                if (item.kind() == TaskKind.SUMMARY) {
                    errors.add(error(0, i, "kind", "a task becomes a SUMMARY when it gets subtasks; create it as TASK"));
                }
                tasks[i] = Task.create(projectId, null, 0, item.name(), now);
                created[i] = true;
            }
        }

        // Parents of new tasks: a ref (of a new or an existing task) or an existing task's id.
        UUID[] parents = new UUID[items.size()];
        for (int i = 0; i < items.size(); i++) {
            BulkTask item = items.get(i);
            if (item == null || !created[i] || item.parent() == null) {
                continue;
            }
            UUID parent = resolve(item.parent(), refs, tasks, wbs);
            if (parent == null) {
                errors.add(error(0, i, "parent", "'" + item.parent() + "' is neither a ref of this request nor a task "
                        + "of this project"));
            } else if (parent.equals(tasks[i].id)) {
                errors.add(error(0, i, "parent", "a task cannot be its own parent"));
            } else if (assigned.contains(parent)) {
                errors.add(error(0, i, "parent", "task '" + wbs.task(parent).name + "' has resources assigned "
                        + "(task-has-assignments); a summary task takes none, so remove its assignments first"));
            }
            parents[i] = parent;
        }
        Map<UUID, Integer> newIndex = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            if (created[i]) {
                newIndex.put(tasks[i].id, i);
            }
        }
        for (int i = 0; i < items.size(); i++) {
            // New tasks can only form a parent cycle among themselves.
            Integer at = parents[i] == null ? null : newIndex.get(parents[i]);
            for (int steps = 0; at != null && steps <= items.size(); steps++) {
                if (at == i) {
                    errors.add(error(0, i, "parent", "the parents of this request's tasks would form a cycle"));
                    break;
                }
                at = parents[at] == null ? null : newIndex.get(parents[at]);
            }
        }

        // Fields and the rules of one task, on the new or the stored task.
        for (int i = 0; i < items.size(); i++) {
            BulkTask item = items.get(i);
            if (item == null || tasks[i] == null) {
                continue;
            }
            Task task = tasks[i];
            boolean milestone = created[i] ? item.kind() == TaskKind.MILESTONE : wbs.kind(task) == TaskKind.MILESTONE;
            if (created[i]) {
                task.duration = item.duration() != null ? item.duration() : milestone ? 0 : 1;
            } else {
                if (item.name() != null) {
                    task.name = item.name();
                }
                if (item.duration() != null) {
                    task.duration = item.duration();
                }
                task.touch(now);
            }
            if (item.description() != null) {
                task.description = item.description();
            }
            if (item.estimate() != null) {
                task.optimistic = item.estimate().optimistic();
                task.mostLikely = item.estimate().mostLikely();
                task.pessimistic = item.estimate().pessimistic();
            }
            if (item.effortHours() != null) {
                task.effortHours = item.effortHours();
            }
            if (item.constraint() != null) {
                task.constraintType = item.constraint().type() == null ? ConstraintType.ASAP : item.constraint().type();
                task.constraintDate = item.constraint().date();
            }
            if (item.deadline() != null) {
                task.deadline = item.deadline();
            }
            try {
                task.validate(milestone && created[i]);
            } catch (ProblemException e) {
                List<Problem.FieldError> rules = e.toProblem(null).errors();
                if (rules == null || rules.isEmpty()) {
                    errors.add(error(0, i, "", e.getMessage()));
                } else {
                    for (Problem.FieldError f : rules) {
                        errors.add(error(0, i, f.field(), f.message()));
                    }
                }
            }
        }

        // Links: both ends resolved, no self-link, no duplicate of a stored link or of another item.
        List<Dependency> newLinks = new ArrayList<>(links.size());
        for (int i = 0; i < links.size(); i++) {
            BulkDependency link = links.get(i);
            if (link == null || link.predecessor() == null || link.successor() == null) {
                continue;
            }
            UUID p = resolve(link.predecessor(), refs, tasks, wbs);
            UUID s = resolve(link.successor(), refs, tasks, wbs);
            if (p == null) {
                errors.add(error(1, i, "predecessor", "'" + link.predecessor()
                        + "' is neither a ref of this request nor a task of this project"));
            }
            if (s == null) {
                errors.add(error(1, i, "successor", "'" + link.successor()
                        + "' is neither a ref of this request nor a task of this project"));
            }
            if (p == null || s == null) {
                continue;
            }
            if (p.equals(s)) {
                errors.add(error(1, i, "successor", "a task cannot depend on itself"));
            } else if (!pairs.add(p + ">" + s)) {
                errors.add(error(1, i, "successor", "task " + s + " already depends on task " + p));
            } else {
                newLinks.add(Dependency.link(projectId, p, s, link.type() == null ? LinkType.FS : link.type(),
                        link.lag() == null ? 0 : link.lag(), now));
            }
        }

        // Assignments: a leaf task (one getting subtasks in this request is a summary), the rules of a single
        // assignment, one per task and resource among the stored ones and this request's.
        Set<UUID> summaries = new HashSet<>();
        for (UUID parent : parents) {
            if (parent != null) {
                summaries.add(parent);
            }
        }
        List<Assignment> newAssignments = new ArrayList<>(staffing.size());
        Map<UUID, Task> staffedTasks = new HashMap<>();
        for (int i = 0; i < staffing.size(); i++) {
            BulkAssignment item = staffing.get(i);
            if (item == null || item.task() == null || item.resourceId() == null) {
                continue;
            }
            UUID taskId = resolve(item.task(), refs, tasks, wbs);
            if (taskId == null) {
                errors.add(error(2, i, "task", "'" + item.task()
                        + "' is neither a ref of this request nor a task of this project"));
                continue;
            }
            Integer index = refs.get(item.task());
            Task task = index != null ? tasks[index] : wbs.task(taskId);
            if (summaries.contains(taskId) || (!newIndex.containsKey(taskId) && wbs.isSummary(taskId))) {
                errors.add(error(2, i, "task", "task '" + task.name + "' is a summary task (summary-task-assignment); "
                        + "assign resources to the tasks beneath it"));
            } else if (!staffed.add(taskId + ">" + item.resourceId())) {
                errors.add(error(2, i, "resourceId", "resource " + item.resourceId() + " is assigned to task '"
                        + task.name + "' already (duplicate-assignment)"));
            }
            try {
                newAssignments.add(Assignment.assign(task, item.resourceId(), item.units(), item.workHours(), now));
                staffedTasks.put(taskId, task);
            } catch (ProblemException e) {
                List<Problem.FieldError> rules = e.toProblem(null).errors();
                if (rules == null || rules.isEmpty()) {
                    errors.add(error(2, i, "", e.getMessage()));
                } else {
                    for (Problem.FieldError f : rules) {
                        errors.add(error(2, i, f.field(), f.message()));
                    }
                }
            }
        }

        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(Error::section).thenComparingInt(Error::index)
                    .thenComparing(e -> e.error().field()));
            // One entry per field: a value Bean Validation refused is not reported again by the task's rules.
            Map<String, Problem.FieldError> byField = new LinkedHashMap<>();
            errors.forEach(e -> byField.putIfAbsent(e.error().field(), e.error()));
            List<Problem.FieldError> listed = List.copyOf(byField.values());
            throw new ProblemException.Unprocessable(listed.size() == 1 ? listed.get(0).field() + ": "
                    + listed.get(0).message() : listed.size() + " fields are invalid; nothing was changed", listed);
        }

        // Write. Every event goes into the outbox by native statements, and in the default AUTO flush mode each
        // statement makes Hibernate dirty-check every entity of the session first: the whole project read above
        // plus everything written here, so a call cost O(items × project size). Flushed explicitly instead where
        // a query must see what was written (the recompute flushes when it starts), and once more at commit.
        Session session = Task.getEntityManager().unwrap(Session.class);
        FlushMode flushMode = session.getHibernateFlushMode();
        session.setHibernateFlushMode(FlushMode.COMMIT);
        try {
            return Optional.of(write(project, before, stored, wbs, items, tasks, created, parents, newIndex, newLinks,
                    newAssignments, staffedTasks, now));
        } finally {
            session.setHibernateFlushMode(flushMode);
        }
    }

    /** The checked plan written, announced and rescheduled once (in COMMIT flush mode, see the caller). */
    private BulkPlanResult write(Project project, ScheduleService.Snapshot before, List<Task> stored, Wbs wbs,
            List<BulkTask> items, Task[] tasks, boolean[] created, UUID[] parents, Map<UUID, Integer> newIndex,
            List<Dependency> newLinks, List<Assignment> newAssignments, Map<UUID, Task> staffedTasks, Instant now) {
        UUID projectId = project.id;
        // New tasks appended under their parents in request order, parents before children.
        Map<UUID, Integer> nextPosition = new HashMap<>();
        List<Integer> order = new ArrayList<>();
        Set<Integer> placed = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            place(i, created, parents, newIndex, placed, order);
        }
        for (int i : order) {
            Task task = tasks[i];
            task.parentId = parents[i];
            task.position = nextPosition.computeIfAbsent(parents[i] == null ? ROOT : parents[i],
                    parent -> wbs.children(parent == ROOT ? null : parent).size());
            nextPosition.merge(parents[i] == null ? ROOT : parents[i], 1, Integer::sum);
            task.persist();
        }
        Task.flush();
        List<Task> all = new ArrayList<>(stored);
        for (int i : order) {
            all.add(tasks[i]);
        }
        Wbs after = Wbs.of(all);
        PersonRef by = caller.person();
        Map<String, UUID> refIds = new LinkedHashMap<>();
        int updated = 0;
        for (int i = 0; i < items.size(); i++) {
            Task task = tasks[i];
            if (items.get(i).ref() != null) {
                refIds.put(items.get(i).ref(), task.id);
            }
            TaskEvents.TaskState state = TaskEvents.TaskState.of(task, after);
            if (created[i]) {
                outbox.publish(projectId, task.id, new TaskEvents.TaskCreated(task.id, projectId, project.key, state,
                        by));
            } else {
                updated++;
                outbox.publish(projectId, task.id, new TaskEvents.TaskUpdated(task.id, projectId, project.key, state,
                        by));
            }
        }
        for (Dependency d : newLinks) {
            d.persist();
            outbox.publish(projectId, d.id, DependencyEvents.DependencyAdded.of(project, d, by));
        }
        ScheduleService.Snapshot result = schedules.recompute(project, before);
        // Assignments last, announced as single ones are, with the dates of the one recompute.
        Map<UUID, TaskSchedule> schedule = new HashMap<>();
        Task.flush(); // the schedule rows the recompute stored for new tasks
        List<UUID> staffedIds = List.copyOf(staffedTasks.keySet());
        for (int from = 0; from < staffedIds.size(); from += 1000) {
            TaskSchedule.of(staffedIds.subList(from, Math.min(staffedIds.size(), from + 1000)))
                    .forEach(s -> schedule.put(s.taskId, s));
        }
        for (Assignment a : newAssignments) {
            a.persist();
            outbox.publish(projectId, a.id, AssignmentEvents.added(project, a, staffedTasks.get(a.taskId),
                    schedule.get(a.taskId), by));
        }
        return new BulkPlanResult(projectId, items.size() - updated, updated, newLinks.size(),
                newAssignments.size(), refIds, result.state().projectFinish);
    }

    /** Stands for the top level in the per-parent position counters. */
    private static final UUID ROOT = new UUID(0, 0);

    /** Adds new task i to the write order after its new parent (recursively). */
    private static void place(int i, boolean[] created, UUID[] parents, Map<UUID, Integer> newIndex,
            Set<Integer> placed, List<Integer> order) {
        if (!created[i] || !placed.add(i)) {
            return;
        }
        Integer parent = parents[i] == null ? null : newIndex.get(parents[i]);
        if (parent != null) {
            place(parent, created, parents, newIndex, placed, order);
        }
        order.add(i);
    }

    /** A ref of this request, or the id of a task of the project; null when it is neither. */
    private static UUID resolve(String reference, Map<String, Integer> refs, Task[] tasks, Wbs wbs) {
        Integer i = refs.get(reference);
        if (i != null) {
            return tasks[i] == null ? null : tasks[i].id;
        }
        try {
            UUID id = UUID.fromString(reference);
            return wbs.task(id) == null ? null : id;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Error error(int section, int index, String field, String message) {
        String path = (section == 0 ? "tasks[" : section == 1 ? "dependencies[" : "assignments[") + index + "]"
                + (field.isEmpty() ? "" : "." + field);
        return new Error(section, index, new Problem.FieldError(path, message));
    }

    private static int indexOf(String path) {
        int open = path.indexOf('[');
        int close = path.indexOf(']');
        if (open < 0 || close < open) {
            return -1;
        }
        try {
            return Integer.parseInt(path.substring(open + 1, close));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
