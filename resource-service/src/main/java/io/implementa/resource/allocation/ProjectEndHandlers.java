package io.implementa.resource.allocation;

import io.implementa.platform.events.EventType;
import io.implementa.platform.inbox.EventHandler;
import io.implementa.platform.inbox.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * The project-service's closure and cancellation of a project: the project's allocations end on that day
 * (UTC) and its resources' over-allocation is re-checked. Only the fields needed are read.
 */
public final class ProjectEndHandlers {

    private ProjectEndHandlers() {
    }

    @EventType("io.implementa.project.ProjectClosed")
    public record ProjectClosed(@NotNull UUID projectId, @NotBlank String projectKey, @NotNull Instant closedAt) {
    }

    @EventType("io.implementa.project.ProjectCancelled")
    public record ProjectCancelled(@NotNull UUID projectId, @NotBlank String projectKey,
            @NotNull Instant cancelledAt) {
    }

    @ApplicationScoped
    static class OnProjectClosed implements EventHandler<ProjectClosed> {
        private final AllocationService allocations;

        OnProjectClosed(AllocationService allocations) {
            this.allocations = allocations;
        }

        @Override
        public Class<ProjectClosed> payloadType() {
            return ProjectClosed.class;
        }

        @Override
        public void handle(IncomingEvent<ProjectClosed> event) {
            ProjectClosed closed = event.payload();
            allocations.endProject(closed.projectId(), closed.projectKey(), "CLOSED",
                    closed.closedAt().atZone(ZoneOffset.UTC).toLocalDate());
        }
    }

    @ApplicationScoped
    static class OnProjectCancelled implements EventHandler<ProjectCancelled> {
        private final AllocationService allocations;

        OnProjectCancelled(AllocationService allocations) {
            this.allocations = allocations;
        }

        @Override
        public Class<ProjectCancelled> payloadType() {
            return ProjectCancelled.class;
        }

        @Override
        public void handle(IncomingEvent<ProjectCancelled> event) {
            ProjectCancelled cancelled = event.payload();
            allocations.endProject(cancelled.projectId(), cancelled.projectKey(), "CANCELLED",
                    cancelled.cancelledAt().atZone(ZoneOffset.UTC).toLocalDate());
        }
    }
}
