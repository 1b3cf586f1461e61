package io.implementa.resource.allocation;

import io.implementa.platform.outbox.Outbox;
import io.implementa.resource.capacity.CapacityCalculator;
import io.implementa.resource.capacity.Window;
import io.implementa.resource.resource.Resource;
import io.implementa.resource.resource.ResourceStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Task-level allocations: one HARD allocation per task assignment of the project-service, following the
 * assignment's resource and load and the task's dates, criticality and float. Runs in the inbox transaction
 * of the event that caused it, and re-checks the over-allocation of every resource it touched.
 */
@ApplicationScoped
public class TaskAllocations {

    /** Largest percent a task allocation books (numeric(5,2)); units above it are booked at it. */
    static final BigDecimal MAX_PERCENT = new BigDecimal("999.99");
    /** Largest hours per day (a day has 24); work beyond it is booked at it. */
    static final BigDecimal MAX_HOURS_PER_DAY = new BigDecimal("24");

    private final CapacityCalculator capacity;
    private final OverAllocationChecker checker;
    private final Outbox outbox;
    private final Clock clock;

    public TaskAllocations(CapacityCalculator capacity, OverAllocationChecker checker, Outbox outbox, Clock clock) {
        this.capacity = capacity;
        this.checker = checker;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The assignment as the project-service announced it (added, changed or, with {@code removed}, removed). */
    public record AssignmentState(UUID projectId, String projectKey, UUID assignmentId, UUID taskId,
            String taskName, UUID resourceId, BigDecimal units, BigDecimal workHours, LocalDate start,
            LocalDate finish, boolean critical, boolean removed) {
    }

    /** A task's schedule from {@code ScheduleRecomputed}. */
    public record ScheduledTask(UUID taskId, LocalDate start, LocalDate finish, boolean critical,
            Integer totalFloat) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void assignmentAnnounced(AssignmentState state) {
        TaskAssignment found = TaskAssignment.findById(state.assignmentId());
        TaskAssignment assignment = found != null ? found : TaskAssignment.of(state.assignmentId());
        TaskSchedule schedule = TaskSchedule.findById(state.taskId());
        assignment.projectId = state.projectId();
        assignment.projectKey = state.projectKey();
        assignment.taskId = state.taskId();
        assignment.taskName = state.taskName();
        assignment.resourceId = state.resourceId();
        assignment.units = state.units();
        assignment.workHours = state.workHours();
        // The event carries the task's dates; a task not scheduled at the time takes the last schedule known.
        assignment.startDate = state.start() != null || schedule == null ? state.start() : schedule.startDate;
        assignment.finishDate = state.finish() != null || schedule == null ? state.finish() : schedule.finishDate;
        assignment.critical = state.critical();
        assignment.removed = state.removed();
        if (found == null) {
            assignment.persist();
        }
        Set<UUID> touched = new LinkedHashSet<>();
        follow(assignment, schedule == null ? null : schedule.totalFloat, touched);
        touched.forEach(checker::recheck);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void scheduleRecomputed(UUID projectId, List<ScheduledTask> tasks, List<UUID> removedTaskIds) {
        Set<UUID> touched = new LinkedHashSet<>();
        for (ScheduledTask task : tasks) {
            TaskSchedule schedule = TaskSchedule.<TaskSchedule>findByIdOptional(task.taskId()).orElseGet(() -> {
                TaskSchedule fresh = TaskSchedule.of(task.taskId(), projectId);
                fresh.persist();
                return fresh;
            });
            schedule.startDate = task.start();
            schedule.finishDate = task.finish();
            schedule.critical = task.critical();
            schedule.totalFloat = task.totalFloat();
            schedule.removed = false;
            for (TaskAssignment assignment : assignmentsOf(projectId, task.taskId())) {
                assignment.startDate = task.start();
                assignment.finishDate = task.finish();
                assignment.critical = task.critical();
                follow(assignment, task.totalFloat(), touched);
            }
        }
        for (UUID removed : removedTaskIds) {
            TaskSchedule.<TaskSchedule>findByIdOptional(removed).ifPresent(s -> s.removed = true);
            for (TaskAssignment assignment : assignmentsOf(projectId, removed)) {
                assignment.removed = true;
                follow(assignment, null, touched);
            }
        }
        touched.forEach(checker::recheck);
    }

    private static List<TaskAssignment> assignmentsOf(UUID projectId, UUID taskId) {
        return TaskAssignment.list("taskId = ?1 and projectId = ?2 and removed = false", taskId, projectId);
    }

    /** Brings the assignment's allocation in line with it; collects the resources whose load changed. */
    private void follow(TaskAssignment assignment, Integer totalFloat, Set<UUID> touched) {
        Instant now = clock.instant();
        Allocation current = assignment.allocationId == null ? null : Allocation.findById(assignment.allocationId);
        if (current != null && current.status != AllocationStatus.ACTIVE) {
            current = null;
        }
        Resource resource = Resource.findById(assignment.resourceId);
        if (current != null && !current.resourceId.equals(assignment.resourceId)) {
            releaseAllocation(current, now, touched);
            current = null;
        }
        Allocation.Terms terms = bookable(assignment, resource) ? terms(assignment) : null;
        if (terms == null) {
            if (current != null) {
                releaseAllocation(current, now, touched);
            }
            return;
        }
        if (current == null) {
            Allocation created = Allocation.forTask(resource.id, assignment.projectId, assignment.taskId, terms,
                    assignment.critical, totalFloat, now);
            created.persistAndFlush();
            assignment.allocationId = created.id;
            outbox.publish(created.projectId, created.id, AllocationEvents.AllocationCreated.of(created, resource));
            touched.add(resource.id);
        } else if (current.follow(terms, assignment.critical, totalFloat, now)) {
            current.flush();
            outbox.publish(current.projectId, current.id, AllocationEvents.AllocationChanged.of(current, resource));
            touched.add(resource.id);
        }
    }

    private void releaseAllocation(Allocation allocation, Instant now, Set<UUID> touched) {
        allocation.release(now);
        allocation.flush();
        outbox.publish(allocation.projectId, allocation.id,
                AllocationEvents.AllocationReleased.of(allocation, Resource.findById(allocation.resourceId)));
        touched.add(allocation.resourceId);
    }

    /** A live assignment with dates, of an active resource, in a project that has not ended, books time. */
    private static boolean bookable(TaskAssignment a, Resource resource) {
        return !a.removed && resource != null && resource.status == ResourceStatus.ACTIVE
                && a.startDate != null && a.finishDate != null && !a.finishDate.isBefore(a.startDate)
                && (a.units != null ? a.units.signum() > 0 : a.workHours != null && a.workHours.signum() > 0)
                && EndedProject.findById(a.projectId) == null;
    }

    /**
     * The allocation's terms: units are the percent of each working day; work hours are spread evenly over the
     * resource's working days of the task's range (capacity at the time of the event). A task longer than an
     * allocation may be is booked for the allowed length from its start.
     */
    private Allocation.Terms terms(TaskAssignment a) {
        LocalDate end = a.finishDate.isAfter(a.startDate.plusYears(Allocation.MAX_YEARS))
                ? a.startDate.plusYears(Allocation.MAX_YEARS) : a.finishDate;
        String note = "Task " + a.taskName + " (" + a.projectKey + ")";
        note = note.length() > 2000 ? note.substring(0, 2000) : note;
        if (a.units != null) {
            return new Allocation.Terms(a.startDate, end, a.units.min(MAX_PERCENT).setScale(2, RoundingMode.HALF_UP),
                    null, AllocationKind.HARD, note);
        }
        double[] days = capacity.daily(a.resourceId, new Window(a.startDate, end));
        long working = java.util.Arrays.stream(days).filter(h -> h > 0).count();
        long spread = working > 0 ? working : days.length;
        BigDecimal perDay = a.workHours.divide(BigDecimal.valueOf(spread), 2, RoundingMode.HALF_UP)
                .min(MAX_HOURS_PER_DAY);
        if (perDay.signum() <= 0) {
            perDay = new BigDecimal("0.01");
        }
        return new Allocation.Terms(a.startDate, end, null, perDay, AllocationKind.HARD, note);
    }
}
