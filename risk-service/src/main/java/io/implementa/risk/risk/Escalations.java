package io.implementa.risk.risk;

import io.implementa.platform.outbox.Outbox;
import io.implementa.risk.appetite.RiskAppetite;
import io.implementa.risk.register.RiskRegister;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/**
 * Escalates a risk when its score reaches the project's escalation threshold and de-escalates it when the
 * score falls below it again or the risk stops being open. The risk keeps whether it is escalated, so each
 * crossing is announced exactly once, whatever re-assessments, retries or threshold changes follow.
 */
@ApplicationScoped
public class Escalations {

    private final Outbox outbox;
    private final Clock clock;

    public Escalations(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Compares the risk with the threshold and announces a crossing; call it in the changing transaction. */
    public void evaluate(Risk risk, RiskRegister register, RiskAppetite appetite) {
        boolean above = risk.status.isOpen() && appetite.escalates(risk.score);
        if (above == risk.escalated) {
            return;
        }
        risk.escalated = above;
        if (above) {
            outbox.publish(risk.projectId, risk.id, RiskEvents.RiskEscalated.of(risk, register, appetite,
                    clock.instant()));
        } else {
            outbox.publish(risk.projectId, risk.id, RiskEvents.RiskDeEscalated.of(risk, register, appetite,
                    clock.instant()));
        }
    }
}
