package io.implementa.resource.allocation;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The payloads of allocations and utilisation. */
public final class AllocationApi {

    private AllocationApi() {
    }

    @Schema(name = "CreateAllocationRequest", description = "Give exactly one of percent and hoursPerDay")
    public record CreateAllocationRequest(
            @NotNull UUID resourceId,
            @NotNull UUID projectId,
            @NotNull @Schema(example = "2027-03-01") LocalDate startDate,
            @NotNull @Schema(description = "Last day, inclusive; at most 2 years after startDate", example = "2027-06-30")
            LocalDate endDate,
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Digits(integer = 3, fraction = 2)
            @Schema(description = "Share of the resource's working hours on each day", example = "50") BigDecimal percent,
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("24") @Digits(integer = 2, fraction = 2)
            @Schema(description = "Hours on each working day of the resource", example = "4") BigDecimal hoursPerDay,
            @NotNull @Schema(description = "SOFT (tentative) or HARD (confirmed)", example = "HARD") AllocationKind kind,
            @Size(max = 2000) String note) {

        Allocation.Terms terms() {
            return new Allocation.Terms(startDate, endDate, percent, hoursPerDay, kind, note);
        }
    }

    /** A merge patch of the terms; switching between percent and hoursPerDay sets one and nulls the other. */
    @Schema(name = "UpdateAllocationRequest")
    public record UpdateAllocationRequest(
            Optional<LocalDate> startDate,
            Optional<LocalDate> endDate,
            Optional<@DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal> percent,
            Optional<@DecimalMin(value = "0", inclusive = false) @DecimalMax("24") @Digits(integer = 2, fraction = 2) BigDecimal> hoursPerDay,
            Optional<AllocationKind> kind,
            Optional<@Size(max = 2000) String> note) {
    }

    @Schema(name = "Allocation")
    public record AllocationView(UUID id, UUID resourceId, UUID projectId, UUID taskId, LocalDate startDate,
            LocalDate endDate, BigDecimal percent, BigDecimal hoursPerDay, AllocationKind kind,
            AllocationStatus status, String note,
            @Schema(description = "A task allocation's task is on the critical path (false for project allocations)")
            boolean critical,
            @Schema(description = "A task allocation's total float in working days; null for project allocations")
            Integer totalFloat,
            Instant createdAt, Instant updatedAt, Instant releasedAt,
            @Schema(description = "Entity version; the ETag carries the same value") long version) {

        static AllocationView of(Allocation a) {
            return new AllocationView(a.id, a.resourceId, a.projectId, a.taskId, a.startDate, a.endDate, a.percent,
                    a.hoursPerDay, a.kind, a.status, a.note, a.critical, a.totalFloat, a.createdAt, a.updatedAt,
                    a.releasedAt, a.version);
        }
    }

    @Schema(name = "AllocationPage")
    public record AllocationPage(List<AllocationView> items, int page, int size, long totalItems, int totalPages) {
    }

    @Schema(name = "UtilisationPeriod")
    public record UtilisationPeriod(LocalDate start, LocalDate end,
            @Schema(example = "40.00") BigDecimal capacityHours,
            @Schema(description = "Hours booked by HARD allocations", example = "44.00") BigDecimal hardHours,
            @Schema(description = "Hours booked by SOFT allocations", example = "8.00") BigDecimal softHours,
            @Schema(description = "hardHours / capacityHours in percent; null without capacity", example = "110.00")
            BigDecimal utilisationPercent,
            @Schema(description = "Whether HARD bookings exceed capacity on a day of the period") boolean overAllocated) {
    }

    @Schema(name = "Utilisation")
    public record UtilisationView(UUID resourceId, LocalDate from, LocalDate to,
            io.implementa.resource.capacity.Granularity granularity, List<UtilisationPeriod> periods) {
    }

    @Schema(name = "OverAllocation")
    public record OverAllocationView(UUID episodeId, UUID resourceId, LocalDate startDate, LocalDate endDate,
            List<UUID> allocationIds, List<UUID> projectIds, Instant detectedAt) {

        static OverAllocationView of(OverAllocationEpisode e, List<Allocation> allocations) {
            return new OverAllocationView(e.id, e.resourceId, e.startDate, e.endDate, e.allocationIds(),
                    allocations.stream().map(a -> a.projectId).distinct().toList(), e.detectedAt);
        }
    }
}
