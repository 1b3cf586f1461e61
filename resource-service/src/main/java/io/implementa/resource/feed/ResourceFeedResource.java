package io.implementa.resource.feed;

import io.implementa.platform.feed.FeedCalendar;
import io.implementa.platform.feed.FeedEndpoint;
import io.implementa.platform.feed.FeedRequest;
import io.implementa.platform.feed.FeedScope;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The resource-service's iCalendar feeds, opened by a feed token ({@code ?token=}) instead of a bearer token:
 * the token owner's own allocations and absences, and the allocations of one project's people.
 */
@Path("/api/v1/feeds")
@Tag(name = "Calendar feeds")
public class ResourceFeedResource {

    static final String PROJECT_FEED = "/api/v1/feeds/projects/{projectId}/allocations.ics";
    static final String PERSONAL_FEED = "/api/v1/feeds/me/allocations.ics";

    private static final String ICS_EXAMPLE = """
            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//Implementa//Calendar feeds//EN
            NAME:My allocations and absences
            BEGIN:VEVENT
            UID:allocation-2d4e…@resource-service.implementa
            SUMMARY:María López: 50% on ERP Data migration
            DTSTART;VALUE=DATE:20270301
            DTEND;VALUE=DATE:20270313
            END:VEVENT
            END:VCALENDAR
            """;

    private final ResourceFeeds feeds;
    private final FeedRequest feed;

    public ResourceFeedResource(ResourceFeeds feeds, FeedRequest feed) {
        this.feeds = feeds;
        this.feed = feed;
    }

    @GET
    @Path("/projects/{projectId}/allocations.ics")
    @Produces(FeedCalendar.MEDIA_TYPE)
    @FeedEndpoint(FeedScope.PROJECT)
    @Operation(operationId = "getProjectAllocationsFeed", summary = "Calendar feed of a project's allocations",
            description = "iCalendar (RFC 5545) for calendar subscriptions: one all-day event per active allocation "
                    + "to the project, spanning its dates, named for the resource and the load. People's absences are "
                    + "not part of it. Opened by the token of a PROJECT feed token (POST /api/v1/feed-tokens), not by "
                    + "a bearer token; answers 404 once the token is revoked or its owner is no longer a member of the "
                    + "project. Supports If-None-Match.")
    @APIResponse(responseCode = "200", description = "The calendar",
            content = @Content(mediaType = FeedCalendar.MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.STRING, example = ICS_EXAMPLE)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag given in If-None-Match")
    public Response project(@PathParam("projectId") UUID projectId,
            @QueryParam("token") @Parameter(description = "The feed token's secret", required = true) String token,
            @Context Request request) {
        return feeds.ofProject(projectId).respond(request);
    }

    @GET
    @Path("/me/allocations.ics")
    @Produces(FeedCalendar.MEDIA_TYPE)
    @FeedEndpoint(FeedScope.PERSON)
    @Operation(operationId = "getPersonalAllocationsFeed", summary = "Calendar feed of your allocations and absences",
            description = "iCalendar (RFC 5545): the active allocations and the absences of the resource whose "
                    + "person is the token's owner (empty when there is none). Opened by the token of a PERSON feed "
                    + "token, not by a bearer token. Supports If-None-Match.")
    @APIResponse(responseCode = "200", description = "The calendar",
            content = @Content(mediaType = FeedCalendar.MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.STRING, example = ICS_EXAMPLE)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag given in If-None-Match")
    public Response personal(
            @QueryParam("token") @Parameter(description = "The feed token's secret", required = true) String token,
            @Context Request request) {
        return feeds.ofPerson(feed.grant().ownerSubject()).respond(request);
    }
}
