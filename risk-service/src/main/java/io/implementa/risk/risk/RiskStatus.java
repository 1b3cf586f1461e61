package io.implementa.risk.risk;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a risk stands in its lifecycle. Every risk starts IDENTIFIED and becomes ASSESSED with its first
 * assessment; from then on the project responds to it or watches it, until it occurs or is closed.
 */
public enum RiskStatus {
    IDENTIFIED, ASSESSED, RESPONDING, MONITORING, OCCURRED, CLOSED;

    /**
     * The statuses a risk may be moved to by hand. ASSESSED is reached only by assessing the risk, and CLOSED
     * is final.
     */
    public Set<RiskStatus> next() {
        return switch (this) {
            case IDENTIFIED -> EnumSet.of(OCCURRED, CLOSED);
            case ASSESSED -> EnumSet.of(RESPONDING, MONITORING, OCCURRED, CLOSED);
            case RESPONDING -> EnumSet.of(MONITORING, OCCURRED, CLOSED);
            case MONITORING -> EnumSet.of(RESPONDING, OCCURRED, CLOSED);
            case OCCURRED -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(RiskStatus.class);
        };
    }

    /** A risk that is still a risk: open risks count in views and may be re-assessed. */
    public boolean isOpen() {
        return this != CLOSED && this != OCCURRED;
    }
}
