package io.implementa.resource.timesheet;

import io.implementa.platform.people.PersonRef;
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
import java.util.UUID;
import java.util.function.Predicate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The payloads of timesheets. Costs are not shown here: they go to the project-service in the event. */
public final class TimesheetApi {

    private TimesheetApi() {
    }

    @Schema(name = "CreateTimesheetRequest")
    public record CreateTimesheetRequest(
            @NotNull UUID resourceId,
            @NotNull @Schema(description = "The Monday the ISO week starts on", example = "2027-03-01") LocalDate weekStart) {
    }

    @Schema(name = "TimesheetEntryRequest", description = "Hours worked on a project's task on a day of the week")
    public record EntryRequest(
            @NotNull UUID projectId,
            @Schema(description = "The project-service's task; null for project work outside a task") UUID taskId,
            @NotNull @Schema(example = "2027-03-02") LocalDate date,
            @NotNull @DecimalMin("-24") @DecimalMax("24") @Digits(integer = 2, fraction = 2)
            @Schema(description = "Positive for logged hours; a correction may be negative", example = "6.5")
            BigDecimal hours,
            @Schema(description = "Overtime hours, priced at the overtime rate; false when absent") Boolean overtime,
            @Size(max = 2000) String note) {

        TimesheetEntry.Work work() {
            return new TimesheetEntry.Work(projectId, taskId, date, hours, Boolean.TRUE.equals(overtime), note);
        }
    }

    @Schema(name = "TimesheetRejectionRequest")
    public record RejectionRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(name = "TimesheetEntry")
    public record EntryView(UUID id, UUID projectId, UUID taskId, LocalDate date, BigDecimal hours, boolean overtime,
            @Schema(description = "Added after approval") boolean correction, String note, Instant createdAt,
            @Schema(description = "When approved; approved entries are never changed") Instant approvedAt) {

        static EntryView of(TimesheetEntry e) {
            return new EntryView(e.id, e.projectId, e.taskId, e.date, e.hours, e.overtime, e.correction, e.note,
                    e.createdAt, e.approvedAt);
        }
    }

    @Schema(name = "Timesheet")
    public record TimesheetView(UUID id, UUID resourceId, LocalDate weekStart, TimesheetStatus status,
            @Schema(description = "Sum of the entries' hours shown, corrections included") BigDecimal totalHours,
            @Schema(description = "Every entry; for a caller who sees the week only as MANAGER of projects, the "
                    + "entries on those projects") List<EntryView> entries, Instant submittedAt, Instant decidedAt,
            @Schema(description = "Who approved or rejected it last") PersonRef decidedBy, String rejectionReason,
            Instant createdAt, Instant updatedAt, long version) {

        /** The timesheet with the entries the caller may see (a project manager: those of their projects). */
        static TimesheetView of(Timesheet t, Predicate<TimesheetEntry> visible) {
            List<TimesheetEntry> entries = t.entries().stream().filter(visible).toList();
            return new TimesheetView(t.id, t.resourceId, t.weekStart, t.status,
                    entries.stream().map(e -> e.hours).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add),
                    entries.stream().map(EntryView::of).toList(), t.submittedAt, t.decidedAt, t.decidedBy,
                    t.rejectionReason, t.createdAt, t.updatedAt, t.version);
        }
    }

    @Schema(name = "TimesheetPage")
    public record TimesheetPage(List<TimesheetView> items, int page, int size, long totalItems, int totalPages) {
    }
}
