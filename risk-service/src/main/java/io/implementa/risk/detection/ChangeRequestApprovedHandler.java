package io.implementa.risk.detection;

import io.implementa.platform.inbox.EventHandler;
import io.implementa.platform.inbox.IncomingEvent;
import io.implementa.risk.detection.DetectionEvents.ChangeRequestApproved;
import io.implementa.risk.appetite.RiskAppetiteApi.DetectionThresholds;
import io.implementa.risk.appetite.DetectionThresholdsInEffect;
import io.implementa.risk.risk.RiskService;
import jakarta.enterprise.context.ApplicationScoped;

/** Raises a risk for an approved change request whose schedule or cost impact passes its threshold. */
@ApplicationScoped
public class ChangeRequestApprovedHandler implements EventHandler<ChangeRequestApproved> {

    private final RiskService risks;
    private final DetectionConfig config;
    private final DetectionThresholdsInEffect thresholds;

    public ChangeRequestApprovedHandler(RiskService risks, DetectionConfig config, DetectionThresholdsInEffect thresholds) {
        this.risks = risks;
        this.config = config;
        this.thresholds = thresholds;
    }

    @Override
    public Class<ChangeRequestApproved> payloadType() {
        return ChangeRequestApproved.class;
    }

    @Override
    public void handle(IncomingEvent<ChangeRequestApproved> event) {
        if (!config.enabled()) {
            return;
        }
        ChangeRequestApproved c = event.payload();
        DetectionThresholds t = thresholds.of(c.projectId());
        risks.detect(c.projectId(), Proposals.largeChangeRequest(c, t.changeRequestScheduleDays(),
                t.changeRequestCost()), event.id(), event.type(), c.approvedBy());
    }
}
