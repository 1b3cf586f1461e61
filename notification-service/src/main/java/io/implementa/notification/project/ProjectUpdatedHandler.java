package io.implementa.notification.project;

import io.implementa.notification.project.ProjectEvents.ProjectUpdated;
import io.implementa.platform.inbox.EventHandler;
import io.implementa.platform.inbox.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps a project's key, name, status and people current, and builds the directory of a project not heard of
 * yet: the update carries the whole project, and its ProjectCreated may never arrive (dead-lettered, or expired
 * from the topic), so waiting for it could block the partition for good.
 */
@ApplicationScoped
public class ProjectUpdatedHandler implements EventHandler<ProjectUpdated> {

    private final ProjectDirectory directory;

    public ProjectUpdatedHandler(ProjectDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Class<ProjectUpdated> payloadType() {
        return ProjectUpdated.class;
    }

    @Override
    public void handle(IncomingEvent<ProjectUpdated> event) {
        directory.projectUpdated(event.payload());
    }
}
