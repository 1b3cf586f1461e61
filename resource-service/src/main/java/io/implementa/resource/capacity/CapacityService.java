package io.implementa.resource.capacity;

import io.implementa.platform.http.IfMatch;
import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.PageView;
import io.implementa.platform.http.Patch;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Sorting;
import io.implementa.resource.capacity.CapacityApi.AbsenceView;
import io.implementa.resource.capacity.CapacityApi.CapacityView;
import io.implementa.resource.capacity.CapacityApi.CreateAbsenceRequest;
import io.implementa.resource.capacity.CapacityApi.CreateHolidayCalendarRequest;
import io.implementa.resource.capacity.CapacityApi.HolidayCalendarView;
import io.implementa.resource.capacity.CapacityApi.PeriodHours;
import io.implementa.resource.capacity.CapacityApi.UpdateHolidayCalendarRequest;
import io.implementa.resource.capacity.CapacityApi.WorkingCalendarRequest;
import io.implementa.resource.capacity.CapacityApi.WorkingCalendarView;
import io.implementa.resource.resource.Resource;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Use cases of holiday calendars, working calendars, absences and the capacity they leave. */
@ApplicationScoped
public class CapacityService {

    private final Clock clock;
    private final CapacityCalculator calculator;
    private final Event<CapacityChanged> capacityChanged;

    public CapacityService(Clock clock, CapacityCalculator calculator, Event<CapacityChanged> capacityChanged) {
        this.clock = clock;
        this.calculator = calculator;
        this.capacityChanged = capacityChanged;
    }

    /**
     * Fired (synchronously, inside the writing transaction) when a resource's capacity may have changed over
     * the days named, so that over-allocation is re-checked with the change.
     */
    public record CapacityChanged(UUID resourceId, LocalDate from, LocalDate to) {
    }

    @Transactional
    public HolidayCalendarView createCalendar(CreateHolidayCalendarRequest request) {
        HolidayCalendar calendar = HolidayCalendar.define(request.name(), request.description(),
                CapacityApi.holidays(request.holidays()), clock.instant());
        calendar.persistAndFlush();
        return HolidayCalendarView.of(calendar);
    }

    public Optional<HolidayCalendarView> findCalendar(UUID id) {
        return HolidayCalendar.<HolidayCalendar>findByIdOptional(id).map(HolidayCalendarView::of);
    }

    public PageView<HolidayCalendarView> listCalendars(String text, PageRequest page) {
        Sort sort = Sorting.parse(page.sort, Map.of("name", "name", "createdAt", "createdAt"), Sort.by("name").and("id"));
        if (text == null || text.isBlank()) {
            return PageView.of(HolidayCalendar.findAll(sort), page, HolidayCalendarView::of);
        }
        return PageView.of(HolidayCalendar.find("lower(name) like :text", sort,
                Parameters.with("text", "%" + text.trim().toLowerCase().replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%")), page, HolidayCalendarView::of);
    }

    @Transactional
    public Optional<HolidayCalendarView> updateCalendar(UUID id, IfMatch ifMatch, UpdateHolidayCalendarRequest request) {
        Optional<HolidayCalendar> found = HolidayCalendar.findByIdOptional(id);
        found.ifPresent(calendar -> {
            ifMatch.check(calendar.version);
            var holidays = request.holidays() == null ? calendar.holidays()
                    : CapacityApi.holidays(Patch.required(request.holidays(), List.of(), "holidays"));
            if (calendar.revise(Patch.required(request.name(), calendar.name, "name"),
                    Patch.optional(request.description(), calendar.description), holidays, clock.instant())) {
                calendar.flush();
                WorkingCalendar.<WorkingCalendar>list("calendarId", id).forEach(w -> capacityChanged.fire(
                        new CapacityChanged(w.resourceId, LocalDate.MIN, LocalDate.MAX)));
            }
        });
        return found.map(HolidayCalendarView::of);
    }

    public WorkingCalendarView workingCalendar(UUID resourceId) {
        requireResource(resourceId);
        return WorkingCalendar.<WorkingCalendar>findByIdOptional(resourceId)
                .map(c -> WorkingCalendarView.of(c, true))
                .orElseGet(() -> WorkingCalendarView.of(WorkingCalendar.standard(resourceId), false));
    }

    @Transactional
    public WorkingCalendarView setWorkingCalendar(UUID resourceId, IfMatch ifMatch, WorkingCalendarRequest request) {
        requireResource(resourceId);
        if (request.holidayCalendarId() != null && HolidayCalendar.findById(request.holidayCalendarId()) == null) {
            throw new ProblemException.Unprocessable("holidayCalendarId", "names no holiday calendar");
        }
        Map<DayOfWeek, BigDecimal> week = new EnumMap<>(DayOfWeek.class);
        week.put(DayOfWeek.MONDAY, request.monday());
        week.put(DayOfWeek.TUESDAY, request.tuesday());
        week.put(DayOfWeek.WEDNESDAY, request.wednesday());
        week.put(DayOfWeek.THURSDAY, request.thursday());
        week.put(DayOfWeek.FRIDAY, request.friday());
        week.put(DayOfWeek.SATURDAY, request.saturday());
        week.put(DayOfWeek.SUNDAY, request.sunday());
        Optional<WorkingCalendar> existing = WorkingCalendar.findByIdOptional(resourceId);
        WorkingCalendar calendar = existing.orElseGet(() -> WorkingCalendar.standard(resourceId));
        existing.ifPresent(c -> ifMatch.check(c.version));
        boolean changed = calendar.revise(week, request.holidayCalendarId(), clock.instant());
        if (existing.isEmpty()) {
            calendar.persist();
        }
        calendar.flush();
        if (changed) {
            capacityChanged.fire(new CapacityChanged(resourceId, LocalDate.MIN, LocalDate.MAX));
        }
        return WorkingCalendarView.of(calendar, true);
    }

    @Transactional
    public AbsenceView recordAbsence(UUID resourceId, CreateAbsenceRequest request) {
        requireResource(resourceId);
        Absence absence = Absence.record(resourceId, request.kind(), request.startDate(), request.endDate(),
                request.hoursPerDay(), request.note(), clock.instant());
        absence.persistAndFlush();
        capacityChanged.fire(new CapacityChanged(resourceId, absence.startDate, absence.endDate));
        return AbsenceView.of(absence);
    }

    /** The resource's absences overlapping the dates given (all when none are), latest first by default. */
    public PageView<AbsenceView> absences(UUID resourceId, LocalDate from, LocalDate to, PageRequest page) {
        requireResource(resourceId);
        List<String> conditions = new ArrayList<>(List.of("resourceId = :resource"));
        Parameters parameters = Parameters.with("resource", resourceId);
        if (from != null) {
            conditions.add("endDate >= :from");
            parameters.and("from", from);
        }
        if (to != null) {
            conditions.add("startDate <= :to");
            parameters.and("to", to);
        }
        Sort sort = Sorting.parse(page.sort, Map.of("startDate", "startDate", "createdAt", "createdAt"),
                Sort.descending("startDate").and("id"));
        return PageView.of(Absence.find(String.join(" and ", conditions), sort, parameters), page, AbsenceView::of);
    }

    /** @return whether the absence existed */
    @Transactional
    public boolean cancelAbsence(UUID resourceId, UUID absenceId) {
        requireResource(resourceId);
        Optional<Absence> absence = Absence.<Absence>find("id = ?1 and resourceId = ?2", absenceId, resourceId)
                .firstResultOptional();
        absence.ifPresent(a -> {
            a.delete();
            capacityChanged.fire(new CapacityChanged(resourceId, a.startDate, a.endDate));
        });
        return absence.isPresent();
    }

    public CapacityView capacity(UUID resourceId, LocalDate from, LocalDate to, Granularity granularity) {
        requireResource(resourceId);
        Window window = Window.of(from, to, LocalDate.now(clock));
        Granularity by = granularity == null ? Granularity.WEEK : granularity;
        double[] daily = calculator.daily(resourceId, window);
        List<Granularity.Period> periods = by.split(window.from(), window.to());
        List<BigDecimal> sums = CapacityCalculator.sums(daily, window, periods);
        List<PeriodHours> rows = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (int i = 0; i < periods.size(); i++) {
            rows.add(new PeriodHours(periods.get(i).start(), periods.get(i).end(), sums.get(i)));
            total = total.add(sums.get(i));
        }
        return new CapacityView(resourceId, window.from(), window.to(), by, total, rows);
    }

    static Resource requireResource(UUID id) {
        return Resource.<Resource>findByIdOptional(id).orElseThrow(() -> new ProblemException.NotFound("resource", id));
    }
}
