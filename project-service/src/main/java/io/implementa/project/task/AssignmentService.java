package io.implementa.project.task;

import io.implementa.platform.http.IfMatch;
import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.PageView;
import io.implementa.platform.http.Patch;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Sorting;
import io.implementa.platform.outbox.Outbox;
import io.implementa.platform.people.PersonRef;
import io.implementa.platform.security.Caller;
import io.implementa.project.project.Project;
import io.implementa.project.schedule.ScheduleService;
import io.implementa.project.schedule.TaskSchedule;
import io.implementa.project.task.AssignmentApi.AssignmentView;
import io.implementa.project.task.AssignmentApi.CreateAssignmentRequest;
import io.implementa.project.task.AssignmentApi.UpdateAssignmentRequest;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Use cases of task assignments. Assignments do not move dates (durations are fixed, there is no levelling),
 * so they never reschedule; they carry the task's current dates and critical flag in their events. Only leaf
 * tasks (tasks and milestones) take assignments; one assignment per task and resource.
 */
@ApplicationScoped
public class AssignmentService {

    private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt");

    private final ScheduleService schedules;
    private final Outbox outbox;
    private final Caller caller;
    private final Clock clock;

    public AssignmentService(ScheduleService schedules, Outbox outbox, Caller caller, Clock clock) {
        this.schedules = schedules;
        this.outbox = outbox;
        this.caller = caller;
        this.clock = clock;
    }

    /** List filters of the project-wide list; each one that is set narrows the result. */
    public record Filter(UUID taskId, UUID resourceId) {
    }

    /** Empty when the project or the task does not exist. */
    @Transactional
    public Optional<AssignmentView> create(UUID projectId, UUID taskId, CreateAssignmentRequest request) {
        if (Task.find(projectId, taskId).isEmpty()) {
            return Optional.empty();
        }
        return schedules.lockForChange(projectId).map(project -> {
            Task task = Task.find(projectId, taskId).orElseThrow();
            if (Wbs.of(projectId).isSummary(taskId)) {
                throw new ProblemException(422, "summary-task-assignment", "Summary task",
                        "task '" + task.name + "' is a summary task; assign resources to the tasks beneath it")
                        .with("taskId", taskId);
            }
            if (Assignment.count("taskId = ?1 and resourceId = ?2", taskId, request.resourceId()) > 0) {
                throw new ProblemException.Conflict("duplicate-assignment", "Duplicate assignment",
                        "resource " + request.resourceId() + " is assigned to task '" + task.name + "' already")
                        .with("resourceId", request.resourceId());
            }
            Assignment a = Assignment.assign(task, request.resourceId(), request.units(), request.workHours(),
                    clock.instant());
            a.persistAndFlush();
            TaskSchedule s = TaskSchedule.findById(taskId);
            outbox.publish(projectId, a.id, AssignmentEvents.added(project, a, task, s, caller.person()));
            return view(a, task, s);
        });
    }

    /** An assignment of a plan import: a leaf task just created, a resource, units or work hours. */
    public record Planned(Task task, UUID resourceId, java.math.BigDecimal units, java.math.BigDecimal workHours) {
    }

    /**
     * Stores the assignments of a plan import, in the importing transaction after its one recompute, each
     * announced as {@code TaskAssignmentAdded} with the recomputed dates, as bulk planning does. The importer
     * has checked them (leaf tasks, one per task and resource, values in range); a rule broken anyway fails the
     * whole import.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int addImported(Project project, List<Planned> planned) {
        if (planned.isEmpty()) {
            return 0;
        }
        Map<UUID, TaskSchedule> schedule = new HashMap<>();
        List<UUID> taskIds = planned.stream().map(p -> p.task().id).distinct().toList();
        for (int from = 0; from < taskIds.size(); from += 1000) {
            TaskSchedule.of(taskIds.subList(from, Math.min(taskIds.size(), from + 1000)))
                    .forEach(s -> schedule.put(s.taskId, s));
        }
        Instant now = clock.instant();
        PersonRef by = caller.person();
        for (Planned p : planned) {
            Assignment a = Assignment.assign(p.task(), p.resourceId(), p.units(), p.workHours(), now);
            a.persist();
            outbox.publish(project.id, a.id, AssignmentEvents.added(project, a, p.task(), schedule.get(p.task().id),
                    by));
        }
        Assignment.flush();
        return planned.size();
    }

    public Optional<AssignmentView> find(UUID projectId, UUID taskId, UUID assignmentId) {
        return Assignment.find(projectId, taskId, assignmentId).map(a -> view(a, Task.findById(a.taskId),
                TaskSchedule.findById(a.taskId)));
    }

    /** The assignments of one task; empty when there is no such task. */
    public Optional<PageView<AssignmentView>> listOfTask(UUID projectId, UUID taskId, PageRequest page) {
        if (Task.find(projectId, taskId).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(query(projectId, new Filter(taskId, null), page));
    }

    /** The project's assignments; empty when there is no such project. */
    public Optional<PageView<AssignmentView>> list(UUID projectId, Filter filter, PageRequest page) {
        if (Project.findByIdOptional(projectId).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(query(projectId, filter, page));
    }

    private PageView<AssignmentView> query(UUID projectId, Filter filter, PageRequest page) {
        Parameters parameters = Parameters.with("projectId", projectId);
        String query = "projectId = :projectId";
        if (filter.taskId() != null) {
            query += " and taskId = :taskId";
            parameters.and("taskId", filter.taskId());
        }
        if (filter.resourceId() != null) {
            query += " and resourceId = :resourceId";
            parameters.and("resourceId", filter.resourceId());
        }
        Sort sort = Sorting.parse(page.sort, SORTABLE, Sort.by("createdAt").and("id"));
        PageView<Assignment> found = PageView.of(Assignment.<Assignment>find(query, sort, parameters), page, a -> a);
        List<UUID> taskIds = found.items().stream().map(a -> a.taskId).distinct().toList();
        Map<UUID, Task> tasks = new HashMap<>();
        Map<UUID, TaskSchedule> schedule = new HashMap<>();
        if (!taskIds.isEmpty()) {
            Task.<Task>list("id in ?1", taskIds).forEach(t -> tasks.put(t.id, t));
            TaskSchedule.of(taskIds).forEach(s -> schedule.put(s.taskId, s));
        }
        return found.map(a -> view(a, tasks.get(a.taskId), schedule.get(a.taskId)));
    }

    @Transactional
    public Optional<AssignmentView> update(UUID projectId, UUID taskId, UUID assignmentId, IfMatch ifMatch,
            UpdateAssignmentRequest request) {
        if (Assignment.find(projectId, taskId, assignmentId).isEmpty()) {
            return Optional.empty();
        }
        return schedules.lockForChange(projectId).map(project -> {
            Assignment a = Assignment.find(projectId, taskId, assignmentId).orElseThrow();
            ifMatch.check(a.version);
            a.units = Patch.optional(request.units(), a.units);
            a.workHours = Patch.optional(request.workHours(), a.workHours);
            a.validate();
            a.updatedAt = clock.instant();
            a.flush();
            Task task = Task.findById(taskId);
            TaskSchedule s = TaskSchedule.findById(taskId);
            outbox.publish(projectId, a.id, AssignmentEvents.changed(project, a, task, s, caller.person()));
            return view(a, task, s);
        });
    }

    @Transactional
    public boolean remove(UUID projectId, UUID taskId, UUID assignmentId) {
        if (Assignment.find(projectId, taskId, assignmentId).isEmpty()) {
            return false;
        }
        Project project = schedules.lockForChange(projectId).orElseThrow();
        Assignment a = Assignment.find(projectId, taskId, assignmentId).orElseThrow();
        Task task = Task.findById(taskId);
        outbox.publish(projectId, a.id, AssignmentEvents.removed(project, a, task, TaskSchedule.findById(taskId),
                caller.person()));
        a.delete();
        return true;
    }

    /**
     * Removes the assignments of tasks about to be deleted, announcing each with its last state. Runs in
     * the deleting transaction, before the tasks and their schedule rows go.
     */
    void removeWithTasks(Project project, List<Task> tasks) {
        Map<UUID, Task> byId = new HashMap<>();
        tasks.forEach(t -> byId.put(t.id, t));
        List<Assignment> doomed = Assignment.ofTasks(byId.keySet());
        if (doomed.isEmpty()) {
            return;
        }
        Map<UUID, TaskSchedule> schedule = new HashMap<>();
        TaskSchedule.of(doomed.stream().map(a -> a.taskId).distinct().toList())
                .forEach(s -> schedule.put(s.taskId, s));
        PersonRef by = caller.person();
        for (Assignment a : doomed) {
            outbox.publish(project.id, a.id, AssignmentEvents.removed(project, a, byId.get(a.taskId),
                    schedule.get(a.taskId), by));
            a.delete();
        }
        Assignment.flush();
    }

    private static AssignmentView view(Assignment a, Task t, TaskSchedule s) {
        return new AssignmentView(a.id, a.projectId, a.taskId, t == null ? null : t.name, a.resourceId, a.units,
                a.workHours, s == null ? null : s.start, s == null ? null : s.finish, s != null && s.critical,
                a.createdAt, a.updatedAt, a.version);
    }
}
