package io.implementa.project.project;

import io.implementa.platform.events.EventType;
import io.implementa.platform.people.PersonRef;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;

/** What the project aggregate tells the rest of the suite. Schemas: {@code docs/events.md}. */
public final class ProjectEvents {

    private ProjectEvents() {
    }

    @EventType("io.implementa.project.ProjectCreated")
    public record ProjectCreated(
            @NotNull UUID projectId,
            @NotBlank String projectKey,
            @NotBlank String name,
            @NotNull ProjectType type,
            @NotNull ProjectStatus status,
            @NotNull Phase phase,
            @NotNull PersonRef sponsor,
            @NotNull PersonRef manager,
            @NotNull LocalDate plannedStart,
            @NotNull LocalDate plannedEnd) {

        static ProjectCreated of(Project p) {
            return new ProjectCreated(p.id, p.key, p.name, p.type, p.status, p.phase, p.sponsor, p.manager,
                    p.plannedStart, p.plannedEnd);
        }
    }

    /** The project's descriptive fields after a change (the whole state, so consumers need no earlier event). */
    @EventType("io.implementa.project.ProjectUpdated")
    public record ProjectUpdated(
            @NotNull UUID projectId,
            @NotBlank String projectKey,
            @NotBlank String name,
            @NotNull ProjectType type,
            @NotNull ProjectStatus status,
            @NotNull Phase phase,
            @NotNull PersonRef sponsor,
            @NotNull PersonRef manager,
            @NotNull LocalDate plannedStart,
            @NotNull LocalDate plannedEnd) {

        public static ProjectUpdated of(Project p) {
            return new ProjectUpdated(p.id, p.key, p.name, p.type, p.status, p.phase, p.sponsor, p.manager,
                    p.plannedStart, p.plannedEnd);
        }
    }
}
