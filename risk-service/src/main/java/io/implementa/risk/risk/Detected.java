package io.implementa.risk.risk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A risk the detection proposes from one incoming event: its cause and reference (one open auto-raised risk per
 * cause and reference per project), whether the signal on its own passes its threshold, how large it is (slip
 * days, overrun %, …: a later signal updates the risk only if it is larger), for date slips the date before the
 * first slip, and the proposed title, description, category, probability and impacts.
 */
public record Detected(
        DetectionCause cause,
        String ref,
        boolean exceedsThreshold,
        BigDecimal magnitude,
        LocalDate baseline,
        String title,
        RiskDescription description,
        RiskCategory category,
        int probability,
        int scheduleImpact,
        int costImpact,
        int scopeImpact,
        List<UUID> taskIds,
        String reason) {

    /** The highest of the proposed impacts: a risk's impact. */
    public int impact() {
        return Math.max(scheduleImpact, Math.max(costImpact, scopeImpact));
    }
}
