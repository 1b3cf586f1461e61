package io.implementa.notification.unsubscribe;

import io.implementa.notification.recipient.Recipient;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The unsubscribe link of e-mails, the one API route without a token (the signed link is the proof). GET only
 * shows a confirmation form, because mail scanners follow links; POST unsubscribes (also the RFC 8058 one-click
 * POST of mail clients).
 */
@Path("/api/v1/unsubscribe/{token}")
@PermitAll
@SecurityRequirementsSet
@Tag(name = "Unsubscribe", description = "The signed unsubscribe link of e-mails; needs no token")
public class UnsubscribeResource {

    private final Unsubscriptions unsubscriptions;

    public UnsubscribeResource(Unsubscriptions unsubscriptions) {
        this.unsubscriptions = unsubscriptions;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "showUnsubscribe", summary = "Show the unsubscribe confirmation",
            description = "Changes nothing: a page with a button that POSTs to the same link.")
    @APIResponse(responseCode = "200", description = "The confirmation page",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type =
                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    public String confirm(@PathParam("token") String token) {
        Recipient recipient = unsubscriptions.recipientOf(token);
        return page("Unsubscribe " + escape(recipient.displayName) + " from Implementa e-mails?",
                "<form method=\"post\"><button type=\"submit\">Unsubscribe</button></form>");
    }

    @POST
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "unsubscribe", summary = "Unsubscribe from e-mail notifications",
            description = "No e-mail reaches the recipient any more (other channels are not affected). Idempotent.")
    @APIResponse(responseCode = "200", description = "Unsubscribed",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type =
                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    public String unsubscribe(@PathParam("token") String token) {
        Recipient recipient = unsubscriptions.unsubscribe(token);
        return page(escape(recipient.displayName) + " is unsubscribed",
                "<p>No more Implementa e-mails will be sent to this address.</p>");
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body><h1>"
                + title + "</h1>" + body + "</body></html>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
