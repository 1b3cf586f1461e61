package io.implementa.notification.project;

import io.implementa.notification.project.ProjectEvents.ProjectCreated;
import io.implementa.platform.inbox.EventHandler;
import io.implementa.platform.inbox.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;

/** Builds a new project's recipient directory from its sponsor and manager. */
@ApplicationScoped
public class ProjectCreatedHandler implements EventHandler<ProjectCreated> {

    private final ProjectDirectory directory;

    public ProjectCreatedHandler(ProjectDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Class<ProjectCreated> payloadType() {
        return ProjectCreated.class;
    }

    @Override
    public void handle(IncomingEvent<ProjectCreated> event) {
        directory.projectCreated(event.payload());
    }
}
