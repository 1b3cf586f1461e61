package io.implementa.project.schedule.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

/** Assertions on one task's schedule in dates, so hand-checked expectations read like a Gantt chart. */
final class ScheduleAssertions {

    /** Monday. */
    static final LocalDate MON_3_MARCH = LocalDate.of(2025, 3, 3);

    private ScheduleAssertions() {
    }

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    /** Early start/finish and late start/finish, as ISO dates. */
    static void assertEarlyLate(Schedule s, int task, String es, String ef, String ls, String lf) {
        ScheduledTask t = s.task(task);
        String name = String.valueOf(t.key());
        assertEquals(date(es), t.earlyStart(), name + " early start");
        assertEquals(date(ef), t.earlyFinish(), name + " early finish");
        assertEquals(date(ls), t.lateStart(), name + " late start");
        assertEquals(date(lf), t.lateFinish(), name + " late finish");
    }

    static void assertScheduled(Schedule s, int task, String start, String finish) {
        ScheduledTask t = s.task(task);
        assertEquals(date(start), t.start(), t.key() + " start");
        assertEquals(date(finish), t.finish(), t.key() + " finish");
    }

    static void assertFloat(Schedule s, int task, int total, int free, boolean critical) {
        ScheduledTask t = s.task(task);
        assertEquals(total, t.totalFloat(), t.key() + " total float");
        assertEquals(free, t.freeFloat(), t.key() + " free float");
        assertEquals(critical, t.critical(), t.key() + " critical");
    }
}
