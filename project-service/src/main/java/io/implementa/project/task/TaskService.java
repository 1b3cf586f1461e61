package io.implementa.project.task;

import io.implementa.platform.http.IfMatch;
import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.PageView;
import io.implementa.platform.http.Patch;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Sorting;
import io.implementa.platform.outbox.Outbox;
import io.implementa.platform.security.Caller;
import io.implementa.project.calendar.ProjectCalendar;
import io.implementa.project.project.Project;
import io.implementa.project.schedule.ScheduleService;
import io.implementa.project.schedule.TaskSchedule;
import io.implementa.project.schedule.engine.ConstraintType;
import io.implementa.project.schedule.engine.WorkCalendar;
import io.implementa.project.task.TaskApi.Constraint;
import io.implementa.project.task.TaskApi.CreateTaskRequest;
import io.implementa.project.task.TaskApi.Estimate;
import io.implementa.project.task.TaskApi.MoveTaskRequest;
import io.implementa.project.task.TaskApi.ScheduleFields;
import io.implementa.project.task.TaskApi.TaskView;
import io.implementa.project.task.TaskApi.UpdateTaskRequest;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Use cases of the work breakdown: add, change, move and delete tasks. Sibling positions stay 0, 1, 2 …
 * without gaps, so outline numbers are always consistent; every change that can move dates reschedules
 * the project in the same transaction (see {@link ScheduleService}). The edit's own event is written
 * before the schedule events it causes, so consumers see the task before its new dates.
 */
@ApplicationScoped
public class TaskService {

    private static final Map<String, String> SORTABLE = Map.of("outline", "outline");

    private final ScheduleService schedules;
    private final AssignmentService assignments;
    private final Outbox outbox;
    private final Caller caller;
    private final Clock clock;

    public TaskService(ScheduleService schedules, AssignmentService assignments, Outbox outbox, Caller caller,
            Clock clock) {
        this.schedules = schedules;
        this.assignments = assignments;
        this.outbox = outbox;
        this.caller = caller;
        this.clock = clock;
    }

    /** List filters; each one that is set narrows the result. */
    public record Filter(UUID parentId, TaskStatus status, Boolean critical) {
    }

    @Transactional
    public Optional<TaskView> create(UUID projectId, CreateTaskRequest request) {
        return schedules.lockForChange(projectId).map(project -> {
            ScheduleService.Snapshot before = schedules.before(project);
            Wbs wbs = Wbs.of(projectId);
            if (request.parentId() != null && wbs.task(request.parentId()) == null) {
                throw new ProblemException.Unprocessable("parentId",
                        "task " + request.parentId() + " is not a task of this project");
            }
            requireUnassigned(wbs, request.parentId());
            if (request.kind() == TaskKind.SUMMARY) {
                throw new ProblemException.Unprocessable("kind",
                        "a task becomes a SUMMARY when it gets subtasks; create it as TASK");
            }
            List<Task> siblings = new ArrayList<>(wbs.children(request.parentId()));
            int position = request.position() == null ? siblings.size()
                    : Math.min(request.position(), siblings.size());
            Task task = Task.create(projectId, request.parentId(), position, request.name(), clock.instant());
            siblings.add(position, task);
            renumber(siblings);
            boolean milestone = request.kind() == TaskKind.MILESTONE;
            task.description = request.description();
            task.duration = request.duration() != null ? request.duration() : milestone ? 0 : 1;
            setEstimate(task, request.estimate());
            task.effortHours = request.effortHours();
            task.percentComplete = request.percentComplete() == null ? 0 : request.percentComplete();
            task.actualStart = request.actualStart();
            task.actualFinish = request.actualFinish();
            task.status = request.status() == null ? TaskStatus.NOT_STARTED : request.status();
            setConstraint(task, request.constraint());
            task.deadline = request.deadline();
            settle(task);
            task.validate(milestone);
            task.persist();
            Wbs now = Wbs.of(projectId);
            outbox.publish(projectId, task.id, new TaskEvents.TaskCreated(task.id, projectId, project.key,
                    TaskEvents.TaskState.of(task, now), caller.person()));
            schedules.recompute(project, before);
            return view(now, task);
        });
    }

    public Optional<TaskView> find(UUID projectId, UUID taskId) {
        Wbs wbs = Wbs.of(projectId);
        Task task = wbs.task(taskId);
        return task == null ? Optional.empty() : Optional.of(view(wbs, task));
    }

    public Optional<PageView<TaskView>> list(UUID projectId, Filter filter, PageRequest page) {
        if (Project.findByIdOptional(projectId).isEmpty()) {
            return Optional.empty();
        }
        Sort sort = Sorting.parse(page.sort, SORTABLE, Sort.by("outline"));
        boolean descending = sort.getColumns().get(0).getDirection() == Sort.Direction.Descending;
        Wbs wbs = Wbs.of(projectId);
        Views views = new Views(wbs);
        List<TaskView> all = new ArrayList<>();
        for (Task t : wbs.inOutlineOrder()) {
            if (filter.parentId() != null && !filter.parentId().equals(t.parentId)) {
                continue;
            }
            if (filter.status() != null && filter.status() != t.status) {
                continue;
            }
            TaskView v = views.of(t);
            if (filter.critical() != null && filter.critical() != (v.schedule() != null && v.schedule().critical())) {
                continue;
            }
            all.add(v);
        }
        if (descending) {
            Collections.reverse(all);
        }
        int from = (int) Math.min((long) page.page * page.size, all.size());
        int to = Math.min(from + page.size, all.size());
        return Optional.of(new PageView<>(List.copyOf(all.subList(from, to)), page.page, page.size, all.size(),
                (all.size() + page.size - 1) / page.size));
    }

    @Transactional
    public Optional<TaskView> update(UUID projectId, UUID taskId, IfMatch ifMatch, UpdateTaskRequest request) {
        if (Task.find(projectId, taskId).isEmpty()) {
            return Optional.empty();
        }
        return schedules.lockForChange(projectId).map(project -> {
            ScheduleService.Snapshot before = schedules.before(project);
            Task task = Task.find(projectId, taskId).orElseThrow();
            ifMatch.check(task.version);
            task.name = Patch.required(request.name(), task.name, "name");
            task.description = Patch.optional(request.description(), task.description);
            task.duration = Patch.required(request.duration(), task.duration, "duration");
            if (request.estimate() != null && request.estimate().isPresent()) {
                setEstimate(task, request.estimate().get());
            } else if (request.estimate() != null) {
                setEstimate(task, null);
            }
            task.effortHours = Patch.optional(request.effortHours(), task.effortHours);
            task.percentComplete = Patch.required(request.percentComplete(), task.percentComplete, "percentComplete");
            task.actualStart = Patch.optional(request.actualStart(), task.actualStart);
            task.actualFinish = Patch.optional(request.actualFinish(), task.actualFinish);
            task.status = Patch.required(request.status(), task.status, "status");
            if (request.constraint() != null) {
                setConstraint(task, request.constraint().orElse(null));
            }
            task.deadline = Patch.optional(request.deadline(), task.deadline);
            settle(task);
            task.validate(false);
            task.touch(clock.instant());
            task.flush();
            Wbs now = Wbs.of(projectId);
            outbox.publish(projectId, task.id, new TaskEvents.TaskUpdated(task.id, projectId, project.key,
                    TaskEvents.TaskState.of(task, now), caller.person()));
            schedules.recompute(project, before);
            return view(now, task);
        });
    }

    /** Moves a task with its subtree under another parent (or to the top level) at a position. */
    @Transactional
    public Optional<TaskView> move(UUID projectId, UUID taskId, MoveTaskRequest request) {
        if (Task.find(projectId, taskId).isEmpty()) {
            return Optional.empty();
        }
        return schedules.lockForChange(projectId).map(project -> {
            ScheduleService.Snapshot before = schedules.before(project);
            Wbs wbs = Wbs.of(projectId);
            Task task = wbs.task(taskId);
            UUID newParent = request.parentId();
            if (newParent != null) {
                if (wbs.task(newParent) == null) {
                    throw new ProblemException.Unprocessable("parentId",
                            "task " + newParent + " is not a task of this project");
                }
                if (wbs.subtree(taskId).stream().anyMatch(t -> t.id.equals(newParent))) {
                    throw new ProblemException.Unprocessable("parentId",
                            "cannot move task '" + task.name + "' beneath itself");
                }
                requireUnassigned(wbs, newParent);
            }
            List<Task> oldSiblings = new ArrayList<>(wbs.children(task.parentId));
            oldSiblings.remove(task);
            renumber(oldSiblings);
            List<Task> newSiblings = new ArrayList<>(wbs.children(newParent));
            newSiblings.remove(task);
            int position = request.position() == null ? newSiblings.size()
                    : Math.min(request.position(), newSiblings.size());
            newSiblings.add(position, task);
            task.parentId = newParent;
            renumber(newSiblings);
            task.touch(clock.instant());
            task.flush();
            Wbs now = Wbs.of(projectId);
            outbox.publish(projectId, task.id, new TaskEvents.TaskUpdated(task.id, projectId, project.key,
                    TaskEvents.TaskState.of(task, now), caller.person()));
            schedules.recompute(project, before);
            return view(now, task);
        });
    }

    /** Deletes a task, everything beneath it and every dependency touching them. */
    @Transactional
    public boolean delete(UUID projectId, UUID taskId) {
        if (Task.find(projectId, taskId).isEmpty()) {
            return false;
        }
        Project project = schedules.lockForChange(projectId).orElseThrow();
        ScheduleService.Snapshot before = schedules.before(project);
        Wbs wbs = Wbs.of(projectId);
        Task root = wbs.task(taskId);
        List<Task> subtree = wbs.subtree(taskId);
        List<UUID> ids = subtree.stream().map(t -> t.id).toList();
        List<Task> siblings = new ArrayList<>(wbs.children(root.parentId));
        siblings.remove(root);
        renumber(siblings);
        Task.flush();
        assignments.removeWithTasks(project, subtree);
        Dependency.delete("predecessorId in ?1 or successorId in ?1", ids);
        TaskSchedule.delete("taskId in ?1", ids);
        for (int i = subtree.size() - 1; i >= 0; i--) {
            subtree.get(i).delete();
        }
        for (Task t : subtree) {
            outbox.publish(projectId, t.id, new TaskEvents.TaskDeleted(t.id, projectId, project.key, t.name,
                    t.parentId, caller.person()));
        }
        schedules.recompute(project, before);
        return true;
    }

    /** A task that becomes a summary must not keep assignments: summary tasks take none. */
    private static void requireUnassigned(Wbs wbs, UUID parentId) {
        if (parentId != null && !wbs.isSummary(parentId) && Assignment.exists(parentId)) {
            throw new ProblemException.Conflict("task-has-assignments", "Task has assignments",
                    "task '" + wbs.task(parentId).name + "' has resources assigned; a summary task takes none, so "
                            + "remove its assignments before adding subtasks to it").with("taskId", parentId);
        }
    }

    private static void renumber(List<Task> siblings) {
        for (int i = 0; i < siblings.size(); i++) {
            if (siblings.get(i).position != i) {
                siblings.get(i).position = i;
            }
        }
    }

    private static void setEstimate(Task task, Estimate estimate) {
        task.optimistic = estimate == null ? null : estimate.optimistic();
        task.mostLikely = estimate == null ? null : estimate.mostLikely();
        task.pessimistic = estimate == null ? null : estimate.pessimistic();
    }

    private static void setConstraint(Task task, Constraint constraint) {
        task.constraintType = constraint == null ? ConstraintType.ASAP : constraint.type();
        task.constraintDate = constraint == null ? null : constraint.date();
    }

    /** A DONE task is 100% complete. */
    private static void settle(Task task) {
        if (task.status == TaskStatus.DONE) {
            task.percentComplete = 100;
        }
    }

    private TaskView view(Wbs wbs, Task task) {
        return new Views(wbs).of(task);
    }

    /** Builds views with roll-ups; loads the project's schedule rows and calendar once. */
    private static final class Views {
        private final Wbs wbs;
        private final Map<UUID, TaskSchedule> schedule = new HashMap<>();
        private WorkCalendar calendar;
        private UUID projectId;

        Views(Wbs wbs) {
            this.wbs = wbs;
            List<Task> all = wbs.inOutlineOrder();
            if (!all.isEmpty()) {
                projectId = all.get(0).projectId;
                TaskSchedule.ofProject(projectId).forEach(s -> schedule.put(s.taskId, s));
            }
        }

        TaskView of(Task t) {
            TaskSchedule s = schedule.get(t.id);
            ScheduleFields fields = s == null ? null : new ScheduleFields(s.start, s.finish, s.earlyStart,
                    s.earlyFinish, s.lateStart, s.lateFinish, s.totalFloat, s.freeFloat, s.critical);
            TaskKind kind = wbs.kind(t);
            int duration = t.duration;
            BigDecimal effort = t.effortHours;
            int percent = t.percentComplete;
            if (kind == TaskKind.SUMMARY) {
                List<Task> leaves = wbs.leaves(t.id);
                effort = leaves.stream().map(l -> l.effortHours).filter(e -> e != null)
                        .reduce(BigDecimal::add).orElse(null);
                long weight = 0;
                long done = 0;
                for (Task leaf : leaves) {
                    weight += leaf.duration;
                    done += (long) leaf.duration * leaf.percentComplete;
                }
                percent = weight > 0 ? (int) (done / weight)
                        : (int) leaves.stream().mapToInt(l -> l.percentComplete).average().orElse(0);
                if (s != null && s.start != null && s.finish != null) {
                    duration = calendar().workingDaysBetween(s.start, s.finish.plusDays(1));
                }
            }
            Estimate estimate = t.optimistic == null ? null
                    : new Estimate(t.optimistic, t.mostLikely, t.pessimistic);
            Constraint constraint = new Constraint(t.constraintType, t.constraintDate);
            return new TaskView(t.id, t.projectId, t.parentId, wbs.outline(t.id), t.position, kind, t.name,
                    t.description, duration, estimate, t.expectedDuration(), effort, percent, t.actualStart,
                    t.actualFinish, t.status, constraint, t.deadline, fields, t.createdAt, t.updatedAt, t.version);
        }

        private WorkCalendar calendar() {
            if (calendar == null) {
                calendar = ProjectCalendar.of(projectId).toWorkCalendar();
            }
            return calendar;
        }
    }
}
