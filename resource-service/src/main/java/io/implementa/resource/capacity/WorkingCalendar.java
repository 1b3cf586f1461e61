package io.implementa.resource.capacity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/**
 * A resource's working week (hours per weekday) and the holiday calendar it follows. Resources without
 * one work {@link #DEFAULT_HOURS} hours Monday to Friday and have no holidays.
 */
@Entity
@Table(name = "working_calendar")
public class WorkingCalendar extends PanacheEntityBase {

    public static final BigDecimal DEFAULT_HOURS = BigDecimal.valueOf(8);

    @Id
    @Column(name = "resource_id")
    public UUID resourceId;

    @Column(nullable = false)
    BigDecimal monday;
    @Column(nullable = false)
    BigDecimal tuesday;
    @Column(nullable = false)
    BigDecimal wednesday;
    @Column(nullable = false)
    BigDecimal thursday;
    @Column(nullable = false)
    BigDecimal friday;
    @Column(nullable = false)
    BigDecimal saturday;
    @Column(nullable = false)
    BigDecimal sunday;

    @Column(name = "calendar_id")
    public UUID calendarId;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    protected WorkingCalendar() {
    }

    /** The calendar of a resource that has none of its own: 8 hours Monday to Friday. */
    public static WorkingCalendar standard(UUID resourceId) {
        WorkingCalendar calendar = new WorkingCalendar();
        calendar.resourceId = resourceId;
        Map<DayOfWeek, BigDecimal> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, day.getValue() <= 5 ? DEFAULT_HOURS : BigDecimal.ZERO);
        }
        calendar.setWeek(week);
        return calendar;
    }

    public Map<DayOfWeek, BigDecimal> week() {
        Map<DayOfWeek, BigDecimal> week = new EnumMap<>(DayOfWeek.class);
        week.put(DayOfWeek.MONDAY, monday);
        week.put(DayOfWeek.TUESDAY, tuesday);
        week.put(DayOfWeek.WEDNESDAY, wednesday);
        week.put(DayOfWeek.THURSDAY, thursday);
        week.put(DayOfWeek.FRIDAY, friday);
        week.put(DayOfWeek.SATURDAY, saturday);
        week.put(DayOfWeek.SUNDAY, sunday);
        return week;
    }

    /** Hours of each weekday, Monday first (index {@code DayOfWeek.getValue() - 1}). */
    public double[] hoursByWeekday() {
        double[] hours = new double[7];
        week().forEach((day, h) -> hours[day.getValue() - 1] = h.doubleValue());
        return hours;
    }

    /** @return whether anything changed */
    public boolean revise(Map<DayOfWeek, BigDecimal> week, UUID holidayCalendar, Instant now) {
        boolean changed = !sameWeek(week) || !java.util.Objects.equals(holidayCalendar, calendarId);
        setWeek(week);
        calendarId = holidayCalendar;
        if (changed || updatedAt == null) {
            updatedAt = now;
        }
        return changed;
    }

    private boolean sameWeek(Map<DayOfWeek, BigDecimal> week) {
        Map<DayOfWeek, BigDecimal> current = week();
        return week.entrySet().stream().allMatch(e -> current.get(e.getKey()) != null
                && current.get(e.getKey()).compareTo(e.getValue()) == 0);
    }

    private void setWeek(Map<DayOfWeek, BigDecimal> week) {
        monday = week.get(DayOfWeek.MONDAY);
        tuesday = week.get(DayOfWeek.TUESDAY);
        wednesday = week.get(DayOfWeek.WEDNESDAY);
        thursday = week.get(DayOfWeek.THURSDAY);
        friday = week.get(DayOfWeek.FRIDAY);
        saturday = week.get(DayOfWeek.SATURDAY);
        sunday = week.get(DayOfWeek.SUNDAY);
    }
}
