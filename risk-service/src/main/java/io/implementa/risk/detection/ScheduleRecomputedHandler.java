package io.implementa.risk.detection;

import io.implementa.platform.inbox.EventHandler;
import io.implementa.platform.inbox.IncomingEvent;
import io.implementa.risk.detection.DetectionEvents.ScheduleRecomputed;
import io.implementa.risk.risk.DetectionCause;
import java.time.LocalDate;
import io.implementa.risk.appetite.DetectionThresholdsInEffect;
import io.implementa.risk.risk.RiskService;
import jakarta.enterprise.context.ApplicationScoped;

/** Raises (or worsens) a schedule risk when a recompute moves the project's finish later than its threshold allows. */
@ApplicationScoped
public class ScheduleRecomputedHandler implements EventHandler<ScheduleRecomputed> {

    private final RiskService risks;
    private final DetectionConfig config;
    private final DetectionThresholdsInEffect thresholds;

    public ScheduleRecomputedHandler(RiskService risks, DetectionConfig config, DetectionThresholdsInEffect thresholds) {
        this.risks = risks;
        this.config = config;
        this.thresholds = thresholds;
    }

    @Override
    public Class<ScheduleRecomputed> payloadType() {
        return ScheduleRecomputed.class;
    }

    @Override
    public void handle(IncomingEvent<ScheduleRecomputed> event) {
        if (!config.enabled()) {
            return;
        }
        ScheduleRecomputed s = event.payload();
        if (s.previousProjectFinish() == null || s.projectFinish() == null) {
            return; // the first schedule, or no tasks left: no finish moved
        }
        LocalDate baseline = risks.baselineOf(s.projectId(), DetectionCause.FINISH_SLIP, Proposals.PROJECT_FINISH)
                .orElse(s.previousProjectFinish());
        risks.detect(s.projectId(), Proposals.finishSlip(baseline, s.projectFinish(), thresholds.of(s.projectId()).finishSlipDays()),
                event.id(), event.type(), s.recomputedBy());
    }
}
