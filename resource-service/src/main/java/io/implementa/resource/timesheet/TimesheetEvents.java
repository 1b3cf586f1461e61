package io.implementa.resource.timesheet;

import io.implementa.platform.events.EventType;
import io.implementa.platform.people.PersonRef;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What timesheets tell the suite: approved hours with their cost, keyed by the resource id. */
public final class TimesheetEvents {

    private TimesheetEvents() {
    }

    /** One approved entry, priced with the rate effective on its date. */
    public record ApprovedEntry(@NotNull UUID projectId, UUID taskId, @NotNull LocalDate date,
            @NotNull BigDecimal hours, boolean overtime, @NotNull BigDecimal rate, @NotNull BigDecimal cost) {

        static ApprovedEntry of(TimesheetEntry e) {
            return new ApprovedEntry(e.projectId, e.taskId, e.date, e.hours, e.overtime, e.rate, e.cost);
        }
    }

    /**
     * Every approved entry of the week, corrections included as entries of their own (whose hours may be
     * negative): the week's whole approved state, which replaces what a consumer had for the timesheet.
     */
    @EventType("io.implementa.resource.TimesheetApproved")
    public record TimesheetApproved(@NotNull UUID timesheetId, @NotNull UUID resourceId, @NotNull PersonRef person,
            @NotNull LocalDate weekStart, @NotNull PersonRef approvedBy, @NotBlank String currency,
            @NotNull BigDecimal totalHours, @NotNull BigDecimal totalCost, @NotNull List<ApprovedEntry> entries) {
    }
}
