package io.implementa.risk.risk;

import io.implementa.platform.people.PersonRef;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The assessment payloads of the REST API: assessing a risk, its history, its status and the score trends. */
public final class AssessmentApi {

    private AssessmentApi() {
    }

    @Schema(name = "RiskImpacts", description = "Impact per dimension, each 1 (negligible) to 5 (severe)")
    public record Impacts(
            @NotNull @Min(1) @Max(5) @Schema(example = "4") Integer schedule,
            @NotNull @Min(1) @Max(5) @Schema(example = "3") Integer cost,
            @NotNull @Min(1) @Max(5) @Schema(example = "2") Integer scopeQuality) {
    }

    @Schema(name = "RiskExposureRequest", description = "Quantified exposure: probability % × cost impact")
    public record ExposureRequest(
            @NotNull @Min(0) @Max(100) @Schema(example = "40") Integer probabilityPercent,
            @NotNull @DecimalMin("0") @Schema(example = "120000.00") BigDecimal costImpact,
            @NotBlank @Pattern(regexp = "[A-Z]{3}") @Schema(description = "ISO 4217", example = "EUR")
            String currency) {
    }

    @Schema(name = "RiskExposure")
    public record Exposure(
            @Schema(example = "40") int probabilityPercent,
            @Schema(example = "120000.00") BigDecimal costImpact,
            @Schema(example = "EUR") String currency,
            @Schema(description = "probabilityPercent / 100 × costImpact", example = "48000.00") BigDecimal amount) {

        static Exposure of(Risk r) {
            return r.exposurePercent == null ? null
                    : new Exposure(r.exposurePercent, r.exposureCostImpact, r.exposureCurrency, r.exposureAmount);
        }
    }

    @Schema(name = "ResidualRequest", description = "Probability and impact expected after the response")
    public record ResidualRequest(
            @NotNull @Min(1) @Max(5) @Schema(example = "2") Integer probability,
            @NotNull @Min(1) @Max(5) @Schema(example = "2") Integer impact) {
    }

    @Schema(name = "Residual")
    public record Residual(int probability, int impact, @Schema(description = "probability × impact") int score) {

        static Residual of(Risk r) {
            return r.residualScore == null ? null
                    : new Residual(r.residualProbability, r.residualImpact, r.residualScore);
        }
    }

    /** A (re-)assessment: replaces the risk's whole assessment and is kept in its history with the reason. */
    @Schema(name = "AssessRiskRequest")
    public record AssessRiskRequest(
            @NotNull @Schema(example = "THREAT") RiskKind kind,
            @NotNull @Min(1) @Max(5) @Schema(example = "4") Integer probability,
            @NotNull @Valid Impacts impacts,
            @Valid ExposureRequest exposure,
            @Schema(description = "When the risk could occur", example = "2027-03-01") LocalDate proximity,
            @Size(max = 2000) @Schema(example = "Trial migration rejects more than 5% of customer records")
            String trigger,
            @Schema(description = "Threats: AVOID, REDUCE, TRANSFER, ACCEPT; opportunities: EXPLOIT, ENHANCE, "
                    + "SHARE, ACCEPT") ResponseStrategy responseStrategy,
            @Size(max = 4000) @Schema(example = "Run a second cleansing sprint with the vendor's data team")
            String contingencyPlan,
            @Valid ResidualRequest residual,
            @Schema(example = "2027-02-01") LocalDate nextReviewDate,
            @Size(max = 100) List<@NotNull UUID> taskIds,
            @Size(max = 100) List<@NotNull UUID> deliverableIds,
            @NotBlank @Size(max = 2000) @Schema(description = "Why the risk is (re-)assessed",
                    example = "Trial migration rejected 8% of customer records") String reason) {

        Risk.Assessment toAssessment() {
            return new Risk.Assessment(kind, probability, impacts.schedule(), impacts.cost(), impacts.scopeQuality(),
                    exposure == null ? null : exposure.probabilityPercent(),
                    exposure == null ? null : exposure.costImpact(), exposure == null ? null : exposure.currency(),
                    proximity, trigger, responseStrategy, contingencyPlan,
                    residual == null ? null : residual.probability(), residual == null ? null : residual.impact(),
                    nextReviewDate, taskIds == null ? List.of() : taskIds,
                    deliverableIds == null ? List.of() : deliverableIds);
        }
    }

    /** A move along the risk's lifecycle, with the reason kept in its history. */
    @Schema(name = "ChangeRiskStatusRequest")
    public record ChangeStatusRequest(
            @NotNull @Schema(example = "RESPONDING") RiskStatus status,
            @NotBlank @Size(max = 2000) @Schema(example = "Cleansing sprint started") String reason) {
    }

    @Schema(name = "RiskAssessmentEntry", description = "One entry of a risk's assessment history")
    public record HistoryEntryView(
            UUID id,
            UUID riskId,
            Instant recordedAt,
            RiskHistoryEntry.Change change,
            RiskStatus status,
            RiskKind kind,
            int probability,
            Impacts impacts,
            int impact,
            int score,
            @Schema(description = "The score before this entry; null on identification") Integer previousScore,
            Integer residualScore,
            BigDecimal exposureAmount,
            String exposureCurrency,
            ResponseStrategy responseStrategy,
            String reason,
            PersonRef by) {

        static HistoryEntryView of(RiskHistoryEntry e) {
            Impacts impacts = e.scheduleImpact == null ? null
                    : new Impacts(e.scheduleImpact, e.costImpact, e.scopeImpact);
            return new HistoryEntryView(e.id, e.riskId, e.recordedAt, e.change, e.status, e.kind, e.probability,
                    impacts, e.impact, e.score, e.previousScore, e.residualScore, e.exposureAmount,
                    e.exposureCurrency, e.responseStrategy, e.reason, e.by);
        }
    }

    @Schema(name = "RiskAssessmentPage")
    public record HistoryPage(List<HistoryEntryView> items, int page, int size, long totalItems, int totalPages) {
    }

    @Schema(name = "RiskTrendPoint")
    public record RiskTrendPoint(Instant at, int score, Integer residualScore, RiskStatus status) {
    }

    @Schema(name = "RiskTrend", description = "A risk's score over time, oldest first")
    public record RiskTrend(UUID riskId, String riskKey, List<RiskTrendPoint> points) {
    }

    @Schema(name = "ProjectRiskTrendPoint", description = "The project's open risks at the end of a day")
    public record ProjectTrendPoint(
            @Schema(example = "2027-02-01") LocalDate date,
            @Schema(description = "Risks not closed and not occurred") int openRisks,
            @Schema(description = "Sum of their scores") int totalScore,
            @Schema(description = "Their highest score; 0 without open risks") int highestScore) {
    }

    @Schema(name = "ProjectRiskTrend",
            description = "One point per day (UTC) on which a risk of the project was identified, assessed or moved")
    public record ProjectTrend(UUID projectId, List<ProjectTrendPoint> points) {
    }
}
