package io.implementa.risk.view;

import io.implementa.platform.events.EventType;
import io.implementa.risk.view.RiskViewsApi.ExposureTotal;
import io.implementa.risk.view.RiskViewsApi.LevelCounts;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A project's risk summary changed; carries the new summary in full, for the project-service's health. */
@EventType("io.implementa.risk.RiskSummaryChanged")
public record RiskSummaryChanged(
        @NotNull UUID projectId,
        @NotBlank String projectKey,
        int openRisks,
        @NotNull LevelCounts byLevel,
        int highestScore,
        int escalated,
        @NotNull List<ExposureTotal> totalExposure,
        int overdueActions,
        @NotNull Instant changedAt) {

    static RiskSummaryChanged of(RiskSummary s, String projectKey, Instant now) {
        return new RiskSummaryChanged(s.projectId(), projectKey, s.openRisks(), s.byLevel(), s.highestScore(),
                s.escalated(), s.totalExposure(), s.overdueActions(), now);
    }
}
