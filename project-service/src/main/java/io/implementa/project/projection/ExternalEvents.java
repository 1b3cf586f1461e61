package io.implementa.project.projection;

import io.implementa.platform.events.EventType;
import io.implementa.platform.people.PersonRef;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** This service's views of the risk- and resource-service events it consumes: only the fields it reads. */
public final class ExternalEvents {

    private ExternalEvents() {
    }

    public record ByLevel(int low, int medium, int high, int critical) {
    }

    @EventType("io.implementa.risk.RiskSummaryChanged")
    public record RiskSummaryChanged(
            @NotNull UUID projectId,
            int openRisks,
            @NotNull @Valid ByLevel byLevel,
            int highestScore,
            int escalated,
            int overdueActions,
            @NotNull Instant changedAt) {
    }

    public record AffectedProject(@NotNull UUID projectId, boolean critical) {
    }

    public record Allocation(UUID projectId, UUID taskId, boolean critical) {
    }

    @EventType("io.implementa.resource.OverAllocationDetected")
    public record OverAllocationDetected(
            @NotNull UUID episodeId,
            @NotNull UUID resourceId,
            @NotNull String resourceName,
            @NotNull LocalDate startDate,
            @NotNull LocalDate endDate,
            @NotNull List<@NotNull @Valid AffectedProject> projects,
            List<@Valid Allocation> allocations) {
    }

    @EventType("io.implementa.resource.OverAllocationResolved")
    public record OverAllocationResolved(@NotNull UUID episodeId, @NotNull UUID resourceId) {
    }

    public record CostRate(
            @NotNull BigDecimal standardRate,
            @NotNull BigDecimal overtimeRate,
            @NotNull String currency,
            @NotNull LocalDate effectiveFrom) {
    }

    @EventType("io.implementa.resource.ResourceCreated")
    public record ResourceCreated(
            @NotNull UUID resourceId,
            @NotNull String name,
            PersonRef person,
            @NotNull List<@NotNull @Valid CostRate> costRates,
            long version) {
    }

    @EventType("io.implementa.resource.ResourceUpdated")
    public record ResourceUpdated(
            @NotNull UUID resourceId,
            @NotNull String name,
            PersonRef person,
            @NotNull List<@NotNull @Valid CostRate> costRates,
            long version) {
    }

    public record TimesheetEntry(
            @NotNull UUID projectId,
            UUID taskId,
            @NotNull LocalDate date,
            @NotNull BigDecimal hours,
            boolean overtime,
            @NotNull BigDecimal rate,
            @NotNull BigDecimal cost) {
    }

    @EventType("io.implementa.resource.TimesheetApproved")
    public record TimesheetApproved(
            @NotNull UUID timesheetId,
            @NotNull UUID resourceId,
            PersonRef person,
            @NotNull LocalDate weekStart,
            @NotNull String currency,
            @NotNull List<@NotNull @Valid TimesheetEntry> entries) {
    }
}
