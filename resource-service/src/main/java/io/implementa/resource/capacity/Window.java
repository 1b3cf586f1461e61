package io.implementa.resource.capacity;

import io.implementa.platform.http.Problem.FieldError;
import io.implementa.platform.http.ProblemException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The days a capacity or utilisation question is asked about, inclusive and at most {@link #MAX_YEARS} years
 * long: every computation iterates only over its window, never over all time.
 */
public record Window(LocalDate from, LocalDate to) {

    public static final int MAX_YEARS = 2;
    /** Days shown when a request names no end. */
    public static final int DEFAULT_DAYS = 28;

    public Window {
        if (to.isBefore(from)) {
            throw new ProblemException.Unprocessable("to", "must not be before from");
        }
    }

    /**
     * The window a request asks for; a missing start is today, a missing end {@value #DEFAULT_DAYS} days on.
     * Requests may span at most {@value #MAX_YEARS} years (internal windows are bounded by the allocations
     * they cover instead).
     */
    public static Window of(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate start = from != null ? from : today;
        LocalDate end = to != null ? to : start.plusDays(DEFAULT_DAYS - 1);
        if (end.isAfter(start.plusYears(MAX_YEARS))) {
            throw new ProblemException.Unprocessable("window too long",
                    List.of(new FieldError("to", "must be at most " + MAX_YEARS + " years after from")));
        }
        return new Window(start, end);
    }

    public int days() {
        return (int) ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The index of a day in the window's arrays. */
    public int indexOf(LocalDate day) {
        return (int) ChronoUnit.DAYS.between(from, day);
    }

    public boolean overlaps(LocalDate start, LocalDate end) {
        return !start.isAfter(to) && !end.isBefore(from);
    }
}
