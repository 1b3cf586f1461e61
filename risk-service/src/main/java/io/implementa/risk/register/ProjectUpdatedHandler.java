package io.implementa.risk.register;

import io.implementa.platform.inbox.EventHandler;
import io.implementa.platform.inbox.IncomingEvent;
import io.implementa.risk.register.ProjectEvents.ProjectUpdated;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps a register's project key, name and manager current, and opens the register of a project this service
 * has not heard of yet: the update carries the whole project, and its ProjectCreated may never arrive
 * (dead-lettered, or expired from the topic), so waiting for it could block the partition for good.
 */
@ApplicationScoped
public class ProjectUpdatedHandler implements EventHandler<ProjectUpdated> {

    private final RiskRegisterService registers;

    public ProjectUpdatedHandler(RiskRegisterService registers) {
        this.registers = registers;
    }

    @Override
    public Class<ProjectUpdated> payloadType() {
        return ProjectUpdated.class;
    }

    @Override
    public void handle(IncomingEvent<ProjectUpdated> event) {
        ProjectUpdated project = event.payload();
        registers.describeOrOpen(project.projectId(), project.projectKey(), project.name(), project.manager());
    }
}
