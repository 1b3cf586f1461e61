package io.implementa.resource.allocation;

import io.implementa.platform.outbox.Outbox;
import io.implementa.resource.allocation.AllocationEvents.OverAllocationDetected;
import io.implementa.resource.allocation.AllocationEvents.OverAllocationResolved;
import io.implementa.resource.allocation.AllocationEvents.OverlappingAllocation;
import io.implementa.resource.capacity.CapacityCalculator;
import io.implementa.resource.capacity.CapacityService.CapacityChanged;
import io.implementa.resource.capacity.Window;
import io.implementa.resource.resource.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Re-checks a resource's over-allocation after anything that may change it (an allocation, the working week,
 * holidays, absences) and announces each episode once: detected when a period of overload appears, resolved
 * when it is gone. An episode is its period; a period that grows or shrinks resolves the old episode and
 * detects the new one.
 */
@ApplicationScoped
public class OverAllocationChecker {

    private final CapacityCalculator capacity;
    private final Outbox outbox;
    private final Clock clock;

    public OverAllocationChecker(CapacityCalculator capacity, Outbox outbox, Clock clock) {
        this.capacity = capacity;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Runs in the transaction of the change, so the episodes commit (and are announced) with it. */
    void onCapacityChanged(@Observes CapacityChanged changed) {
        recheck(changed.resourceId());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void recheck(UUID resourceId) {
        // One re-check per resource at a time, so two concurrent changes cannot both announce an episode.
        Resource resource = Resource.findById(resourceId, LockModeType.PESSIMISTIC_WRITE);
        if (resource == null) {
            return;
        }
        Allocation.flush();
        List<Allocation> hard = Allocation.list("resourceId = ?1 and status = ?2 and kind = ?3", resourceId,
                AllocationStatus.ACTIVE, AllocationKind.HARD);
        List<Load.Overload> overloads = List.of();
        if (!hard.isEmpty()) {
            Window extent = new Window(
                    hard.stream().map(a -> a.startDate).min(Comparator.naturalOrder()).orElseThrow(),
                    hard.stream().map(a -> a.endDate).max(Comparator.naturalOrder()).orElseThrow());
            overloads = Load.overloads(hard, capacity.daily(resourceId, extent), extent);
        }
        List<OverAllocationEpisode> open = OverAllocationEpisode.list("resourceId = ?1 and status = ?2", resourceId,
                OverAllocationEpisode.Status.OPEN);
        List<Load.Overload> fresh = new ArrayList<>(overloads);
        for (OverAllocationEpisode episode : open) {
            boolean stillThere = fresh.removeIf(o -> o.start().equals(episode.startDate)
                    && o.end().equals(episode.endDate));
            if (!stillThere) {
                episode.resolve(clock.instant());
                List<Allocation> named = Allocation.list("id in ?1", episode.allocationIds());
                named.sort(Comparator.comparing(a -> a.startDate));
                outbox.publish(resourceId, episode.id, new OverAllocationResolved(episode.id, resource.id,
                        resource.name, resource.person, resource.manager, episode.startDate, episode.endDate,
                        AllocationEvents.projects(named), named.stream().map(OverlappingAllocation::of).toList()));
            }
        }
        for (Load.Overload overload : fresh) {
            OverAllocationEpisode episode = OverAllocationEpisode.open(resourceId, overload.start(), overload.end(),
                    overload.allocations().stream().map(a -> a.id).toList(), clock.instant());
            episode.persist();
            outbox.publish(resourceId, episode.id, new OverAllocationDetected(episode.id, resource.id, resource.name,
                    resource.person, resource.manager, episode.startDate, episode.endDate,
                    AllocationEvents.projects(overload.allocations()),
                    overload.allocations().stream().map(OverlappingAllocation::of).toList()));
        }
    }

    /** The resource's open episodes, earliest first. */
    public static List<OverAllocationEpisode> openEpisodes(UUID resourceId) {
        return OverAllocationEpisode.list("resourceId = ?1 and status = ?2 order by startDate", resourceId,
                OverAllocationEpisode.Status.OPEN);
    }

    static Map<UUID, Allocation> byId(List<Allocation> allocations) {
        return allocations.stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
    }
}
