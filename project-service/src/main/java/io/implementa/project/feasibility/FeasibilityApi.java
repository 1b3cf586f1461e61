package io.implementa.project.feasibility;

import io.implementa.platform.people.PersonRef;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The feasibility-note payloads of the REST API. */
public final class FeasibilityApi {

    private FeasibilityApi() {
    }

    @Schema(name = "CreateFeasibilityNoteRequest", description = "A feasibility note; its author is the caller")
    public record CreateFeasibilityNoteRequest(
            @NotNull @Schema(example = "TECHNICAL") FeasibilityTopic topic,
            @NotBlank @Size(max = 8000)
            @Schema(example = "The vendor's EDI adapter supports our two carriers; the third needs a custom mapping")
            String text,
            @NotNull @Schema(example = "FEASIBLE_WITH_CONDITIONS") FeasibilityConclusion conclusion) {
    }

    @Schema(name = "FeasibilityNote")
    public record FeasibilityNoteView(
            UUID id,
            UUID projectId,
            FeasibilityTopic topic,
            String text,
            FeasibilityConclusion conclusion,
            PersonRef author,
            Instant createdAt,
            @Schema(description = "Entity version; the ETag carries the same value") long version) {

        static FeasibilityNoteView of(FeasibilityNote n) {
            return new FeasibilityNoteView(n.id, n.projectId, n.topic, n.text, n.conclusion, n.author, n.createdAt,
                    n.version);
        }
    }

    @Schema(name = "FeasibilityNotePage")
    public record FeasibilityNotePage(List<FeasibilityNoteView> items, int page, int size, long totalItems,
            int totalPages) {
    }
}
