package io.implementa.project.cost;

import io.implementa.platform.events.EventType;
import io.implementa.platform.people.PersonRef;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** What a project's budget tells the suite. Key and subject: the project id. */
public final class CostEvents {

    private CostEvents() {
    }

    /** The actual cost reached a threshold of the budget; once per crossing, re-armed when it drops below. */
    @EventType("io.implementa.project.BudgetThresholdCrossed")
    public record BudgetThresholdCrossed(
            @NotNull UUID projectId,
            @NotNull String projectKey,
            @NotNull String currency,
            @NotNull BigDecimal budget,
            @NotNull BigDecimal actualCost,
            int thresholdPercent,
            @NotNull BigDecimal consumedPercent,
            PersonRef manager,
            PersonRef sponsor) {
    }

    /**
     * The estimate at completion rose above the budget at completion (the current baseline's cost, or the current
     * plan's without a baseline: then {@code baselineId} is null); once per crossing.
     */
    @EventType("io.implementa.project.CostOverrunForecast")
    public record CostOverrunForecast(
            @NotNull UUID projectId,
            @NotNull String projectKey,
            @NotNull String currency,
            @NotNull BigDecimal budgetAtCompletion,
            @NotNull BigDecimal estimateAtCompletion,
            @NotNull BigDecimal varianceAtCompletion,
            @NotNull LocalDate statusDate,
            PersonRef manager,
            PersonRef sponsor,
            UUID baselineId) {
    }
}
