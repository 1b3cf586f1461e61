package io.implementa.platform.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of an entity's history: a committed change, who made it, and the entity as it was afterwards. */
@Schema(name = "Revision")
public record Revision(
        @Schema(description = "The revision number; all changes committed together share one, and numbers grow "
                + "with time", example = "42") long revision,
        @Schema(description = "When the change was committed") Instant at,
        @Schema(description = "Who made the change") Actor by,
        @Schema(description = "What the change did") Change change,
        @Schema(description = "The resource as its GET answered right after the change (for DELETED: as it was "
                + "when deleted)") JsonNode state) {
}
