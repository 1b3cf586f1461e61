package io.implementa.resource.capacity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** How days are summed into periods: one per day, per ISO week (Monday to Sunday) or per calendar month. */
public enum Granularity {
    DAY, WEEK, MONTH;

    /** A period of a window, its first and last day clipped to the window. */
    public record Period(LocalDate start, LocalDate end) {
    }

    /** The window's periods in order; the first and last may be partial. */
    public List<Period> split(LocalDate from, LocalDate to) {
        List<Period> periods = new ArrayList<>();
        LocalDate start = from;
        while (!start.isAfter(to)) {
            LocalDate end = switch (this) {
                case DAY -> start;
                case WEEK -> start.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
                case MONTH -> start.with(TemporalAdjusters.lastDayOfMonth());
            };
            if (end.isAfter(to)) {
                end = to;
            }
            periods.add(new Period(start, end));
            start = end.plusDays(1);
        }
        return periods;
    }
}
