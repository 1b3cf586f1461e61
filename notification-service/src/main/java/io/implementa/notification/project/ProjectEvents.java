package io.implementa.notification.project;

import io.implementa.platform.events.EventType;
import io.implementa.platform.people.PersonRef;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * The project-service's events as this service reads them: only the fields the directory keeps (the reader
 * ignores the others, so the producer may add fields). The constraints are what the directory needs: the
 * platform checks them before a handler sees the event, and dead-letters an event breaking them, since it can
 * never be applied.
 */
public final class ProjectEvents {

    private ProjectEvents() {
    }

    /** A project's whole state, as both events carry it. */
    public sealed interface ProjectState permits ProjectCreated, ProjectUpdated {
        UUID projectId();

        String projectKey();

        String name();

        String status();

        PersonRef sponsor();

        PersonRef manager();
    }

    @EventType("io.implementa.project.ProjectCreated")
    public record ProjectCreated(
            @NotNull UUID projectId,
            @NotBlank @Size(max = 100) String projectKey,
            @NotBlank @Size(max = 500) String name,
            @NotBlank @Size(max = 30) String status,
            @NotNull @Valid PersonRef sponsor,
            @NotNull @Valid PersonRef manager) implements ProjectState {
    }

    @EventType("io.implementa.project.ProjectUpdated")
    public record ProjectUpdated(
            @NotNull UUID projectId,
            @NotBlank @Size(max = 100) String projectKey,
            @NotBlank @Size(max = 500) String name,
            @NotBlank @Size(max = 30) String status,
            @NotNull @Valid PersonRef sponsor,
            @NotNull @Valid PersonRef manager) implements ProjectState {
    }
}
