package io.implementa.risk.register;

import io.implementa.platform.events.EventType;
import java.util.UUID;

/** What the register aggregate tells the rest of the suite. Schemas: {@code docs/events.md}. */
public final class RiskRegisterEvents {

    private RiskRegisterEvents() {
    }

    /** The project's risk register is open: risks can now be identified in it. */
    @EventType("io.implementa.risk.RiskRegisterOpened")
    public record RiskRegisterOpened(UUID projectId, String projectKey) {

        static RiskRegisterOpened of(RiskRegister register) {
            return new RiskRegisterOpened(register.projectId, register.projectKey);
        }
    }
}
