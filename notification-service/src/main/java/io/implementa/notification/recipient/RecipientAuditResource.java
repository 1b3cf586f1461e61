package io.implementa.notification.recipient;

import io.implementa.notification.recipient.RecipientApi.RecipientView;
import io.implementa.platform.audit.Actor;
import io.implementa.platform.audit.Change;
import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.Paging;
import io.implementa.platform.http.ProblemException;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A recipient's audit history over HTTP, for those who may see the recipient ({@link RecipientAccess}): changes
 * through the API name their caller, changes that follow project events name the service.
 */
@Path("/api/v1/recipients/{id}/history")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recipients")
public class RecipientAuditResource {

    private final RecipientService recipients;

    public RecipientAuditResource(RecipientService recipients) {
        this.recipients = recipients;
    }

    @GET
    @Operation(operationId = "getRecipientHistory", summary = "A recipient's change history",
            description = "Every committed change of the recipient: who made it (system:notification-service for "
                    + "changes that follow project events), when, and the recipient as it was afterwards, with chat "
                    + "webhook URLs masked as in getRecipient. Newest first (sort=revision for oldest first); paged. "
                    + "Whoever may not see the recipient gets 404.")
    @APIResponse(responseCode = "200", description = "One page of the recipient's history",
            headers = { @Header(name = "Link", description = "first, prev, next and last pages"),
                    @Header(name = "X-Total-Count", description = "Revisions in the history") },
            content = @Content(schema = @Schema(implementation = RecipientHistoryPage.class)))
    public Response history(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page, @Context UriInfo uri) {
        return Paging.ok(recipients.history(id, page)
                .orElseThrow(() -> new ProblemException.NotFound("recipient", id)), uri);
    }

    /** A revision of a recipient, named for the OpenAPI document (the platform's {@code Revision}, typed). */
    @Schema(name = "RecipientRevision")
    public record RecipientRevision(long revision, Instant at, Actor by, Change change,
            @Schema(description = "The recipient as it was after the change") RecipientView state) {
    }

    @Schema(name = "RecipientHistoryPage")
    public record RecipientHistoryPage(List<RecipientRevision> items, int page, int size, long totalItems,
            int totalPages) {
    }
}
