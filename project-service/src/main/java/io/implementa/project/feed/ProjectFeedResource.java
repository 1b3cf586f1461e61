package io.implementa.project.feed;

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
 * The project-service's iCalendar feeds, opened by a feed token ({@code ?token=}) instead of a bearer token:
 * a project's milestones and deliverable due dates, and the same of every project the token's owner belongs to.
 */
@Path("/api/v1/feeds")
@Tag(name = "Calendar feeds")
public class ProjectFeedResource {

    static final String PROJECT_FEED = "/api/v1/feeds/projects/{projectId}/project-dates.ics";
    static final String PERSONAL_FEED = "/api/v1/feeds/me/project-dates.ics";

    private static final String ICS_EXAMPLE = """
            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//Implementa//Calendar feeds//EN
            NAME:ERP: milestones and deliverables
            BEGIN:VEVENT
            UID:milestone-5b0e…@project-service.implementa
            SUMMARY:ERP: Go-live
            DTSTART;VALUE=DATE:20270301
            DTEND;VALUE=DATE:20270302
            END:VEVENT
            END:VCALENDAR
            """;

    private final ProjectFeeds feeds;
    private final FeedRequest feed;

    public ProjectFeedResource(ProjectFeeds feeds, FeedRequest feed) {
        this.feeds = feeds;
        this.feed = feed;
    }

    @GET
    @Path("/projects/{projectId}/project-dates.ics")
    @Produces(FeedCalendar.MEDIA_TYPE)
    @FeedEndpoint(FeedScope.PROJECT)
    @Operation(operationId = "getProjectDatesFeed", summary = "Calendar feed of a project's milestones and deliverables",
            description = "iCalendar (RFC 5545) for calendar subscriptions: one all-day event per milestone (on its "
                    + "scheduled date, or its actual finish once done) and per deliverable with a due date. Opened by "
                    + "the token of a PROJECT feed token (POST /api/v1/feed-tokens), not by a bearer token; answers "
                    + "404 once the token is revoked or its owner is no longer a member. Supports If-None-Match.")
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
    @Path("/me/project-dates.ics")
    @Produces(FeedCalendar.MEDIA_TYPE)
    @FeedEndpoint(FeedScope.PERSON)
    @Operation(operationId = "getPersonalProjectDatesFeed",
            summary = "Calendar feed of the milestones and deliverables of all your projects",
            description = "iCalendar (RFC 5545): the events of the project feed for every project the token's owner "
                    + "is a member of (any role), as it is when the feed is fetched. Opened by the token of a PERSON "
                    + "feed token, not by a bearer token. Supports If-None-Match.")
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
