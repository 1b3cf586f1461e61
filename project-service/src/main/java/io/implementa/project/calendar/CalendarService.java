package io.implementa.project.calendar;

import io.implementa.platform.http.IfMatch;
import io.implementa.project.calendar.CalendarApi.CalendarRequest;
import io.implementa.project.calendar.CalendarApi.CalendarView;
import io.implementa.project.project.Project;
import io.implementa.project.schedule.ScheduleService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads and replaces a project's calendar; a new calendar reschedules the project. */
@ApplicationScoped
public class CalendarService {

    private final ScheduleService schedules;
    private final Clock clock;

    public CalendarService(ScheduleService schedules, Clock clock) {
        this.schedules = schedules;
        this.clock = clock;
    }

    public Optional<CalendarView> find(UUID projectId) {
        return Project.findByIdOptional(projectId).map(p -> CalendarView.of(ProjectCalendar.of(projectId)));
    }

    @Transactional
    public Optional<CalendarView> define(UUID projectId, IfMatch ifMatch, CalendarRequest request) {
        return schedules.lockForChange(projectId).map(project -> {
            ScheduleService.Snapshot before = schedules.before(project);
            ProjectCalendar calendar = ProjectCalendar.of(projectId);
            if (calendar.stored()) {
                ifMatch.check(calendar.version);
            }
            calendar.define(request.workingWeekdays(),
                    request.holidays() == null ? List.of() : request.holidays(),
                    request.extraWorkingDays() == null ? List.of() : request.extraWorkingDays(), clock.instant());
            if (!calendar.stored()) {
                calendar.persist();
            }
            calendar.flush();
            schedules.recompute(project, before);
            return CalendarView.of(calendar);
        });
    }
}
