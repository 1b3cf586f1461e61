package io.implementa.project.schedule.engine;

import static io.implementa.project.schedule.engine.ScheduleAssertions.MON_3_MARCH;
import static io.implementa.project.schedule.engine.ScheduleAssertions.assertScheduled;
import static io.implementa.project.schedule.engine.ScheduleAssertions.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Working-day arithmetic, and scheduling across weekends, holidays and exceptions. */
class WorkCalendarTest {

    private static final WorkCalendar STANDARD = WorkCalendar.standard();
    /** Good Friday and Easter Monday 2025 off; Saturday 12 April worked. */
    private static final WorkCalendar EASTER = WorkCalendar.builder()
            .holiday(date("2025-04-18"))
            .holiday(date("2025-04-21"))
            .extraWorkingDay(date("2025-04-12"))
            .build();

    @Test
    void standardCalendarWorksMondayToFriday() {
        assertTrue(STANDARD.isWorkingDay(date("2025-03-07")));
        assertFalse(STANDARD.isWorkingDay(date("2025-03-08")));
        assertFalse(STANDARD.isWorkingDay(date("2025-03-09")));
        assertEquals(8.0, STANDARD.hoursPerDay());
    }

    @Test
    void addsAndSubtractsWorkingDaysAcrossWeekends() {
        assertEquals(date("2025-03-10"), STANDARD.addWorkingDays(date("2025-03-07"), 1));
        assertEquals(date("2025-03-07"), STANDARD.addWorkingDays(date("2025-03-10"), -1));
        assertEquals(date("2025-03-17"), STANDARD.addWorkingDays(date("2025-03-03"), 10));
        assertEquals(date("2025-03-03"), STANDARD.addWorkingDays(date("2025-03-17"), -10));
    }

    @Test
    void countsFromANonWorkingDayAsIfTheGapWereSkipped() {
        assertEquals(date("2025-03-10"), STANDARD.addWorkingDays(date("2025-03-08"), 1));
        assertEquals(date("2025-03-07"), STANDARD.addWorkingDays(date("2025-03-08"), -1));
        assertEquals(date("2025-03-10"), STANDARD.addWorkingDays(date("2025-03-08"), 0));
    }

    @Test
    void countsWorkingDaysInAHalfOpenRange() {
        assertEquals(5, STANDARD.workingDaysBetween(date("2025-03-03"), date("2025-03-10")));
        assertEquals(0, STANDARD.workingDaysBetween(date("2025-03-08"), date("2025-03-10")));
        assertEquals(-5, STANDARD.workingDaysBetween(date("2025-03-10"), date("2025-03-03")));
        assertEquals(3, EASTER.workingDaysBetween(date("2025-04-17"), date("2025-04-24")));
    }

    @Test
    void findsNextAndPreviousWorkingDays() {
        assertEquals(date("2025-04-22"), EASTER.nextWorkingDay(date("2025-04-17")));
        assertEquals(date("2025-04-17"), EASTER.previousWorkingDay(date("2025-04-22")));
        assertEquals(date("2025-04-22"), EASTER.workingDayOnOrAfter(date("2025-04-18")));
        assertEquals(date("2025-04-17"), EASTER.workingDayOnOrBefore(date("2025-04-20")));
        assertEquals(date("2025-04-14"), EASTER.nextWorkingDay(date("2025-04-12")));
        assertEquals(date("2025-04-12"), EASTER.previousWorkingDay(date("2025-04-14")));
    }

    @Test
    void holidaysAndExtraWorkingDaysOverrideTheWeek() {
        assertFalse(EASTER.isWorkingDay(date("2025-04-18")));
        assertTrue(EASTER.isWorkingDay(date("2025-04-12")));
        assertFalse(EASTER.isWorkingDay(date("2025-04-13")));
    }

    @Test
    void ordinalsNumberWorkingDaysConsecutively() {
        int friday = STANDARD.ordinal(date("2025-03-07"));
        assertEquals(friday + 1, STANDARD.ordinal(date("2025-03-10")));
        assertEquals(date("2025-03-10"), STANDARD.date(friday + 1));
        assertEquals(friday + 1, STANDARD.ordinalOnOrAfter(date("2025-03-08")));
        assertEquals(friday, STANDARD.ordinalOnOrBefore(date("2025-03-09")));
        assertThrows(DateTimeException.class, () -> STANDARD.ordinal(date("2025-03-08")));
    }

    @Test
    void refusesDatesOutsideItsWindow() {
        WorkCalendar narrow = WorkCalendar.builder().window(date("2025-01-01"), date("2025-12-31")).build();
        assertThrows(DateTimeException.class, () -> narrow.isWorkingDay(date("2026-01-02")));
        assertThrows(DateTimeException.class, () -> narrow.date(narrow.workingDayCount()));
        assertEquals(date("2025-01-01"), narrow.date(0));
    }

    @Test
    void convertsHoursToWholeWorkingDays() {
        assertEquals(2, STANDARD.toWorkingDays(16));
        assertEquals(1, STANDARD.toWorkingDays(4));
        assertEquals(0, STANDARD.toWorkingDays(3));
        assertEquals(-1, STANDARD.toWorkingDays(-8));
        assertEquals(2, WorkCalendar.builder().hoursPerDay(7.5).build().toWorkingDays(15));
    }

    @Test
    void schedulesAroundHolidays() {
        WorkCalendar cal = WorkCalendar.builder().holiday(date("2025-03-05")).build();
        Network.Builder b = Network.builder();
        int a = b.addTask("A", 3);
        int c = b.addTask("B", 2);
        b.link(a, c);
        Schedule s = CpmScheduler.schedule(b.build(), cal, MON_3_MARCH);
        assertScheduled(s, a, "2025-03-03", "2025-03-06");
        assertScheduled(s, c, "2025-03-07", "2025-03-10");
    }

    @Test
    void schedulesOnAFourDayWeekAndOnExtraWorkingDays() {
        WorkCalendar fourDays = WorkCalendar.builder()
                .workingWeekdays(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)
                .build();
        Network.Builder b = Network.builder();
        int a = b.addTask("A", 5);
        Network net = b.build();
        assertScheduled(CpmScheduler.schedule(net, fourDays, MON_3_MARCH), a, "2025-03-03", "2025-03-10");

        WorkCalendar saturdayWorked = WorkCalendar.builder().extraWorkingDay(date("2025-03-08")).build();
        Network.Builder six = Network.builder();
        int t = six.addTask("T", 6);
        assertScheduled(CpmScheduler.schedule(six.build(), saturdayWorked, MON_3_MARCH), t, "2025-03-03", "2025-03-08");
    }

    @Test
    void projectStartOnAWeekendMeansTheNextWorkingDay() {
        Network.Builder b = Network.builder();
        int a = b.addTask("A", 1);
        Schedule s = CpmScheduler.schedule(b.build(), STANDARD, LocalDate.of(2025, 3, 1));
        assertScheduled(s, a, "2025-03-03", "2025-03-03");
        assertEquals(date("2025-03-03"), s.projectStartDate());
    }
}
