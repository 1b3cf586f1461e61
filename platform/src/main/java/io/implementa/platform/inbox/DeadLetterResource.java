package io.implementa.platform.inbox;

import io.implementa.platform.security.GlobalRole;
import io.implementa.platform.security.RequiresGlobalRole;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The documented command that re-drives this service's dead-lettered events once their cause is fixed. */
@Path("/api/v1/admin/dead-letters")
@Tag(name = "Operations", description = "Operator actions on the service's event processing")
@RequiresGlobalRole(GlobalRole.ADMIN)
public class DeadLetterResource {

    private final DeadLetterRedriver redriver;

    public DeadLetterResource(DeadLetterRedriver redriver) {
        this.redriver = redriver;
    }

    /** How many dead letters a re-drive sent back. */
    @Schema(name = "RedriveResult")
    public record RedriveResult(@Schema(example = "3") int redriven) {
    }

    @POST
    @Path("/redrive")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "redriveDeadLetters", summary = "Re-drive dead-lettered events",
            description = "Sends every dead letter not re-driven before back to its original topic, addressed to "
                    + "this service's consumer only. Run it after fixing what made the events fail. Admins only.")
    @APIResponse(responseCode = "403", description = "The caller is not an admin")
    @APIResponse(responseCode = "200", description = "Dead letters re-driven",
            content = @Content(schema = @Schema(implementation = RedriveResult.class)))
    public RedriveResult redrive() {
        return new RedriveResult(redriver.redriveAll());
    }
}
