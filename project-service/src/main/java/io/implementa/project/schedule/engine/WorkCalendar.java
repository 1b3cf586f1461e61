package io.implementa.project.schedule.engine;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A project's working-time calendar: which dates are working days.
 *
 * <p>A date is a working day when its weekday is a working weekday and it is not a holiday, or when
 * it is listed as an extra working date (an exception that wins over both). Working time is counted
 * in whole days; {@link #hoursPerDay()} only converts hour-based inputs (MS Project durations, lags).
 *
 * <p>Everything is precomputed once over a fixed window of dates (by default 1970-01-01 to
 * 2169-12-31): each date maps to the number of working days before it, so every operation below is
 * a couple of array reads. The scheduler works on these integers and converts to dates only at the
 * edges. Dates outside the window are refused with a {@link DateTimeException}.
 *
 * <p><b>Ordinals.</b> The working days of the window are numbered 0, 1, 2, … in date order; that
 * number is a day's <em>ordinal</em>. Ordinals are only meaningful for one calendar instance.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class WorkCalendar {

    public static final LocalDate DEFAULT_WINDOW_START = LocalDate.of(1970, 1, 1);
    public static final LocalDate DEFAULT_WINDOW_END = LocalDate.of(2169, 12, 31);

    private static final WorkCalendar STANDARD = builder().build();

    private final LocalDate windowStart;
    private final LocalDate windowEnd;
    private final int windowStartEpochDay;
    /** workingBefore[k] = number of working days in [windowStart, windowStart + k); length days + 1. */
    private final int[] workingBefore;
    /** epochDayOfOrdinal[o] = epoch day of the working day with ordinal o. */
    private final int[] epochDayOfOrdinal;
    private final Set<DayOfWeek> workingWeekdays;
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> extraWorkingDays;
    private final double hoursPerDay;

    private WorkCalendar(Builder b) {
        this.windowStart = b.windowStart;
        this.windowEnd = b.windowEnd;
        this.windowStartEpochDay = Math.toIntExact(windowStart.toEpochDay());
        this.workingWeekdays = Set.copyOf(b.workingWeekdays);
        this.holidays = Set.copyOf(b.holidays);
        this.extraWorkingDays = Set.copyOf(b.extraWorkingDays);
        this.hoursPerDay = b.hoursPerDay;

        int days = Math.toIntExact(windowEnd.toEpochDay() - windowStart.toEpochDay() + 1);
        boolean[] weekdayWorks = new boolean[7];
        for (DayOfWeek d : workingWeekdays) {
            weekdayWorks[d.getValue() - 1] = true;
        }
        boolean[] working = new boolean[days];
        // Day of week advances by one per day; avoids a LocalDate per day of the window.
        int dow = windowStart.getDayOfWeek().getValue() - 1;
        for (int k = 0; k < days; k++) {
            working[k] = weekdayWorks[dow];
            dow = dow == 6 ? 0 : dow + 1;
        }
        for (LocalDate h : holidays) {
            long k = h.toEpochDay() - windowStartEpochDay;
            if (k >= 0 && k < days) {
                working[(int) k] = false;
            }
        }
        for (LocalDate w : extraWorkingDays) {
            long k = w.toEpochDay() - windowStartEpochDay;
            if (k >= 0 && k < days) {
                working[(int) k] = true;
            }
        }
        int[] before = new int[days + 1];
        int count = 0;
        for (int k = 0; k < days; k++) {
            before[k] = count;
            if (working[k]) {
                count++;
            }
        }
        before[days] = count;
        int[] ordinals = new int[count];
        for (int k = 0, o = 0; k < days; k++) {
            if (working[k]) {
                ordinals[o++] = windowStartEpochDay + k;
            }
        }
        this.workingBefore = before;
        this.epochDayOfOrdinal = ordinals;
    }

    /** Monday to Friday, 8 hours a day, no holidays. */
    public static WorkCalendar standard() {
        return STANDARD;
    }

    public static Builder builder() {
        return new Builder();
    }

    public boolean isWorkingDay(LocalDate date) {
        int k = offset(date);
        return workingBefore[k + 1] > workingBefore[k];
    }

    /** The first working day strictly after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        return date(ordinalOnOrBefore(date) + 1);
    }

    /** The last working day strictly before {@code date}. */
    public LocalDate previousWorkingDay(LocalDate date) {
        return date(ordinalOnOrAfter(date) - 1);
    }

    /** {@code date} itself when it is a working day, otherwise the next working day. */
    public LocalDate workingDayOnOrAfter(LocalDate date) {
        return date(ordinalOnOrAfter(date));
    }

    /** {@code date} itself when it is a working day, otherwise the previous working day. */
    public LocalDate workingDayOnOrBefore(LocalDate date) {
        return date(ordinalOnOrBefore(date));
    }

    /**
     * The working day {@code n} working days after (n &gt; 0) or before (n &lt; 0) {@code date}.
     * From a non-working date, counting starts at the working day on the far side of the gap:
     * Saturday + 1 is Monday and Saturday − 1 is Friday, as if the weekend were skipped. With
     * {@code n == 0} the result is {@link #workingDayOnOrAfter(LocalDate)}.
     */
    public LocalDate addWorkingDays(LocalDate date, int n) {
        if (n > 0) {
            return date(ordinalOnOrBefore(date) + n);
        }
        return date(ordinalOnOrAfter(date) + n);
    }

    /**
     * The number of working days in {@code [from, toExclusive)}; negative when {@code toExclusive}
     * is before {@code from}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate toExclusive) {
        return ordinalOnOrAfter(toExclusive) - ordinalOnOrAfter(from);
    }

    /** The ordinal of a working day; a non-working date has none. */
    public int ordinal(LocalDate workingDay) {
        int k = offset(workingDay);
        if (workingBefore[k + 1] == workingBefore[k]) {
            throw new DateTimeException(workingDay + " is not a working day");
        }
        return workingBefore[k];
    }

    /** The ordinal of {@code date} if it is a working day, else of the next working day. */
    public int ordinalOnOrAfter(LocalDate date) {
        return workingBefore[offset(date)];
    }

    /** The ordinal of {@code date} if it is a working day, else of the previous working day. */
    public int ordinalOnOrBefore(LocalDate date) {
        return workingBefore[offset(date) + 1] - 1;
    }

    /** The working day with this ordinal. */
    public LocalDate date(int ordinal) {
        return LocalDate.ofEpochDay(epochDay(ordinal));
    }

    /** The epoch day of the working day with this ordinal (cheaper than {@link #date(int)}). */
    public int epochDay(int ordinal) {
        if (ordinal < 0 || ordinal >= epochDayOfOrdinal.length) {
            throw new DateTimeException("Working day #" + ordinal + " is outside the calendar window "
                    + windowStart + ".." + windowEnd);
        }
        return epochDayOfOrdinal[ordinal];
    }

    /** Number of working days in the window; valid ordinals are {@code [0, workingDayCount())}. */
    public int workingDayCount() {
        return epochDayOfOrdinal.length;
    }

    /**
     * Converts a work amount in hours to whole working days, rounding half up (MS Project's 12h at
     * 8h/day is 2 days; 4h is 1 day; 3h is 0 days).
     */
    public int toWorkingDays(double hours) {
        double days = hours / hoursPerDay;
        return (int) (days >= 0 ? Math.floor(days + 0.5) : -Math.floor(-days + 0.5));
    }

    public double hoursPerDay() {
        return hoursPerDay;
    }

    public Set<DayOfWeek> workingWeekdays() {
        return workingWeekdays;
    }

    public Set<LocalDate> holidays() {
        return holidays;
    }

    public Set<LocalDate> extraWorkingDays() {
        return extraWorkingDays;
    }

    public LocalDate windowStart() {
        return windowStart;
    }

    public LocalDate windowEnd() {
        return windowEnd;
    }

    // Working-time instants: the scheduler's internal time axis. Instant i is the boundary at the
    // start of working day i, which is also the end of working day i - 1.

    /** The instant at which work starting on {@code date} begins (next working day if non-working). */
    int startInstant(LocalDate date) {
        return workingBefore[offset(date)];
    }

    /** The instant at which work finishing on {@code date} ends (previous working day if non-working). */
    int finishInstant(LocalDate date) {
        return workingBefore[offset(date) + 1];
    }

    int startInstant(int epochDay) {
        return workingBefore[offset(epochDay)];
    }

    int finishInstant(int epochDay) {
        return workingBefore[offset(epochDay) + 1];
    }

    private int offset(LocalDate date) {
        Objects.requireNonNull(date, "date");
        long k = date.toEpochDay() - windowStartEpochDay;
        if (k < 0 || k >= workingBefore.length - 1) {
            throw outside(date);
        }
        return (int) k;
    }

    private int offset(int epochDay) {
        long k = (long) epochDay - windowStartEpochDay;
        if (k < 0 || k >= workingBefore.length - 1) {
            throw outside(LocalDate.ofEpochDay(epochDay));
        }
        return (int) k;
    }

    private DateTimeException outside(LocalDate date) {
        return new DateTimeException(date + " is outside the calendar window " + windowStart + ".." + windowEnd);
    }

    @Override
    public String toString() {
        return "WorkCalendar" + new TreeSet<>(workingWeekdays) + ", " + holidays.size() + " holidays, "
                + extraWorkingDays.size() + " extra working days, " + hoursPerDay + "h/day";
    }

    /** Builds a {@link WorkCalendar}; defaults are Monday–Friday, 8 hours a day, no exceptions. */
    public static final class Builder {
        private final EnumSet<DayOfWeek> workingWeekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        private final Set<LocalDate> holidays = new TreeSet<>();
        private final Set<LocalDate> extraWorkingDays = new TreeSet<>();
        private double hoursPerDay = 8;
        private LocalDate windowStart = DEFAULT_WINDOW_START;
        private LocalDate windowEnd = DEFAULT_WINDOW_END;

        private Builder() {
        }

        public Builder workingWeekdays(DayOfWeek... days) {
            return workingWeekdays(Set.of(days));
        }

        public Builder workingWeekdays(Collection<DayOfWeek> days) {
            if (days.isEmpty()) {
                throw new IllegalArgumentException("A calendar needs at least one working weekday");
            }
            workingWeekdays.clear();
            workingWeekdays.addAll(days);
            return this;
        }

        /** A non-working date (public holiday, shutdown day). */
        public Builder holiday(LocalDate date) {
            holidays.add(Objects.requireNonNull(date, "date"));
            return this;
        }

        public Builder holidays(Collection<LocalDate> dates) {
            dates.forEach(this::holiday);
            return this;
        }

        /** Every date of {@code [from, to]} is a holiday. */
        public Builder holidays(LocalDate from, LocalDate to) {
            from.datesUntil(to.plusDays(1)).forEach(this::holiday);
            return this;
        }

        /** A date worked although its weekday is not a working weekday (or it is also a holiday). */
        public Builder extraWorkingDay(LocalDate date) {
            extraWorkingDays.add(Objects.requireNonNull(date, "date"));
            return this;
        }

        public Builder extraWorkingDays(Collection<LocalDate> dates) {
            dates.forEach(this::extraWorkingDay);
            return this;
        }

        public Builder hoursPerDay(double hours) {
            if (!(hours > 0 && hours <= 24)) {
                throw new IllegalArgumentException("Hours per day must be in (0, 24]: " + hours);
            }
            this.hoursPerDay = hours;
            return this;
        }

        /** The dates over which the calendar is precomputed (inclusive). */
        public Builder window(LocalDate from, LocalDate to) {
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("Window ends before it starts: " + from + ".." + to);
            }
            this.windowStart = from;
            this.windowEnd = to;
            return this;
        }

        public WorkCalendar build() {
            return new WorkCalendar(this);
        }
    }
}
