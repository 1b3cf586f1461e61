package io.implementa.project.project;

import io.implementa.platform.events.EventType;
import io.implementa.platform.people.PersonRef;
import java.time.LocalDate;
import java.util.UUID;

/** What the project aggregate tells the rest of the suite. Schemas: {@code docs/events.md}. */
public final class ProjectEvents {

    private ProjectEvents() {
    }

    @EventType("io.implementa.project.ProjectCreated")
    public record ProjectCreated(
            UUID projectId,
            String projectKey,
            String name,
            ProjectType type,
            ProjectStatus status,
            Phase phase,
            PersonRef sponsor,
            PersonRef manager,
            LocalDate plannedStart,
            LocalDate plannedEnd) {

        static ProjectCreated of(Project p) {
            return new ProjectCreated(p.id, p.key, p.name, p.type, p.status, p.phase, p.sponsor, p.manager,
                    p.plannedStart, p.plannedEnd);
        }
    }

    /** The project's descriptive fields after a change (the whole state, so consumers need no earlier event). */
    @EventType("io.implementa.project.ProjectUpdated")
    public record ProjectUpdated(
            UUID projectId,
            String projectKey,
            String name,
            ProjectType type,
            ProjectStatus status,
            Phase phase,
            PersonRef sponsor,
            PersonRef manager,
            LocalDate plannedStart,
            LocalDate plannedEnd) {

        static ProjectUpdated of(Project p) {
            return new ProjectUpdated(p.id, p.key, p.name, p.type, p.status, p.phase, p.sponsor, p.manager,
                    p.plannedStart, p.plannedEnd);
        }
    }
}
