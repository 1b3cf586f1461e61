package io.implementa.risk.detection;

import io.implementa.platform.inbox.EventHandler;
import io.implementa.platform.inbox.IncomingEvent;
import io.implementa.risk.detection.DetectionEvents.Allocation;
import io.implementa.risk.detection.DetectionEvents.OverAllocationDetected;
import io.implementa.risk.risk.RiskService;
import jakarta.enterprise.context.ApplicationScoped;

/** Raises (or worsens) a resource risk in every project whose critical work an over-allocated resource carries. */
@ApplicationScoped
public class OverAllocationDetectedHandler implements EventHandler<OverAllocationDetected> {

    private final RiskService risks;
    private final DetectionConfig config;

    public OverAllocationDetectedHandler(RiskService risks, DetectionConfig config) {
        this.risks = risks;
        this.config = config;
    }

    @Override
    public Class<OverAllocationDetected> payloadType() {
        return OverAllocationDetected.class;
    }

    @Override
    public void handle(IncomingEvent<OverAllocationDetected> event) {
        if (!config.enabled()) {
            return;
        }
        OverAllocationDetected o = event.payload();
        o.allocations().stream().filter(Allocation::critical).map(Allocation::projectId).distinct()
                .forEach(projectId -> risks.detect(projectId, Proposals.criticalOverAllocation(o, projectId),
                        event.id(), event.type(), null));
    }
}
