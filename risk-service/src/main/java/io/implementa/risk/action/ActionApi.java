package io.implementa.risk.action;

import io.implementa.platform.people.PersonRef;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The mitigation action payloads of the REST API. */
public final class ActionApi {

    private ActionApi() {
    }

    @Schema(name = "CreateMitigationActionRequest")
    public record CreateActionRequest(
            @NotBlank @Size(max = 200) @Schema(example = "Run a cleansing sprint on customer master data")
            String title,
            @Size(max = 4000) String description,
            @NotNull @Valid PersonRef owner,
            @NotNull @Schema(example = "2027-02-15") LocalDate dueDate) {
    }

    /** A JSON merge patch: absent fields stay as they are. */
    @Schema(name = "MitigationActionPatch", description = "JSON merge patch; absent fields stay as they are. "
            + "status: OPEN → DONE | CANCELLED")
    public record ActionPatch(
            Optional<@NotBlank @Size(max = 200) String> title,
            Optional<@Size(max = 4000) String> description,
            Optional<@Valid PersonRef> owner,
            Optional<LocalDate> dueDate,
            Optional<ActionStatus> status) {
    }

    @Schema(name = "MitigationAction")
    public record ActionView(
            UUID id,
            UUID riskId,
            UUID projectId,
            String title,
            String description,
            PersonRef owner,
            LocalDate dueDate,
            ActionStatus status,
            Instant createdAt,
            Instant updatedAt,
            @Schema(description = "Entity version; the ETag carries the same value") long version) {

        static ActionView of(MitigationAction a) {
            return new ActionView(a.id, a.riskId, a.projectId, a.title, a.description, a.owner, a.dueDate, a.status,
                    a.createdAt, a.updatedAt, a.version);
        }
    }

    @Schema(name = "MitigationActionPage")
    public record ActionPage(List<ActionView> items, int page, int size, long totalItems, int totalPages) {
    }
}
