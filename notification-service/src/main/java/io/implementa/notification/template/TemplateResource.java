package io.implementa.notification.template;

import io.implementa.notification.recipient.Channel;
import io.implementa.notification.template.TemplateApi.SaveTemplateRequest;
import io.implementa.notification.template.TemplateApi.TemplateView;
import io.implementa.platform.http.Problem;
import io.implementa.platform.http.Responses;
import io.implementa.platform.security.GlobalRole;
import io.implementa.platform.security.RequiresGlobalRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Message templates per event type and channel: the built-in defaults, and overrides admins save. */
@Path("/api/v1/templates/{eventType}/{channel}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Templates", description = "The Qute templates of each event type and channel, and overriding them")
public class TemplateResource {

    private final Templates templates;

    public TemplateResource(Templates templates) {
        this.templates = templates;
    }

    @GET
    @Operation(operationId = "getTemplate", summary = "Read the templates in force for an event type and channel",
            description = "The override if one was saved, else the built-in templates. Event types are those of the "
                    + "built-in rules; channels EMAIL, SLACK and TEAMS (webhooks carry the event itself).")
    @APIResponse(responseCode = "200", description = "The templates",
            content = @Content(schema = @Schema(implementation = TemplateView.class)))
    public TemplateView get(@PathParam("eventType") String eventType, @PathParam("channel") Channel channel) {
        return templates.find(eventType, channel);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresGlobalRole(GlobalRole.ADMIN)
    @Operation(operationId = "saveTemplate", summary = "Override the templates of an event type and channel",
            description = "Qute, with the event's data as e (e.g. {e.title}, {e.owner.name}) and projectKey, "
                    + "projectName, recipientName. Each part is rendered against a sample of the event before it is "
                    + "saved; one that does not parse or render (an unknown name, a syntax error) is refused with "
                    + "the error. The html part is HTML-escaped.")
    @APIResponse(responseCode = "200", description = "Saved; in force for the next notifications",
            headers = @Header(name = "ETag", description = "The override's version"),
            content = @Content(schema = @Schema(implementation = TemplateView.class)))
    @APIResponse(responseCode = "422", description = "A part does not render against a sample event (errors name "
            + "the part and give Qute's message), or the channel takes no template",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response save(@PathParam("eventType") String eventType, @PathParam("channel") Channel channel,
            @NotNull @Valid SaveTemplateRequest request) {
        TemplateView saved = templates.save(eventType, channel, request);
        return Responses.tagged(saved, saved.version());
    }

    @DELETE
    @RequiresGlobalRole(GlobalRole.ADMIN)
    @Operation(operationId = "resetTemplate", summary = "Go back to the built-in templates")
    @APIResponse(responseCode = "204", description = "The built-in templates are in force")
    public Response reset(@PathParam("eventType") String eventType, @PathParam("channel") Channel channel) {
        templates.reset(eventType, channel);
        return Response.noContent().build();
    }
}
