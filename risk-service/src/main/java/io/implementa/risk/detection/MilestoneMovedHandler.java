package io.implementa.risk.detection;

import io.implementa.platform.inbox.EventHandler;
import io.implementa.platform.inbox.IncomingEvent;
import io.implementa.risk.detection.DetectionEvents.MilestoneMoved;
import io.implementa.risk.risk.DetectionCause;
import java.time.LocalDate;
import io.implementa.risk.appetite.DetectionThresholdsInEffect;
import io.implementa.risk.risk.RiskService;
import jakarta.enterprise.context.ApplicationScoped;

/** Raises (or worsens) a schedule risk when a milestone moves later than its threshold allows. */
@ApplicationScoped
public class MilestoneMovedHandler implements EventHandler<MilestoneMoved> {

    private final RiskService risks;
    private final DetectionConfig config;
    private final DetectionThresholdsInEffect thresholds;

    public MilestoneMovedHandler(RiskService risks, DetectionConfig config, DetectionThresholdsInEffect thresholds) {
        this.risks = risks;
        this.config = config;
        this.thresholds = thresholds;
    }

    @Override
    public Class<MilestoneMoved> payloadType() {
        return MilestoneMoved.class;
    }

    @Override
    public void handle(IncomingEvent<MilestoneMoved> event) {
        if (!config.enabled()) {
            return;
        }
        MilestoneMoved m = event.payload();
        // Later slips of a milestone that raised a risk are measured from its date before the first slip.
        LocalDate baseline = risks.baselineOf(m.projectId(), DetectionCause.MILESTONE_SLIP, m.taskId().toString())
                .orElse(m.previousDate());
        risks.detect(m.projectId(), Proposals.milestoneSlip(m.taskId(), m.name(), baseline, m.date(), m.deadline(),
                m.critical(), thresholds.of(m.projectId()).milestoneSlipDays()), event.id(), event.type(), m.movedBy());
    }
}
