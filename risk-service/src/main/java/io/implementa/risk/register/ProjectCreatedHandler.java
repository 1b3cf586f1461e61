package io.implementa.risk.register;

import io.implementa.platform.inbox.EventHandler;
import io.implementa.platform.inbox.IncomingEvent;
import io.implementa.risk.register.ProjectEvents.ProjectCreated;
import jakarta.enterprise.context.ApplicationScoped;

/** Opens a risk register for every new project. */
@ApplicationScoped
public class ProjectCreatedHandler implements EventHandler<ProjectCreated> {

    private final RiskRegisterService registers;

    public ProjectCreatedHandler(RiskRegisterService registers) {
        this.registers = registers;
    }

    @Override
    public Class<ProjectCreated> payloadType() {
        return ProjectCreated.class;
    }

    @Override
    public void handle(IncomingEvent<ProjectCreated> event) {
        ProjectCreated project = event.payload();
        registers.open(project.projectId(), project.projectKey(), project.name(), project.manager());
    }
}
