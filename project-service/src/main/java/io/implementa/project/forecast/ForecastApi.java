package io.implementa.project.forecast;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Forecast payloads. */
public final class ForecastApi {

    private ForecastApi() {
    }

    @Schema(name = "ForecastRequest")
    public record ForecastRequest(
            @NotNull @Min(1) @Schema(description = "Runs of the simulation, at most "
                    + "implementa.project.forecast.max-iterations (100000 by default)", example = "10000")
            Integer iterations,
            @Schema(description = "The same seed on the same plan gives the same forecast; drawn when absent",
                    example = "42") Long seed,
            @Schema(description = "A date to meet; the answer gives the probability of finishing on or before it",
                    example = "2027-06-30") LocalDate targetDate,
            @Schema(description = "PERT when absent", example = "PERT") Distribution distribution) {
    }

    @Schema(name = "TaskCriticality")
    public record TaskCriticality(
            UUID taskId,
            String name,
            @Schema(description = "Share of runs in which the task was critical, 0..1") double criticalityIndex) {
    }

    @Schema(name = "Forecast")
    public record ForecastView(
            UUID projectId,
            int iterations,
            @Schema(description = "The seed used (the one given, or the one drawn)") long seed,
            Distribution distribution,
            @Schema(description = "Tasks whose duration was drawn from a three-point estimate") int uncertainTasks,
            @Schema(description = "The finish of the plan as scheduled (planned durations)") LocalDate plannedFinish,
            @Schema(description = "Finish date reached by half of the runs") LocalDate p50,
            LocalDate p80,
            LocalDate p95,
            LocalDate targetDate,
            @Schema(description = "Share of runs finishing on or before targetDate; null without one")
            Double probabilityOfMeetingTarget,
            @Schema(description = "Every task in outline order") List<TaskCriticality> tasks) {
    }
}
