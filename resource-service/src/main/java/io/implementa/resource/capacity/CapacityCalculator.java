package io.implementa.resource.capacity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Working hours per day of a window for many resources at once, in three queries (working weeks, the
 * holidays of their calendars inside the window, the absences overlapping it) and one pass over the window's
 * days per resource: the cost grows with the window and the number of resources, never with all time.
 */
@ApplicationScoped
public class CapacityCalculator {

    private final EntityManager em;

    public CapacityCalculator(EntityManager em) {
        this.em = em;
    }

    /** Hours per day of the window (index 0 is {@code window.from()}) of each resource. */
    public Map<UUID, double[]> daily(Collection<UUID> resourceIds, Window window) {
        Map<UUID, double[]> result = new HashMap<>();
        if (resourceIds.isEmpty()) {
            return result;
        }
        Map<UUID, WorkingCalendar> calendars = new HashMap<>();
        WorkingCalendar.<WorkingCalendar>list("resourceId in ?1", resourceIds)
                .forEach(c -> calendars.put(c.resourceId, c));
        Map<UUID, List<LocalDate>> holidays = holidays(calendars.values(), window);
        Map<UUID, List<Absence>> absences = new HashMap<>();
        Absence.<Absence>list("resourceId in ?1 and startDate <= ?2 and endDate >= ?3", resourceIds, window.to(),
                window.from()).forEach(a -> absences.computeIfAbsent(a.resourceId, k -> new java.util.ArrayList<>()).add(a));
        for (UUID id : resourceIds) {
            WorkingCalendar calendar = calendars.getOrDefault(id, WorkingCalendar.standard(id));
            result.put(id, daily(calendar.hoursByWeekday(),
                    calendar.calendarId == null ? List.of() : holidays.getOrDefault(calendar.calendarId, List.of()),
                    absences.getOrDefault(id, List.of()), window));
        }
        return result;
    }

    public double[] daily(UUID resourceId, Window window) {
        return daily(List.of(resourceId), window).get(resourceId);
    }

    /** The weekly pattern, then holidays at zero, then absences taking their hours off (never below zero). */
    static double[] daily(double[] weekdayHours, List<LocalDate> holidays, List<Absence> absences, Window window) {
        int days = window.days();
        double[] hours = new double[days];
        int weekday = window.from().getDayOfWeek().getValue() - 1;
        for (int i = 0; i < days; i++) {
            hours[i] = weekdayHours[(weekday + i) % 7];
        }
        for (LocalDate holiday : holidays) {
            if (window.overlaps(holiday, holiday)) {
                hours[window.indexOf(holiday)] = 0;
            }
        }
        for (Absence absence : absences) {
            int first = Math.max(0, window.indexOf(absence.startDate));
            int last = Math.min(days - 1, window.indexOf(absence.endDate));
            for (int i = first; i <= last; i++) {
                hours[i] = absence.hoursPerDay == null ? 0 : Math.max(0, hours[i] - absence.hoursPerDay.doubleValue());
            }
        }
        return hours;
    }

    private Map<UUID, List<LocalDate>> holidays(Collection<WorkingCalendar> calendars, Window window) {
        List<UUID> ids = calendars.stream().map(c -> c.calendarId).filter(java.util.Objects::nonNull).distinct().toList();
        Map<UUID, List<LocalDate>> holidays = new HashMap<>();
        if (ids.isEmpty()) {
            return holidays;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select calendar_id, day from holiday_calendar_day where calendar_id in (?1) and day between ?2 and ?3")
                .setParameter(1, ids).setParameter(2, window.from()).setParameter(3, window.to())
                .getResultList();
        for (Object[] row : rows) {
            LocalDate day = row[1] instanceof Date d ? d.toLocalDate() : (LocalDate) row[1];
            holidays.computeIfAbsent((UUID) row[0], k -> new java.util.ArrayList<>()).add(day);
        }
        return holidays;
    }

    /** Sums daily hours into the window's periods, rounded to hundredths. */
    public static List<BigDecimal> sums(double[] daily, Window window, List<Granularity.Period> periods) {
        return periods.stream().map(p -> {
            double sum = 0;
            for (int i = window.indexOf(p.start()); i <= window.indexOf(p.end()); i++) {
                sum += daily[i];
            }
            return round(sum);
        }).toList();
    }

    public static BigDecimal round(double hours) {
        return BigDecimal.valueOf(hours).setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
