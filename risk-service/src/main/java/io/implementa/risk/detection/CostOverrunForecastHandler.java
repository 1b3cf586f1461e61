package io.implementa.risk.detection;

import io.implementa.platform.inbox.EventHandler;
import io.implementa.platform.inbox.IncomingEvent;
import io.implementa.risk.detection.DetectionEvents.CostOverrunForecast;
import io.implementa.risk.risk.RiskService;
import jakarta.enterprise.context.ApplicationScoped;

/** Raises (or worsens) a cost risk when the project is forecast to overrun its budget. */
@ApplicationScoped
public class CostOverrunForecastHandler implements EventHandler<CostOverrunForecast> {

    private final RiskService risks;
    private final DetectionConfig config;

    public CostOverrunForecastHandler(RiskService risks, DetectionConfig config) {
        this.risks = risks;
        this.config = config;
    }

    @Override
    public Class<CostOverrunForecast> payloadType() {
        return CostOverrunForecast.class;
    }

    @Override
    public void handle(IncomingEvent<CostOverrunForecast> event) {
        if (!config.enabled()) {
            return;
        }
        CostOverrunForecast f = event.payload();
        risks.detect(f.projectId(), Proposals.costOverrun(f, config.costOverrunPercent()), event.id(), event.type(),
                f.manager());
    }
}
