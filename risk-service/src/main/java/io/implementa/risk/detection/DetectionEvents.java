package io.implementa.risk.detection;

import io.implementa.platform.events.EventType;
import io.implementa.platform.people.PersonRef;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Other services' events as the detection reads them: only the fields it uses, so producers may add fields. The
 * constraints are what a detection needs; an event that breaks them is dead-lettered by the platform.
 */
public final class DetectionEvents {

    private DetectionEvents() {
    }

    @EventType("io.implementa.project.MilestoneMoved")
    public record MilestoneMoved(
            @NotNull UUID projectId,
            @NotNull UUID taskId,
            @NotBlank String name,
            @NotNull LocalDate previousDate,
            @NotNull LocalDate date,
            LocalDate deadline,
            boolean critical,
            @Valid PersonRef movedBy) {
    }

    /** Only the project's finish is read; the tasks are not. */
    @EventType("io.implementa.project.ScheduleRecomputed")
    public record ScheduleRecomputed(
            @NotNull UUID projectId,
            LocalDate previousProjectFinish,
            LocalDate projectFinish,
            @Valid PersonRef recomputedBy) {
    }

    @EventType("io.implementa.project.CostOverrunForecast")
    public record CostOverrunForecast(
            @NotNull UUID projectId,
            @NotBlank String currency,
            @NotNull BigDecimal budgetAtCompletion,
            @NotNull BigDecimal estimateAtCompletion,
            LocalDate statusDate,
            @Valid PersonRef manager) {
    }

    @EventType("io.implementa.resource.OverAllocationDetected")
    public record OverAllocationDetected(
            @NotNull UUID episodeId,
            @NotNull UUID resourceId,
            @NotBlank String resourceName,
            @NotNull LocalDate startDate,
            @NotNull LocalDate endDate,
            @NotNull List<@NotNull @Valid Allocation> allocations) {
    }

    public record Allocation(
            @NotNull UUID projectId,
            UUID taskId,
            boolean critical) {
    }

    @EventType("io.implementa.project.ChangeRequestApproved")
    public record ChangeRequestApproved(
            @NotNull UUID projectId,
            @NotNull UUID changeRequestId,
            Integer number,
            @NotBlank String title,
            @NotBlank String type,
            @NotNull Integer scheduleImpactDays,
            @NotNull BigDecimal costImpact,
            String currency,
            @Valid PersonRef approvedBy) {
    }
}
