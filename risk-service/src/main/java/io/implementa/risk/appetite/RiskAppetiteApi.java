package io.implementa.risk.appetite;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The appetite payloads of the REST API. */
public final class RiskAppetiteApi {

    private RiskAppetiteApi() {
    }

    @Schema(name = "RiskAppetiteRequest", description = "Score thresholds (1–25); levels rise strictly: "
            + "mediumFrom < highFrom < criticalFrom")
    public record RiskAppetiteRequest(
            @NotNull @Min(2) @Max(25) @Schema(description = "Lowest medium score; below it a risk is low",
                    example = "5") Integer mediumFrom,
            @NotNull @Min(2) @Max(25) @Schema(description = "Lowest high score", example = "10") Integer highFrom,
            @NotNull @Min(2) @Max(25) @Schema(description = "Lowest critical score", example = "16")
            Integer criticalFrom,
            @NotNull @Min(1) @Max(25) @Schema(description = "Lowest score that escalates a risk", example = "15")
            Integer escalationFrom,
            @Valid @Schema(description = "Days between reviews per level; absent keeps the current cadence")
            ReviewCadence reviewCadence) {
    }

    @Schema(name = "RiskReviewCadence", description = "Days from an identification or assessment to the next "
            + "review, per level; defaults low 90, medium 30, high 14, critical 7")
    public record ReviewCadence(
            @NotNull @Min(1) @Max(366) @Schema(example = "90") Integer low,
            @NotNull @Min(1) @Max(366) @Schema(example = "30") Integer medium,
            @NotNull @Min(1) @Max(366) @Schema(example = "14") Integer high,
            @NotNull @Min(1) @Max(366) @Schema(example = "7") Integer critical) {
    }

    @Schema(name = "RiskAppetite")
    public record RiskAppetiteView(
            UUID projectId,
            @Schema(example = "5") int mediumFrom,
            @Schema(example = "10") int highFrom,
            @Schema(example = "16") int criticalFrom,
            @Schema(example = "15") int escalationFrom,
            ReviewCadence reviewCadence,
            @Schema(description = "True while the project has never changed the defaults") boolean defaults,
            Instant updatedAt,
            @Schema(description = "Entity version (0 for the defaults); the ETag carries the same value")
            long version) {

        static RiskAppetiteView of(RiskAppetite a, boolean defaults) {
            return new RiskAppetiteView(a.projectId, a.mediumFrom, a.highFrom, a.criticalFrom, a.escalationFrom,
                    new ReviewCadence(a.reviewDaysLow, a.reviewDaysMedium, a.reviewDaysHigh, a.reviewDaysCritical),
                    defaults, a.updatedAt, a.version);
        }
    }
}
