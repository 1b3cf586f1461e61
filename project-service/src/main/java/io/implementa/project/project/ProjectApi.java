package io.implementa.project.project;

import io.implementa.platform.people.PersonRef;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The project payloads of the REST API; the entity itself is never serialised. */
public final class ProjectApi {

    private ProjectApi() {
    }

    static final String KEY_PATTERN = "^[A-Z][A-Z0-9]{1,9}(-[A-Z0-9]{1,9})?$";

    @Schema(name = "CreateProjectRequest")
    public record CreateProjectRequest(
            @NotBlank @Pattern(regexp = KEY_PATTERN, message = "must be upper-case letters and digits like ERP-2027")
            @Schema(description = "Unique human key", example = "ERP-2027") String key,
            @NotBlank @Size(max = 200) @Schema(example = "ERP roll-out 2027") String name,
            @Size(max = 4000) @Schema(example = "Replace the legacy ERP with the new suite in all plants") String description,
            @NotNull @Schema(example = "IMPLEMENTATION") ProjectType type,
            @NotNull @Valid PersonRef sponsor,
            @NotNull @Valid PersonRef manager,
            @NotNull @Schema(example = "2027-01-04") LocalDate plannedStart,
            @NotNull @Schema(example = "2027-12-17") LocalDate plannedEnd) {
    }

    /** A partial update: absent fields stay as they are; {@code description: null} clears the description. */
    @Schema(name = "UpdateProjectRequest")
    public record UpdateProjectRequest(
            Optional<@NotBlank @Size(max = 200) String> name,
            Optional<@Size(max = 4000) String> description,
            Optional<ProjectType> type,
            Optional<@Valid PersonRef> sponsor,
            Optional<@Valid PersonRef> manager,
            Optional<LocalDate> plannedStart,
            Optional<LocalDate> plannedEnd) {
    }

    @Schema(name = "Project")
    public record ProjectView(
            UUID id,
            @Schema(example = "ERP-2027") String key,
            String name,
            String description,
            ProjectType type,
            ProjectStatus status,
            Phase phase,
            @Schema(description = "The phases under way: [EXECUTION, MONITORING_AND_CONTROL] during Execution, "
                    + "the phase alone otherwise, none once the project is closed or cancelled",
                    example = "[\"EXECUTION\", \"MONITORING_AND_CONTROL\"]")
            List<Phase> activePhases,
            PersonRef sponsor,
            PersonRef manager,
            LocalDate plannedStart,
            LocalDate plannedEnd,
            Instant createdAt,
            Instant updatedAt,
            @Schema(description = "Entity version; the ETag carries the same value") long version) {

        static ProjectView of(Project p) {
            return new ProjectView(p.id, p.key, p.name, p.description, p.type, p.status, p.phase, p.activePhases(),
                    p.sponsor, p.manager, p.plannedStart, p.plannedEnd, p.createdAt, p.updatedAt, p.version);
        }
    }
}
