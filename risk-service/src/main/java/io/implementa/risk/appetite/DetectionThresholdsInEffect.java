package io.implementa.risk.appetite;

import io.implementa.risk.appetite.RiskAppetiteApi.DetectionThresholds;
import io.implementa.risk.detection.DetectionConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;

/** The detection thresholds of a project: its own where its appetite sets them, else the service-wide defaults. */
@ApplicationScoped
public class DetectionThresholdsInEffect {

    private final DetectionConfig config;
    private final Clock clock;

    public DetectionThresholdsInEffect(DetectionConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    public DetectionThresholds of(UUID projectId) {
        return of(RiskAppetite.of(projectId, clock.instant()));
    }

    DetectionThresholds of(RiskAppetite a) {
        return new DetectionThresholds(
                a.milestoneSlipDays != null ? a.milestoneSlipDays : config.milestoneSlipDays(),
                a.finishSlipDays != null ? a.finishSlipDays : config.finishSlipDays(),
                a.costOverrunPercent != null ? a.costOverrunPercent : config.costOverrunPercent(),
                a.changeRequestScheduleDays != null ? a.changeRequestScheduleDays : config.changeRequestScheduleDays(),
                a.changeRequestCost != null ? a.changeRequestCost : config.changeRequestCost());
    }
}
