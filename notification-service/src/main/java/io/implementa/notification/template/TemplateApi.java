package io.implementa.notification.template;

import io.implementa.notification.recipient.Channel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The payloads of the templates API. */
public final class TemplateApi {

    private TemplateApi() {
    }

    @Schema(name = "SaveTemplate", description = "Qute templates for one event type on one channel")
    public record SaveTemplateRequest(
            @NotBlank @Size(max = 2000) @Schema(example = "[{projectKey}] {e.name} slipped to {e.date}") String subject,
            @NotBlank @Size(max = 100_000) @Schema(description = "E-mail text part and chat message",
                    example = "Hello {recipientName}, {e.name} moved from {e.previousDate} to {e.date}.") String text,
            @Size(max = 200_000) @Schema(description = "E-mail HTML part (EMAIL only; HTML-escaped); absent: the "
                    + "built-in one") String html) {
    }

    @Schema(name = "Template", description = "The templates in force for one event type on one channel")
    public record TemplateView(
            @Schema(example = "io.implementa.project.MilestoneMoved") String eventType,
            @Schema(example = "EMAIL") Channel channel,
            @Schema(description = "OVERRIDE if saved through this API, else BUILT_IN", example = "OVERRIDE")
            String source,
            String subject,
            String text,
            String html,
            @Schema(description = "Who saved the override; null for the built-in ones") String changedBy,
            Instant updatedAt,
            @Schema(description = "The override's version (0 for the built-in ones)") long version) {
    }
}
