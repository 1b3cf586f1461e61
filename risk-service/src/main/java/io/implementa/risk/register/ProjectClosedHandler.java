package io.implementa.risk.register;

import io.implementa.platform.inbox.EventHandler;
import io.implementa.platform.inbox.IncomingEvent;
import io.implementa.risk.register.ProjectEvents.ProjectClosed;
import jakarta.enterprise.context.ApplicationScoped;

/** Closes a closed project's register and its open risks. */
@ApplicationScoped
public class ProjectClosedHandler implements EventHandler<ProjectClosed> {

    static final String REASON = "project closed";

    private final RiskRegisterService registers;

    public ProjectClosedHandler(RiskRegisterService registers) {
        this.registers = registers;
    }

    @Override
    public Class<ProjectClosed> payloadType() {
        return ProjectClosed.class;
    }

    @Override
    public void handle(IncomingEvent<ProjectClosed> event) {
        registers.close(event.payload().projectId(), event.payload().by(), REASON);
    }
}
