package io.implementa.resource.demand;

import io.implementa.platform.events.EventType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** What demand tells the suite. Keyed by the project id; subject: the request id. */
public final class DemandEvents {

    private DemandEvents() {
    }

    /**
     * Nobody in the pool with the skill at the level asked is free for the whole request: the best candidate
     * covers {@code bestAvailabilityPercent} of it (0 with no candidate at all).
     */
    @EventType("io.implementa.resource.CapacityShortfall")
    public record CapacityShortfall(
            @NotNull UUID requestId, @NotNull UUID projectId, @NotNull UUID skillId, @NotBlank String skillName,
            int minLevel, @NotNull LocalDate startDate, @NotNull LocalDate endDate, BigDecimal percent,
            BigDecimal hoursPerDay, @NotNull Priority priority, int candidates,
            @NotNull BigDecimal bestAvailabilityPercent, UUID bestCandidateId) {
    }
}
