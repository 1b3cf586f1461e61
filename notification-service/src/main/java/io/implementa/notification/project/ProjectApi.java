package io.implementa.notification.project;

import io.implementa.notification.recipient.RecipientApi.RecipientView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The payloads of the project projection's REST API. */
public final class ProjectApi {

    private ProjectApi() {
    }

    /** Named apart from the project-service's Project, so clients generated for both do not clash. */
    @Schema(name = "KnownProject", description = "A project as this service knows it from the project-service's events")
    public record ProjectView(
            UUID id,
            @Schema(example = "ERP-2027") String key,
            @Schema(example = "ERP roll-out 2027") String name,
            @Schema(description = "The project-service's status", example = "PROPOSED") String status,
            @Schema(description = "When this service first heard of the project") Instant createdAt,
            @Schema(description = "When this service last applied a change of the project") Instant updatedAt) {

        static ProjectView of(Project p) {
            return new ProjectView(p.id, p.key, p.name, p.status, p.createdAt, p.updatedAt);
        }
    }

    @Schema(name = "ProjectRecipient", description = "A recipient of a project with its roles in that project")
    public record ProjectRecipientView(
            @Schema(example = "[\"MANAGER\"]") List<ProjectRole> roles,
            RecipientView recipient) {
    }
}
