package io.implementa.project.gate;

import io.implementa.platform.people.PersonRef;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The gate checklist payloads of the REST API. */
public final class ChecklistApi {

    private ChecklistApi() {
    }

    static final int MAX_TEXT = 500;

    @Schema(name = "AddChecklistItemRequest")
    public record AddChecklistItemRequest(
            @NotBlank @Size(max = MAX_TEXT)
            @Schema(description = "What must be done before the gate", example = "Steering committee approved the charter")
            String text) {
    }

    /** Merge patch: tick or untick with {@code done}, reword with {@code text}. */
    @Schema(name = "UpdateChecklistItemRequest")
    public record UpdateChecklistItemRequest(
            @Schema(description = "true ticks the item (recording who and when), false unticks it", example = "true")
            Optional<Boolean> done,
            Optional<@NotBlank @Size(max = MAX_TEXT) String> text) {
    }

    @Schema(name = "ChecklistItem")
    public record ChecklistItemView(
            UUID id,
            UUID projectId,
            @Schema(example = "START_PLANNING") Gate gate,
            @Schema(example = "Steering committee approved the charter") String text,
            boolean done,
            @Schema(description = "When it was ticked; null while open") Instant doneAt,
            @Schema(description = "Who ticked it; null while open") PersonRef doneBy,
            Instant createdAt,
            @Schema(description = "Entity version; the ETag carries the same value") long version) {

        static ChecklistItemView of(ChecklistItem item) {
            return new ChecklistItemView(item.id, item.projectId, item.gate, item.text, item.done, item.doneAt,
                    item.doneBy, item.createdAt, item.version);
        }
    }

    @Schema(name = "ChecklistItemPage")
    public record ChecklistItemPage(List<ChecklistItemView> items, int page, int size, long totalItems,
            int totalPages) {
    }
}
