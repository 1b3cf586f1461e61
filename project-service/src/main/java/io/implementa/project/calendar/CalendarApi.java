package io.implementa.project.calendar;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The project calendar's payloads. */
public final class CalendarApi {

    private CalendarApi() {
    }

    static final int MAX_DATES = 2000;

    @Schema(name = "ProjectCalendarRequest", description = "The whole calendar; replaces the current one")
    public record CalendarRequest(
            @NotNull @Size(min = 1, max = 7)
            @Schema(example = "[\"MONDAY\", \"TUESDAY\", \"WEDNESDAY\", \"THURSDAY\", \"FRIDAY\"]")
            List<@NotNull DayOfWeek> workingWeekdays,
            @Size(max = MAX_DATES) @Schema(description = "Non-working dates", example = "[\"2027-05-01\"]")
            List<@NotNull LocalDate> holidays,
            @Size(max = MAX_DATES)
            @Schema(description = "Dates worked although their weekday is not (wins over a holiday)",
                    example = "[\"2027-05-08\"]")
            List<@NotNull LocalDate> extraWorkingDays) {
    }

    @Schema(name = "ProjectCalendar")
    public record CalendarView(
            UUID projectId,
            List<DayOfWeek> workingWeekdays,
            List<LocalDate> holidays,
            List<LocalDate> extraWorkingDays,
            @Schema(description = "False while the project uses the default calendar (Monday to Friday)")
            boolean customised,
            @Schema(description = "Entity version; the ETag carries the same value") long version) {

        static CalendarView of(ProjectCalendar c) {
            return new CalendarView(c.projectId, c.weekdays().stream().sorted().toList(), List.copyOf(c.holidays),
                    List.copyOf(c.extraWorkingDays), c.stored(), c.stored() ? c.version : 0);
        }
    }
}
