package io.implementa.project.calendar;

import io.implementa.platform.http.ProblemException;
import io.implementa.project.schedule.engine.WorkCalendar;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A project's working time: the working weekdays plus dated exceptions. A project without a stored
 * calendar works Monday to Friday with no holidays. Tasks are scheduled in whole working days.
 */
@Entity
@Table(name = "project_calendar")
public class ProjectCalendar extends PanacheEntityBase {

    public static final Set<DayOfWeek> DEFAULT_WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    @Id
    @Column(name = "project_id")
    public UUID projectId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "working_weekdays", nullable = false)
    public List<String> workingWeekdays = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<LocalDate> holidays = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "extra_working_days", nullable = false)
    public List<LocalDate> extraWorkingDays = new ArrayList<>();

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** The stored calendar, or the default one (not persisted) for a project that never set one. */
    public static ProjectCalendar of(UUID projectId) {
        ProjectCalendar found = findById(projectId);
        if (found != null) {
            return found;
        }
        ProjectCalendar calendar = new ProjectCalendar();
        calendar.projectId = projectId;
        calendar.workingWeekdays = DEFAULT_WEEKDAYS.stream().map(DayOfWeek::name).toList();
        return calendar;
    }

    public boolean stored() {
        return isPersistent();
    }

    public Set<DayOfWeek> weekdays() {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        workingWeekdays.forEach(day -> days.add(DayOfWeek.valueOf(day)));
        return days;
    }

    /** Replaces the whole calendar; refuses a week without working days and a date both holiday and working. */
    public void define(Collection<DayOfWeek> weekdays, Collection<LocalDate> holidays,
            Collection<LocalDate> extraWorkingDays, Instant now) {
        if (weekdays.isEmpty()) {
            throw new ProblemException.Unprocessable("workingWeekdays", "must name at least one working weekday");
        }
        for (LocalDate date : holidays) {
            requireInWindow("holidays", date);
        }
        for (LocalDate date : extraWorkingDays) {
            requireInWindow("extraWorkingDays", date);
        }
        Set<LocalDate> both = new HashSet<>(holidays);
        both.retainAll(new HashSet<>(extraWorkingDays));
        if (!both.isEmpty()) {
            throw new ProblemException.Unprocessable("extraWorkingDays",
                    "dates cannot be both holidays and extra working days: " + both.stream().sorted().toList());
        }
        this.workingWeekdays = EnumSet.copyOf(weekdays).stream().map(DayOfWeek::name).toList();
        this.holidays = holidays.stream().distinct().sorted().toList();
        this.extraWorkingDays = extraWorkingDays.stream().distinct().sorted().toList();
        this.updatedAt = now;
    }

    /** Dates the scheduler can handle: 1970-01-01 to 2169-12-31. */
    public static void requireInWindow(String field, LocalDate date) {
        if (date != null && (date.isBefore(WorkCalendar.DEFAULT_WINDOW_START)
                || date.isAfter(WorkCalendar.DEFAULT_WINDOW_END))) {
            throw new ProblemException.Unprocessable(field, "must be between " + WorkCalendar.DEFAULT_WINDOW_START
                    + " and " + WorkCalendar.DEFAULT_WINDOW_END + ": " + date);
        }
    }

    /** The engine's calendar for this project. */
    public WorkCalendar toWorkCalendar() {
        return WorkCalendar.builder().workingWeekdays(weekdays()).holidays(holidays)
                .extraWorkingDays(extraWorkingDays).build();
    }
}
