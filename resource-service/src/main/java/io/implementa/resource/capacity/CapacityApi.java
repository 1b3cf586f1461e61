package io.implementa.resource.capacity;

import io.implementa.resource.capacity.HolidayCalendar.Holiday;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The payloads of holiday calendars, working calendars, absences and capacity. */
public final class CapacityApi {

    private CapacityApi() {
    }

    public static final int MAX_HOLIDAYS = 400;

    @Schema(name = "HolidayRequest")
    public record HolidayRequest(@NotNull @Schema(example = "2027-12-25") LocalDate day,
            @NotBlank @Size(max = 200) @Schema(example = "Christmas Day") String name) {
    }

    @Schema(name = "CreateHolidayCalendarRequest")
    public record CreateHolidayCalendarRequest(
            @NotBlank @Size(max = 200) @Schema(example = "Spain - Madrid") String name,
            @Size(max = 2000) String description,
            @Size(max = MAX_HOLIDAYS) List<@NotNull @Valid HolidayRequest> holidays) {
    }

    /** Merge patch; holidays replaces the whole list. */
    @Schema(name = "UpdateHolidayCalendarRequest")
    public record UpdateHolidayCalendarRequest(
            Optional<@NotBlank @Size(max = 200) String> name,
            Optional<@Size(max = 2000) String> description,
            Optional<@Size(max = MAX_HOLIDAYS) List<@NotNull @Valid HolidayRequest> > holidays) {
    }

    @Schema(name = "HolidayCalendar")
    public record HolidayCalendarView(UUID id, String name, String description, List<Holiday> holidays,
            Instant createdAt, Instant updatedAt, long version) {

        static HolidayCalendarView of(HolidayCalendar c) {
            return new HolidayCalendarView(c.id, c.name, c.description, c.holidays(), c.createdAt, c.updatedAt,
                    c.version);
        }
    }

    @Schema(name = "HolidayCalendarPage")
    public record HolidayCalendarPage(List<HolidayCalendarView> items, int page, int size, long totalItems,
            int totalPages) {
    }

    static List<Holiday> holidays(List<HolidayRequest> requests) {
        return requests == null ? List.of() : requests.stream().map(h -> new Holiday(h.day(), h.name().trim())).toList();
    }

    /** Hours of each weekday, 0 to 24 in quarter-hour-friendly hundredths. */
    @Schema(name = "WorkingCalendarRequest")
    public record WorkingCalendarRequest(
            @NotNull @DecimalMin("0") @DecimalMax("24") @Digits(integer = 2, fraction = 2) @Schema(example = "8") BigDecimal monday,
            @NotNull @DecimalMin("0") @DecimalMax("24") @Digits(integer = 2, fraction = 2) @Schema(example = "8") BigDecimal tuesday,
            @NotNull @DecimalMin("0") @DecimalMax("24") @Digits(integer = 2, fraction = 2) @Schema(example = "8") BigDecimal wednesday,
            @NotNull @DecimalMin("0") @DecimalMax("24") @Digits(integer = 2, fraction = 2) @Schema(example = "8") BigDecimal thursday,
            @NotNull @DecimalMin("0") @DecimalMax("24") @Digits(integer = 2, fraction = 2) @Schema(example = "6") BigDecimal friday,
            @NotNull @DecimalMin("0") @DecimalMax("24") @Digits(integer = 2, fraction = 2) @Schema(example = "0") BigDecimal saturday,
            @NotNull @DecimalMin("0") @DecimalMax("24") @Digits(integer = 2, fraction = 2) @Schema(example = "0") BigDecimal sunday,
            @Schema(description = "The holiday calendar the resource follows; none when absent") UUID holidayCalendarId) {
    }

    @Schema(name = "WorkingCalendar")
    public record WorkingCalendarView(UUID resourceId, BigDecimal monday, BigDecimal tuesday, BigDecimal wednesday,
            BigDecimal thursday, BigDecimal friday, BigDecimal saturday, BigDecimal sunday, UUID holidayCalendarId,
            @Schema(description = "False while the resource works the standard 8 hours Monday to Friday") boolean custom,
            long version) {

        static WorkingCalendarView of(WorkingCalendar c, boolean custom) {
            var week = c.week();
            return new WorkingCalendarView(c.resourceId, s(week.get(java.time.DayOfWeek.MONDAY)),
                    s(week.get(java.time.DayOfWeek.TUESDAY)), s(week.get(java.time.DayOfWeek.WEDNESDAY)),
                    s(week.get(java.time.DayOfWeek.THURSDAY)), s(week.get(java.time.DayOfWeek.FRIDAY)),
                    s(week.get(java.time.DayOfWeek.SATURDAY)), s(week.get(java.time.DayOfWeek.SUNDAY)), c.calendarId,
                    custom, c.version);
        }

        private static BigDecimal s(BigDecimal hours) {
            return hours.setScale(2, java.math.RoundingMode.HALF_UP);
        }
    }

    @Schema(name = "CreateAbsenceRequest")
    public record CreateAbsenceRequest(
            @NotNull @Schema(example = "VACATION") AbsenceKind kind,
            @NotNull @Schema(example = "2027-08-02") LocalDate startDate,
            @NotNull @Schema(example = "2027-08-13") LocalDate endDate,
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("24") @Digits(integer = 2, fraction = 2)
            @Schema(description = "Hours away each day; whole days when absent", example = "4") BigDecimal hoursPerDay,
            @Size(max = 2000) String note) {
    }

    @Schema(name = "Absence")
    public record AbsenceView(UUID id, UUID resourceId, AbsenceKind kind, LocalDate startDate, LocalDate endDate,
            BigDecimal hoursPerDay, String note, Instant createdAt) {

        static AbsenceView of(Absence a) {
            return new AbsenceView(a.id, a.resourceId, a.kind, a.startDate, a.endDate, a.hoursPerDay, a.note,
                    a.createdAt);
        }
    }

    @Schema(name = "AbsencePage")
    public record AbsencePage(List<AbsenceView> items, int page, int size, long totalItems, int totalPages) {
    }

    @Schema(name = "CapacityPeriod")
    public record PeriodHours(@Schema(example = "2027-03-01") LocalDate start,
            @Schema(example = "2027-03-07") LocalDate end, @Schema(example = "40.00") BigDecimal hours) {
    }

    @Schema(name = "Capacity")
    public record CapacityView(UUID resourceId, LocalDate from, LocalDate to, Granularity granularity,
            @Schema(example = "160.00") BigDecimal totalHours, List<PeriodHours> periods) {
    }
}
