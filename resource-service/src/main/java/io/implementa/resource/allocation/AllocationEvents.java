package io.implementa.resource.allocation;

import io.implementa.platform.events.EventType;
import io.implementa.platform.people.PersonRef;
import io.implementa.resource.resource.Resource;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What allocations tell the rest of the suite. Allocation events are keyed by the project id (subject: the
 * allocation id), so a project's consumers read them in order; over-allocation events are keyed by the
 * resource id (subject: the episode id) and name the resource's manager, for the notification-service.
 */
public final class AllocationEvents {

    private AllocationEvents() {
    }

    @EventType("io.implementa.resource.AllocationCreated")
    public record AllocationCreated(
            @NotNull UUID allocationId, @NotNull UUID projectId, UUID taskId, @NotNull UUID resourceId,
            @NotBlank String resourceName, PersonRef person, @NotNull LocalDate startDate,
            @NotNull LocalDate endDate, BigDecimal percent, BigDecimal hoursPerDay, @NotNull AllocationKind kind,
            @NotNull AllocationStatus status, long version) {

        static AllocationCreated of(Allocation a, Resource r) {
            return new AllocationCreated(a.id, a.projectId, a.taskId, r.id, r.name, r.person, a.startDate, a.endDate,
                    a.percent, a.hoursPerDay, a.kind, a.status, a.version);
        }
    }

    /** The allocation after a change of its dates, load or kind (also when a closed project shortened it). */
    @EventType("io.implementa.resource.AllocationChanged")
    public record AllocationChanged(
            @NotNull UUID allocationId, @NotNull UUID projectId, UUID taskId, @NotNull UUID resourceId,
            @NotBlank String resourceName, PersonRef person, @NotNull LocalDate startDate,
            @NotNull LocalDate endDate, BigDecimal percent, BigDecimal hoursPerDay, @NotNull AllocationKind kind,
            @NotNull AllocationStatus status, long version) {

        static AllocationChanged of(Allocation a, Resource r) {
            return new AllocationChanged(a.id, a.projectId, a.taskId, r.id, r.name, r.person, a.startDate, a.endDate,
                    a.percent, a.hoursPerDay, a.kind, a.status, a.version);
        }
    }

    /** The allocation no longer loads the resource (status RELEASED). */
    @EventType("io.implementa.resource.AllocationReleased")
    public record AllocationReleased(
            @NotNull UUID allocationId, @NotNull UUID projectId, UUID taskId, @NotNull UUID resourceId,
            @NotBlank String resourceName, PersonRef person, @NotNull LocalDate startDate,
            @NotNull LocalDate endDate, BigDecimal percent, BigDecimal hoursPerDay, @NotNull AllocationKind kind,
            @NotNull AllocationStatus status, long version) {

        static AllocationReleased of(Allocation a, Resource r) {
            return new AllocationReleased(a.id, a.projectId, a.taskId, r.id, r.name, r.person, a.startDate,
                    a.endDate, a.percent, a.hoursPerDay, a.kind, a.status, a.version);
        }
    }

    /** A project in an over-allocation, and whether its work there is on the critical path. */
    public record OverAllocatedProject(@NotNull UUID projectId, boolean critical) {
    }

    /** One of the hard allocations overlapping in an over-allocation. */
    public record OverlappingAllocation(@NotNull UUID allocationId, @NotNull UUID projectId, UUID taskId,
            @NotNull LocalDate startDate, @NotNull LocalDate endDate, BigDecimal percent, BigDecimal hoursPerDay,
            boolean critical) {

        static OverlappingAllocation of(Allocation a) {
            return new OverlappingAllocation(a.id, a.projectId, a.taskId, a.startDate, a.endDate, a.percent,
                    a.hoursPerDay, a.critical);
        }
    }

    @EventType("io.implementa.resource.OverAllocationDetected")
    public record OverAllocationDetected(
            @NotNull UUID episodeId, @NotNull UUID resourceId, @NotBlank String resourceName, PersonRef person,
            PersonRef manager, @NotNull LocalDate startDate, @NotNull LocalDate endDate,
            @NotNull List<OverAllocatedProject> projects, @NotNull List<OverlappingAllocation> allocations) {
    }

    /** The episode's period no longer has hard allocations beyond capacity; names what it named when detected. */
    @EventType("io.implementa.resource.OverAllocationResolved")
    public record OverAllocationResolved(
            @NotNull UUID episodeId, @NotNull UUID resourceId, @NotBlank String resourceName, PersonRef person,
            PersonRef manager, @NotNull LocalDate startDate, @NotNull LocalDate endDate,
            @NotNull List<OverAllocatedProject> projects, @NotNull List<OverlappingAllocation> allocations) {
    }

    static List<OverAllocatedProject> projects(List<Allocation> allocations) {
        // A project's work in the period is critical when any of its overlapping allocations is.
        Map<UUID, Boolean> critical = new LinkedHashMap<>();
        allocations.forEach(a -> critical.merge(a.projectId, a.critical, Boolean::logicalOr));
        return critical.entrySet().stream().map(e -> new OverAllocatedProject(e.getKey(), e.getValue())).toList();
    }
}
