package io.implementa.risk.register;

import io.implementa.platform.inbox.EventHandler;
import io.implementa.platform.inbox.IncomingEvent;
import io.implementa.risk.register.ProjectEvents.ProjectCancelled;
import jakarta.enterprise.context.ApplicationScoped;

/** Closes a cancelled project's register and its open risks, as for a closure. */
@ApplicationScoped
public class ProjectCancelledHandler implements EventHandler<ProjectCancelled> {

    static final String REASON = "project cancelled";

    private final RiskRegisterService registers;

    public ProjectCancelledHandler(RiskRegisterService registers) {
        this.registers = registers;
    }

    @Override
    public Class<ProjectCancelled> payloadType() {
        return ProjectCancelled.class;
    }

    @Override
    public void handle(IncomingEvent<ProjectCancelled> event) {
        registers.close(event.payload().projectId(), event.payload().by(), REASON);
    }
}
