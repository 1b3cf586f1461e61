package io.implementa.project.exchange;

import io.implementa.project.calendar.ProjectCalendar;
import io.implementa.project.project.Project;
import io.implementa.project.schedule.TaskSchedule;
import io.implementa.project.schedule.engine.ConstraintType;
import io.implementa.project.projection.ProjectionStore;
import io.implementa.project.task.Assignment;
import io.implementa.project.task.Dependency;
import io.implementa.project.task.Task;
import io.implementa.project.task.Wbs;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.mpxj.Duration;
import org.mpxj.LocalTimeRange;
import org.mpxj.ProjectCalendarException;
import org.mpxj.ProjectFile;
import org.mpxj.ProjectProperties;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.Resource;
import org.mpxj.ResourceAssignment;
import org.mpxj.ResourceType;
import org.mpxj.TaskMode;
import org.mpxj.TimeUnit;
import org.mpxj.mspdi.MSPDIWriter;

/**
 * Writes a project as MSPDI that MS Project opens with the same structure and dates: the project
 * calendar as the standard calendar (8:00–12:00, 13:00–17:00 on working days, 8 hours a day), tasks
 * auto-scheduled with their durations, constraints, deadlines and progress, links with lags in days, and
 * our computed dates as the tasks' start and finish.
 */
@ApplicationScoped
public class PlanExportService {

    static final LocalTime DAY_START = LocalTime.of(8, 0);
    static final LocalTime DAY_END = LocalTime.of(17, 0);

    private final ProjectionStore projections;

    public PlanExportService(ProjectionStore projections) {
        this.projections = projections;
    }

    public Optional<byte[]> mspdi(UUID projectId) {
        return Project.<Project>findByIdOptional(projectId).map(project -> write(toFile(project)));
    }

    static byte[] write(ProjectFile file) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new MSPDIWriter().write(file, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ProjectFile toFile(Project project) {
        ProjectFile file = new ProjectFile();
        ProjectProperties props = file.getProjectProperties();
        props.setName(project.key);
        props.setProjectTitle(project.name);
        props.setStartDate(project.plannedStart.atTime(DAY_START));
        props.setMinutesPerDay(480);
        props.setDefaultStartTime(DAY_START);
        props.setDefaultEndTime(DAY_END);
        props.setDefaultCalendar(calendar(file, ProjectCalendar.of(project.id)));

        Wbs wbs = Wbs.of(project.id);
        Map<UUID, TaskSchedule> schedule = new HashMap<>();
        TaskSchedule.ofProject(project.id).forEach(s -> schedule.put(s.taskId, s));
        Map<UUID, org.mpxj.Task> exported = new HashMap<>();
        for (Task t : wbs.inOutlineOrder()) {
            org.mpxj.Task parent = t.parentId == null ? null : exported.get(t.parentId);
            org.mpxj.Task x = parent == null ? file.addTask() : parent.addTask();
            exported.put(t.id, x);
            String outline = wbs.outline(t.id);
            x.setName(t.name);
            x.setNotes(t.description);
            x.setOutlineNumber(outline);
            x.setOutlineLevel(outline.split("\\.").length);
            x.setWBS(outline);
            x.setTaskMode(TaskMode.AUTO_SCHEDULED);
            boolean summary = wbs.isSummary(t.id);
            x.setSummary(summary);
            TaskSchedule s = schedule.get(t.id);
            int days = summary && s != null && s.start != null
                    ? ProjectCalendar.of(project.id).toWorkCalendar().workingDaysBetween(s.start, s.finish.plusDays(1))
                    : t.duration;
            x.setDuration(Duration.getInstance(days, TimeUnit.DAYS));
            x.setMilestone(!summary && t.duration == 0);
            if (s != null && s.start != null) {
                boolean milestone = !summary && t.duration == 0;
                x.setStart(s.start.atTime(milestone ? DAY_END : DAY_START));
                x.setFinish(s.finish.atTime(DAY_END));
            }
            x.setConstraintType(constraint(t.constraintType));
            if (t.constraintDate != null) {
                boolean finish = t.constraintType == ConstraintType.FNET || t.constraintType == ConstraintType.FNLT
                        || t.constraintType == ConstraintType.MFO;
                x.setConstraintDate(t.constraintDate.atTime(finish ? DAY_END : DAY_START));
            }
            if (t.deadline != null) {
                x.setDeadline(t.deadline.atTime(DAY_END));
            }
            if (t.effortHours != null) {
                x.setWork(Duration.getInstance(t.effortHours.doubleValue(), TimeUnit.HOURS));
            }
            x.setPercentageComplete(t.percentComplete);
            x.setActualStart(t.actualStart == null ? null : t.actualStart.atTime(DAY_START));
            x.setActualFinish(t.actualFinish == null ? null : t.actualFinish.atTime(DAY_END));
        }
        for (Dependency d : Dependency.ofProject(project.id)) {
            org.mpxj.Task successor = exported.get(d.successorId);
            successor.addPredecessor(new Relation.Builder().predecessorTask(exported.get(d.predecessorId))
                    .type(switch (d.type) {
                        case FS -> RelationType.FINISH_START;
                        case SS -> RelationType.START_START;
                        case FF -> RelationType.FINISH_FINISH;
                        case SF -> RelationType.START_FINISH;
                    })
                    .lag(Duration.getInstance(d.lag, TimeUnit.DAYS)));
        }
        resources(file, project, wbs, exported);
        return file;
    }

    /**
     * The assigned resources, by their name and e-mail as resource-service last announced them (a resource
     * this service has no event of is named by its id), and the assignments: units as Units (with the Work
     * they make over the task's duration), work hours as Work with Units 0, so that a re-import tells the two
     * apart.
     */
    private void resources(ProjectFile file, Project project, Wbs wbs, Map<UUID, org.mpxj.Task> exported) {
        List<Assignment> assignments = Assignment.list("projectId = ?1 order by createdAt, id", project.id);
        if (assignments.isEmpty()) {
            return;
        }
        Map<UUID, ProjectionStore.KnownResource> known = new HashMap<>();
        projections.resources(assignments.stream().map(a -> a.resourceId).distinct().toList())
                .forEach(k -> known.put(k.resourceId(), k));
        Map<UUID, Resource> resources = new LinkedHashMap<>();
        for (Assignment a : assignments) {
            Resource r = resources.computeIfAbsent(a.resourceId, id -> {
                Resource x = file.addResource();
                ProjectionStore.KnownResource k = known.get(id);
                x.setName(k == null ? "Resource " + id : k.name());
                x.setEmailAddress(k == null ? null : k.email());
                x.setType(ResourceType.WORK);
                return x;
            });
            Task task = wbs.task(a.taskId);
            org.mpxj.Task t = exported.get(a.taskId);
            ResourceAssignment x = t.addResourceAssignment(r);
            if (a.units != null) {
                x.setUnits(a.units);
                x.setWork(Duration.getInstance(a.units.doubleValue() / 100 * task.duration * 8, TimeUnit.HOURS));
            } else {
                x.setUnits(0);
                x.setWork(Duration.getInstance(a.workHours.doubleValue(), TimeUnit.HOURS));
            }
            x.setStart(t.getStart());
            x.setFinish(t.getFinish());
        }
    }

    private static org.mpxj.ProjectCalendar calendar(ProjectFile file, ProjectCalendar source) {
        org.mpxj.ProjectCalendar c = file.addDefaultBaseCalendar();
        Set<DayOfWeek> working = source.weekdays();
        for (DayOfWeek day : DayOfWeek.values()) {
            c.setWorkingDay(day, working.contains(day));
            c.removeCalendarHours(day);
            org.mpxj.ProjectCalendarHours hours = c.addCalendarHours(day);
            if (working.contains(day)) {
                hours.add(org.mpxj.ProjectCalendarDays.DEFAULT_WORKING_MORNING);
                hours.add(org.mpxj.ProjectCalendarDays.DEFAULT_WORKING_AFTERNOON);
            }
        }
        for (LocalDate holiday : source.holidays) {
            c.addCalendarException(holiday, holiday).setName("Holiday");
        }
        for (LocalDate extra : source.extraWorkingDays) {
            ProjectCalendarException ex = c.addCalendarException(extra, extra);
            ex.setName("Working day");
            ex.add(new LocalTimeRange(LocalTime.of(8, 0), LocalTime.of(12, 0)));
            ex.add(new LocalTimeRange(LocalTime.of(13, 0), LocalTime.of(17, 0)));
        }
        file.setDefaultCalendar(c);
        return c;
    }

    private static org.mpxj.ConstraintType constraint(ConstraintType type) {
        return switch (type) {
            case ASAP -> org.mpxj.ConstraintType.AS_SOON_AS_POSSIBLE;
            case ALAP -> org.mpxj.ConstraintType.AS_LATE_AS_POSSIBLE;
            case SNET -> org.mpxj.ConstraintType.START_NO_EARLIER_THAN;
            case SNLT -> org.mpxj.ConstraintType.START_NO_LATER_THAN;
            case FNET -> org.mpxj.ConstraintType.FINISH_NO_EARLIER_THAN;
            case FNLT -> org.mpxj.ConstraintType.FINISH_NO_LATER_THAN;
            case MSO -> org.mpxj.ConstraintType.MUST_START_ON;
            case MFO -> org.mpxj.ConstraintType.MUST_FINISH_ON;
        };
    }
}
