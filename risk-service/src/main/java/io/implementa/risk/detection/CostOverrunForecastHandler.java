package io.implementa.risk.detection;

import io.implementa.platform.inbox.EventHandler;
import io.implementa.platform.inbox.IncomingEvent;
import io.implementa.risk.detection.DetectionEvents.CostOverrunForecast;
import io.implementa.risk.appetite.DetectionThresholdsInEffect;
import io.implementa.risk.risk.RiskService;
import jakarta.enterprise.context.ApplicationScoped;

/** Raises (or worsens) a cost risk when the project is forecast to overrun its budget. */
@ApplicationScoped
public class CostOverrunForecastHandler implements EventHandler<CostOverrunForecast> {

    private final RiskService risks;
    private final DetectionConfig config;
    private final DetectionThresholdsInEffect thresholds;

    public CostOverrunForecastHandler(RiskService risks, DetectionConfig config, DetectionThresholdsInEffect thresholds) {
        this.risks = risks;
        this.config = config;
        this.thresholds = thresholds;
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
        risks.detect(f.projectId(), Proposals.costOverrun(f, thresholds.of(f.projectId()).costOverrunPercent()), event.id(), event.type(),
                f.manager());
    }
}
