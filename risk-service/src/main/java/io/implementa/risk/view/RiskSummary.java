package io.implementa.risk.view;

import io.implementa.risk.view.RiskViewsApi.ExposureTotal;
import io.implementa.risk.view.RiskViewsApi.LevelCounts;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A project's risk summary: its open risks (neither occurred nor closed) by level of the project's appetite,
 * their total exposure per currency, how many are escalated and how many mitigation actions are overdue.
 * Both the API's view and the payload of {@code RiskSummaryChanged}.
 */
@Schema(name = "RiskSummary")
public record RiskSummary(
        @NotNull UUID projectId,
        int openRisks,
        @NotNull LevelCounts byLevel,
        @Schema(description = "Highest score of an open risk; 0 without open risks") int highestScore,
        int escalated,
        @NotNull @Schema(description = "Sum of the open risks' exposure, per currency") List<ExposureTotal> totalExposure,
        @Schema(description = "Open mitigation actions past their due date") int overdueActions) {
}
