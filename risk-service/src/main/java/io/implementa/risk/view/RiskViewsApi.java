package io.implementa.risk.view;

import io.implementa.platform.people.PersonRef;
import io.implementa.risk.appetite.RiskLevel;
import io.implementa.risk.risk.RiskStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The payloads of the register's views: heat map, top risks and summary. */
public final class RiskViewsApi {

    private RiskViewsApi() {
    }

    @Schema(name = "HeatMapCell")
    public record HeatMapCell(
            @Schema(example = "4") int probability,
            @Schema(example = "5") int impact,
            @Schema(example = "2") int count,
            List<UUID> riskIds) {
    }

    @Schema(name = "RiskHeatMap", description = "The 25 cells of the 5 × 5 grid, probability then impact "
            + "ascending, counting the open risks (neither occurred nor closed)")
    public record HeatMap(
            UUID projectId,
            @Schema(description = "By probability and highest impact") List<HeatMapCell> inherent,
            @Schema(description = "By residual probability and impact, of the risks that have them")
            List<HeatMapCell> residual) {
    }

    @Schema(name = "TopRisk")
    public record TopRisk(UUID id, String key, String title, RiskStatus status, int score, RiskLevel level,
            Integer residualScore, BigDecimal exposureAmount, String exposureCurrency, boolean escalated,
            PersonRef owner) {
    }

    @Schema(name = "TopRisks")
    public record TopRisks(UUID projectId, @Schema(example = "score") String by, List<TopRisk> items) {
    }

    @Schema(name = "ExposureTotal")
    public record ExposureTotal(@Schema(example = "EUR") String currency,
            @Schema(example = "48000.00") BigDecimal amount) {
    }

    @Schema(name = "RiskLevelCounts")
    public record LevelCounts(int low, int medium, int high, int critical) {
    }
}
