package io.implementa.project.schedule.engine;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a schedule run starts from.
 *
 * @param projectStart no task that has not started is scheduled before this date (must-start-on and
 *                     must-finish-on constraints excepted)
 * @param statusDate   optional data date: remaining work is scheduled from the <em>start</em> of this
 *                     day, so tasks not started cannot start before it and started tasks resume on
 *                     it. (MS Project's status date means the end of the day; pass the next working
 *                     day when importing one.)
 * @param finishTarget optional date the backward pass starts from instead of the computed project
 *                     finish; when the network cannot make it, float goes negative
 */
public record ScheduleOptions(LocalDate projectStart, LocalDate statusDate, LocalDate finishTarget) {

    public ScheduleOptions {
        Objects.requireNonNull(projectStart, "projectStart");
    }

    public static ScheduleOptions startingOn(LocalDate projectStart) {
        return new ScheduleOptions(projectStart, null, null);
    }

    public ScheduleOptions withStatusDate(LocalDate date) {
        return new ScheduleOptions(projectStart, date, finishTarget);
    }

    public ScheduleOptions withFinishTarget(LocalDate date) {
        return new ScheduleOptions(projectStart, statusDate, date);
    }
}
