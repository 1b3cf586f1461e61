package io.implementa.risk.risk;

import io.implementa.platform.events.EventType;
import io.implementa.platform.people.PersonRef;
import java.util.UUID;

/** What the risk aggregate tells the rest of the suite. Schemas: {@code docs/events.md}. */
public final class RiskEvents {

    private RiskEvents() {
    }

    /** A risk was identified in a project's register. */
    @EventType("io.implementa.risk.RiskIdentified")
    public record RiskIdentified(
            UUID riskId,
            String riskKey,
            UUID projectId,
            String projectKey,
            String title,
            RiskCategory category,
            int probability,
            int impact,
            int score,
            PersonRef owner,
            RiskStatus status) {

        static RiskIdentified of(Risk risk, String projectKey) {
            return new RiskIdentified(risk.id, risk.key, risk.projectId, projectKey, risk.title, risk.category,
                    risk.probability, risk.impact, risk.score, risk.owner, risk.status);
        }
    }
}
