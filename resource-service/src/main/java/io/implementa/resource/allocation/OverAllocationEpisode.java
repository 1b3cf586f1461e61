package io.implementa.resource.allocation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A period in which a resource's hard allocations exceed its capacity, from its detection to its resolution.
 * Kept so that each episode is announced once when detected and once when resolved, however often the
 * resource is re-checked in between.
 */
@Entity
@Table(name = "over_allocation_episode")
public class OverAllocationEpisode extends PanacheEntityBase {

    public enum Status { OPEN, RESOLVED }

    @Id
    public UUID id;

    @Column(name = "resource_id", nullable = false)
    public UUID resourceId;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    /** The overlapping allocations' ids, comma-separated: only ever read back whole. */
    @Column(name = "allocation_ids", nullable = false)
    String allocationIds;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "detected_at", nullable = false)
    public Instant detectedAt;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    protected OverAllocationEpisode() {
    }

    static OverAllocationEpisode open(UUID resourceId, LocalDate start, LocalDate end, List<UUID> allocations,
            Instant now) {
        OverAllocationEpisode episode = new OverAllocationEpisode();
        episode.id = UUID.randomUUID();
        episode.resourceId = resourceId;
        episode.startDate = start;
        episode.endDate = end;
        episode.allocationIds = String.join(",", allocations.stream().map(UUID::toString).toList());
        episode.status = Status.OPEN;
        episode.detectedAt = now;
        return episode;
    }

    public List<UUID> allocationIds() {
        return allocationIds.isEmpty() ? List.of()
                : Arrays.stream(allocationIds.split(",")).map(UUID::fromString).toList();
    }

    void resolve(Instant now) {
        status = Status.RESOLVED;
        resolvedAt = now;
    }
}
