package io.implementa.risk.appetite;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;
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
            ReviewCadence reviewCadence,
            @Valid @Schema(description = "The project's own detection thresholds; absent keeps the current ones, a "
                    + "null field means the service-wide default") DetectionThresholds detection) {
    }

    @Schema(name = "RiskDetectionThresholds", description = "How large a signal must be to raise a risk by itself")
    public record DetectionThresholds(
            @Min(0) @Max(3660) @Schema(description = "A milestone moved later by more than this many days",
                    example = "5") Integer milestoneSlipDays,
            @Min(0) @Max(3660) @Schema(description = "The project finish moved later by more than this many days",
                    example = "5") Integer finishSlipDays,
            @DecimalMin("0") @DecimalMax("10000") @Schema(description = "A forecast overrun of more than this % of "
                    + "the budget", example = "0") BigDecimal costOverrunPercent,
            @Min(0) @Max(3660) @Schema(description = "An approved change request delaying by more than this many "
                    + "days", example = "10") Integer changeRequestScheduleDays,
            @DecimalMin("0") @Digits(integer = 17, fraction = 2) @Schema(description = "An approved change request "
                    + "costing more than this, in its own currency", example = "50000") BigDecimal changeRequestCost) {

        static DetectionThresholds of(RiskAppetite a) {
            return new DetectionThresholds(a.milestoneSlipDays, a.finishSlipDays, a.costOverrunPercent,
                    a.changeRequestScheduleDays, a.changeRequestCost);
        }
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
            @Schema(description = "The project's own detection thresholds as set; null fields use the service's")
            DetectionThresholds detection,
            @Schema(description = "The detection thresholds in effect: the project's, else the service's")
            DetectionThresholds effectiveDetection,
            Instant updatedAt,
            @Schema(description = "Entity version (0 for the defaults); the ETag carries the same value")
            long version) {

        static RiskAppetiteView of(RiskAppetite a, boolean defaults, DetectionThresholds effective) {
            return new RiskAppetiteView(a.projectId, a.mediumFrom, a.highFrom, a.criticalFrom, a.escalationFrom,
                    new ReviewCadence(a.reviewDaysLow, a.reviewDaysMedium, a.reviewDaysHigh, a.reviewDaysCritical),
                    defaults, DetectionThresholds.of(a), effective, a.updatedAt, a.version);
        }
    }
}
