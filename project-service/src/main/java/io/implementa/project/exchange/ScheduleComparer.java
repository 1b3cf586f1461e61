package io.implementa.project.exchange;

import io.implementa.project.calendar.ProjectCalendar;
import io.implementa.project.exchange.ExchangeApi.Comparison;
import io.implementa.project.exchange.ExchangeApi.Difference;
import io.implementa.project.schedule.ScheduleApi.ScheduleView;
import io.implementa.project.schedule.ScheduleApi.ScheduledTaskView;
import io.implementa.project.schedule.ScheduleService;
import io.implementa.project.schedule.engine.WorkCalendar;
import io.implementa.project.task.TaskKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.mpxj.Duration;
import org.mpxj.ProjectFile;

/**
 * Compares a project's schedule with the figures MS Project saved in a plan file. Tasks are matched by
 * outline number and name, numbered as the import numbers them. MS Project works in minutes, we in
 * days: a start at the end of a working day is the next working day's start, a finish at the start of
 * a working day the previous working day's end (milestones keep their date).
 */
@ApplicationScoped
public class ScheduleComparer {

    private final ScheduleService schedules;

    public ScheduleComparer(ScheduleService schedules) {
        this.schedules = schedules;
    }

    /** One task of the file with the outline number the import gives it. */
    record FileTask(String outline, org.mpxj.Task task) {
    }

    public Optional<Comparison> compare(UUID projectId, ProjectFile file) {
        return schedules.view(projectId, false).map(view -> compare(view, file,
                ProjectCalendar.of(projectId).toWorkCalendar()));
    }

    static Comparison compare(ScheduleView view, ProjectFile file, WorkCalendar calendar) {
        LocalTime dayStart = Objects.requireNonNullElse(file.getProjectProperties().getDefaultStartTime(),
                LocalTime.of(8, 0));
        LocalTime dayEnd = Objects.requireNonNullElse(file.getProjectProperties().getDefaultEndTime(),
                LocalTime.of(17, 0));
        double hoursPerDay = PlanFiles.hoursPerDay(file);
        Map<String, ScheduledTaskView> ours = new HashMap<>();
        view.tasks().forEach(t -> ours.put(t.outline(), t));
        List<Difference> differences = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        int tasks = 0;
        int fields = 0;
        for (FileTask ft : outline(file)) {
            org.mpxj.Task t = ft.task();
            ScheduledTaskView o = ours.get(ft.outline());
            if (o == null || !o.name().equals(t.getName() == null ? "" : t.getName().strip())) {
                unmatched.add(t.getUniqueID() + " " + ft.outline() + " " + t.getName());
                continue;
            }
            tasks++;
            boolean milestone = o.kind() == TaskKind.MILESTONE;
            Object[][] pairs = {
                    {"Start", startDay(calendar, t.getStart(), dayEnd, milestone), o.start()},
                    {"Finish", finishDay(calendar, t.getFinish(), dayStart, milestone), o.finish()},
                    {"EarlyStart", startDay(calendar, t.getEarlyStart(), dayEnd, milestone), o.earlyStart()},
                    {"EarlyFinish", finishDay(calendar, t.getEarlyFinish(), dayStart, milestone), o.earlyFinish()},
                    {"LateStart", startDay(calendar, t.getLateStart(), dayEnd, milestone), o.lateStart()},
                    {"LateFinish", finishDay(calendar, t.getLateFinish(), dayStart, milestone), o.lateFinish()},
                    {"TotalSlack", slack(file, t.getTotalSlack(), hoursPerDay), days(o.totalFloat())},
                    {"FreeSlack", slack(file, t.getFreeSlack(), hoursPerDay), days(o.freeFloat())}};
            for (Object[] p : pairs) {
                if (p[1] == null) {
                    continue; // MS Project saved no figure for this field
                }
                fields++;
                if (!p[1].equals(p[2])) {
                    differences.add(new Difference(t.getUniqueID(), ft.outline(), o.name(), (String) p[0],
                            String.valueOf(p[1]), String.valueOf(p[2])));
                }
            }
        }
        LocalDateTime finish = file.getProjectProperties().getFinishDate();
        return new Comparison(view.projectId(), tasks, fields, fields - differences.size(),
                finish == null ? null : finishDay(calendar, finish, dayStart, false), view.projectFinish(),
                differences, unmatched);
    }

    /** The file's tasks in outline order, numbered as the import numbers them. */
    static List<FileTask> outline(ProjectFile file) {
        List<FileTask> out = new ArrayList<>();
        walk(file.getChildTasks(), "", new int[] {0}, out);
        return out;
    }

    private static void walk(List<org.mpxj.Task> children, String prefix, int[] position, List<FileTask> out) {
        for (org.mpxj.Task t : children) {
            Integer level = t.getOutlineLevel();
            if (level != null && level == 0) {
                walk(t.getChildTasks(), prefix, position, out);
                continue;
            }
            if (t.getNull()) {
                continue;
            }
            String outline = prefix + (++position[0]);
            out.add(new FileTask(outline, t));
            walk(t.getChildTasks(), outline + ".", new int[] {0}, out);
        }
    }

    static LocalDate startDay(WorkCalendar calendar, LocalDateTime at, LocalTime dayEnd, boolean milestone) {
        if (at == null) {
            return null;
        }
        if (!milestone && !at.toLocalTime().isBefore(dayEnd)) {
            return calendar.nextWorkingDay(at.toLocalDate());
        }
        return at.toLocalDate();
    }

    static LocalDate finishDay(WorkCalendar calendar, LocalDateTime at, LocalTime dayStart, boolean milestone) {
        if (at == null) {
            return null;
        }
        if (!milestone && !at.toLocalTime().isAfter(dayStart)) {
            return calendar.previousWorkingDay(at.toLocalDate());
        }
        return at.toLocalDate();
    }

    private static String slack(ProjectFile file, Duration d, double hoursPerDay) {
        if (d == null) {
            return null;
        }
        double hours = PlanFiles.hours(file, d);
        return Double.isNaN(hours) ? null : format(hours / hoursPerDay);
    }

    private static String days(Integer days) {
        return days == null ? null : format(days);
    }

    private static String format(double days) {
        double rounded = Math.rint(days * 1000) / 1000;
        return rounded == Math.rint(rounded) ? String.valueOf((long) rounded) : String.valueOf(rounded);
    }
}
