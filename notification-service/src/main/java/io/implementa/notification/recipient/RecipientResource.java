package io.implementa.notification.recipient;

import io.implementa.notification.recipient.RecipientApi.CreateRecipientRequest;
import io.implementa.notification.recipient.RecipientApi.RecipientView;
import io.implementa.notification.recipient.RecipientApi.UpdateRecipientRequest;
import io.implementa.platform.http.IfMatch;
import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.Paging;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Responses;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The recipient directory over HTTP: register, read, list and change recipients, each caller the ones they may
 * reach ({@link RecipientAccess}).
 */
@Path("/api/v1/recipients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Recipients", description = "Who can be notified, through which channel, how often, where and in which language")
public class RecipientResource {

    private final RecipientService recipients;

    public RecipientResource(RecipientService recipients) {
        this.recipients = recipients;
    }

    @POST
    @Operation(operationId = "createRecipient", summary = "Register a recipient",
            description = "Registers a DIRECT recipient owned by the caller; only PERSON recipients name a person, and "
                    + "a person is in the directory once. Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Registered",
            headers = { @Header(name = "Location", description = "URL of the new recipient"),
                    @Header(name = "ETag", description = "The recipient's version") },
            content = @Content(schema = @Schema(implementation = RecipientView.class)))
    @APIResponse(responseCode = "403", description = "A PERSON recipient for someone else: only the person themselves "
            + "or an admin may register one")
    @APIResponse(responseCode = "409", description = "The person is already in the directory (recipientId names it)")
    public Response create(@NotNull @Valid CreateRecipientRequest request, @Context UriInfo uri) {
        RecipientView created = recipients.register(request);
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRecipient", summary = "Read a recipient",
            description = "Only whoever registered the recipient, the person it describes, members of a project it "
                    + "is linked to and admins see it; anyone else gets 404.")
    @APIResponse(responseCode = "200", description = "The recipient",
            headers = @Header(name = "ETag", description = "The recipient's version"),
            content = @Content(schema = @Schema(implementation = RecipientView.class)))
    public Response get(@PathParam("id") UUID id) {
        RecipientView recipient = recipients.find(id).orElseThrow(() -> new ProblemException.NotFound("recipient", id));
        return Responses.tagged(recipient, recipient.version());
    }

    @GET
    @Operation(operationId = "listRecipients", summary = "List recipients",
            description = "Only the recipients the caller may see (see getRecipient). Paged; filter by kind, "
                    + "preferred channel, project and text in the display name or e-mail; sort by name or createdAt "
                    + "(default: name).")
    @APIResponse(responseCode = "200", description = "One page of recipients",
            headers = { @Header(name = "Link", description = "first, prev, next and last pages"),
                    @Header(name = "X-Total-Count", description = "Recipients matching the filter") },
            content = @Content(schema = @Schema(implementation = RecipientPage.class)))
    public Response list(@BeanParam @Valid PageRequest page,
            @QueryParam("kind") RecipientKind kind,
            @QueryParam("channel") @Parameter(description = "Preferred channel") Channel channel,
            @QueryParam("projectId") @Parameter(description = "Only the recipients linked to this project")
            UUID projectId,
            @QueryParam("q") @Size(max = 200) @Parameter(description = "Text in the display name or e-mail") String text,
            @Context UriInfo uri) {
        return Paging.ok(recipients.list(new RecipientService.Filter(kind, channel, projectId, text), page), uri);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Operation(operationId = "updateRecipient", summary = "Change a recipient",
            description = "JSON merge patch: absent fields stay, null clears an optional field. Requires If-Match. "
                    + "Only DIRECT recipients can be changed, by whoever registered them, the person they describe or an "
                    + "admin: those derived from projects change with them.")
    @APIResponse(responseCode = "200", description = "The changed recipient",
            headers = @Header(name = "ETag", description = "The recipient's new version"),
            content = @Content(schema = @Schema(implementation = RecipientView.class)))
    @APIResponse(responseCode = "403", description = "The caller sees the recipient through a project but neither "
            + "registered it nor is the person it describes")
    @APIResponse(responseCode = "409", description = "The recipient is derived from project events")
    public Response update(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag last read", example = "\"0\"") String ifMatch,
            @NotNull @Valid UpdateRecipientRequest request) {
        RecipientView recipient = recipients.update(id, IfMatch.of(ifMatch), request)
                .orElseThrow(() -> new ProblemException.NotFound("recipient", id));
        return Responses.tagged(recipient, recipient.version());
    }

    @POST
    @Path("/{id}/resubscribe")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "resubscribeRecipient", summary = "Receive e-mails again after unsubscribing",
            description = "Undoes the unsubscribe link of e-mails (clears unsubscribedAt). By the person the recipient "
                    + "describes, whoever registered it or an admin; also for recipients derived from projects. "
                    + "Idempotent.")
    @APIResponse(responseCode = "200", description = "The recipient, subscribed again",
            headers = @Header(name = "ETag", description = "The recipient's version"),
            content = @Content(schema = @Schema(implementation = RecipientView.class)))
    @APIResponse(responseCode = "403", description = "The caller sees the recipient through a project but neither "
            + "registered it nor is the person it describes")
    public Response resubscribe(@PathParam("id") UUID id) {
        RecipientView recipient = recipients.resubscribe(id)
                .orElseThrow(() -> new ProblemException.NotFound("recipient", id));
        return Responses.tagged(recipient, recipient.version());
    }

    /** The page type, named for the OpenAPI document. */
    @Schema(name = "RecipientPage")
    public record RecipientPage(List<RecipientView> items, int page, int size, long totalItems, int totalPages) {
    }
}
