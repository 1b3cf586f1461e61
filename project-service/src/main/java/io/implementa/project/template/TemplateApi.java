package io.implementa.project.template;

import io.implementa.platform.people.PersonRef;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The template payloads of the REST API. */
public final class TemplateApi {

    private TemplateApi() {
    }

    @Schema(name = "SaveTemplateRequest")
    public record SaveTemplateRequest(
            @NotBlank @Size(max = 200) @Schema(example = "ERP roll-out, one plant") String name,
            @Size(max = 4000) @Schema(example = "Our ERP roll-out with the plant-specific checklists") String description,
            @Schema(description = "Visible to every user (true) or to the owner only (false, the default)",
                    example = "true") Boolean shared) {
    }

    @Schema(name = "ProjectTemplate")
    public record TemplateView(
            UUID id,
            @Schema(example = "Systems implementation") String name,
            String description,
            @Schema(description = "Shipped with Implementa; has no owner") boolean builtIn,
            @Schema(description = "Visible to every user") boolean shared,
            @Schema(description = "Who saved it; null for built-in templates") PersonRef owner,
            @Schema(description = "The project it was saved from; null for built-in templates") UUID sourceProjectId,
            @Schema(example = "ERP-2027") String sourceProjectKey,
            TemplateContent content,
            Instant createdAt,
            @Schema(description = "Entity version; the ETag carries the same value") long version) {
    }

    @Schema(name = "ProjectTemplatePage")
    public record TemplatePage(List<TemplateView> items, int page, int size, long totalItems, int totalPages) {
    }
}
