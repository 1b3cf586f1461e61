package io.implementa.project.health;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The project health payloads of the REST API. */
public final class HealthApi {

    private HealthApi() {
    }

    @Schema(name = "HealthThresholds", description = "When a signal turns a dimension amber or red")
    public record ThresholdsView(
            @NotNull @DecimalMin("0") @DecimalMax("2") @Schema(description = "SPI below is amber", example = "0.95")
            BigDecimal spiAmber,
            @NotNull @DecimalMin("0") @DecimalMax("2") @Schema(description = "SPI below is red", example = "0.85")
            BigDecimal spiRed,
            @NotNull @DecimalMin("0") @DecimalMax("2") @Schema(example = "0.95") BigDecimal cpiAmber,
            @NotNull @DecimalMin("0") @DecimalMax("2") @Schema(example = "0.85") BigDecimal cpiRed,
            @NotNull @Min(1) @Schema(description = "Late unfinished critical tasks that make amber", example = "1")
            Integer lateCriticalTasksAmber,
            @NotNull @Min(1) @Schema(example = "3") Integer lateCriticalTasksRed,
            @NotNull @Min(1) @Schema(description = "Scope creep items that make amber", example = "1")
            Integer creepItemsAmber,
            @NotNull @Min(1) @Schema(example = "3") Integer creepItemsRed,
            @NotNull @Min(1) @Schema(description = "Undecided change requests that make amber", example = "3")
            Integer pendingChangeRequestsAmber,
            @NotNull @Min(1) @Schema(example = "6") Integer pendingChangeRequestsRed,
            @NotNull @Min(1) @Schema(description = "Open high risks that make amber (critical or escalated: red)",
                    example = "1") Integer highRisksAmber,
            @NotNull @Min(1) @Schema(description = "Over-allocations that make amber (a critical one: red)",
                    example = "1") Integer overAllocationsAmber) {

        static ThresholdsView of(HealthThresholds t) {
            return new ThresholdsView(t.spiAmber, t.spiRed, t.cpiAmber, t.cpiRed, t.lateCriticalTasksAmber,
                    t.lateCriticalTasksRed, t.creepItemsAmber, t.creepItemsRed, t.pendingChangeRequestsAmber,
                    t.pendingChangeRequestsRed, t.highRisksAmber, t.overAllocationsAmber);
        }
    }

    @Schema(name = "HealthSignals", description = "The figures the proposal was made from")
    public record Signals(
            @Schema(description = "Schedule performance index (earned value against the current baseline); null "
                    + "without a baseline or before anything is planned") BigDecimal spi,
            @Schema(description = "Cost performance index (earned value against the current baseline); null "
                    + "without a baseline or actual cost") BigDecimal cpi,
            int lateCriticalTasks,
            @Schema(description = "Budget thresholds crossed") List<Integer> budgetThresholdsCrossed,
            boolean costOverrunForecast,
            long creepItems,
            long pendingChangeRequests,
            @Schema(description = "From the risk-service's latest summary; 0 when none arrived") int highRisks,
            int criticalRisks,
            int escalatedRisks,
            int overdueMitigations,
            int overAllocations,
            int criticalOverAllocations) {
    }

    @Schema(name = "ProposedHealth", description = "The RAG the server proposes from the project's data now")
    public record ProposalView(
            UUID projectId,
            LocalDate statusDate,
            Health proposed,
            Signals signals,
            @Schema(description = "Why each dimension is not green") List<String> reasons,
            @Schema(description = "The project's current health: the last published report's, moved since by "
                    + "changes of the proposal that incoming events caused; null before either") Health published) {
    }
}
