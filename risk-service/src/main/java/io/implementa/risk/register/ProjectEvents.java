package io.implementa.risk.register;

import io.implementa.platform.events.EventType;
import io.implementa.platform.people.PersonRef;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * The project-service's events as this service reads them: only the fields it keeps, so the producer can
 * add fields without breaking it. The constraints are what a register needs: the platform checks them before
 * a handler sees the event, and dead-letters an event that breaks them, since it can never be applied.
 */
public final class ProjectEvents {

    private ProjectEvents() {
    }

    @EventType("io.implementa.project.ProjectCreated")
    public record ProjectCreated(
            @NotNull UUID projectId,
            @NotBlank @Size(max = 20) String projectKey,
            @NotBlank @Size(max = 200) String name,
            @NotNull @Valid PersonRef manager) {
    }

    /** Carries the project's whole current state, like the producer's event. */
    @EventType("io.implementa.project.ProjectUpdated")
    public record ProjectUpdated(
            @NotNull UUID projectId,
            @NotBlank @Size(max = 20) String projectKey,
            @NotBlank @Size(max = 200) String name,
            @NotNull @Valid PersonRef manager) {
    }

    /** The project was closed: its register closes with it. */
    @EventType("io.implementa.project.ProjectClosed")
    public record ProjectClosed(
            @NotNull UUID projectId,
            @NotBlank @Size(max = 20) String projectKey,
            @NotNull @Valid PersonRef by) {
    }

    /** The project was cancelled: its register closes as for a closure. */
    @EventType("io.implementa.project.ProjectCancelled")
    public record ProjectCancelled(
            @NotNull UUID projectId,
            @NotBlank @Size(max = 20) String projectKey,
            @NotNull @Valid PersonRef by) {
    }
}
