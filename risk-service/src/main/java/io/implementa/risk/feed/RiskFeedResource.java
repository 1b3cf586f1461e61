package io.implementa.risk.feed;

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
 * The risk-service's iCalendar feeds, opened by a feed token ({@code ?token=}) instead of a bearer token:
 * mitigation action due dates and risk review dates of a project, or of the token owner's own actions and risks.
 */
@Path("/api/v1/feeds")
@Tag(name = "Calendar feeds")
public class RiskFeedResource {

    static final String PROJECT_FEED = "/api/v1/feeds/projects/{projectId}/risk-dates.ics";
    static final String PERSONAL_FEED = "/api/v1/feeds/me/risk-dates.ics";

    private static final String ICS_EXAMPLE = """
            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//Implementa//Calendar feeds//EN
            NAME:ERP: mitigation actions and risk reviews
            BEGIN:VEVENT
            UID:mitigation-7c1f…@risk-service.implementa
            SUMMARY:Mitigation due: Agree release plan with HR (ERP-R-001)
            DTSTART;VALUE=DATE:20270115
            DTEND;VALUE=DATE:20270116
            END:VEVENT
            END:VCALENDAR
            """;

    private final RiskFeeds feeds;
    private final FeedRequest feed;

    public RiskFeedResource(RiskFeeds feeds, FeedRequest feed) {
        this.feeds = feeds;
        this.feed = feed;
    }

    @GET
    @Path("/projects/{projectId}/risk-dates.ics")
    @Produces(FeedCalendar.MEDIA_TYPE)
    @FeedEndpoint(FeedScope.PROJECT)
    @Operation(operationId = "getProjectRiskDatesFeed",
            summary = "Calendar feed of a project's mitigation actions and risk reviews",
            description = "iCalendar (RFC 5545) for calendar subscriptions: one all-day event per mitigation action "
                    + "on its due date (cancelled ones left out) and per risk not closed on its next review date. "
                    + "Opened by the token of a PROJECT feed token (POST /api/v1/feed-tokens), not by a bearer token; "
                    + "answers 404 once the token is revoked or its owner is no longer a member. Supports If-None-Match.")
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
    @Path("/me/risk-dates.ics")
    @Produces(FeedCalendar.MEDIA_TYPE)
    @FeedEndpoint(FeedScope.PERSON)
    @Operation(operationId = "getPersonalRiskDatesFeed",
            summary = "Calendar feed of the mitigation actions and risk reviews you own",
            description = "iCalendar (RFC 5545): the events of the project feeds whose action or risk the token's "
                    + "owner owns, in the projects they are still a member of. Opened by the token of a PERSON feed "
                    + "token, not by a bearer token. Supports If-None-Match.")
    @APIResponse(responseCode = "200", description = "The calendar",
            content = @Content(mediaType = FeedCalendar.MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.STRING, example = ICS_EXAMPLE)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag given in If-None-Match")
    public Response personal(
            @QueryParam("token") @Parameter(description = "The feed token's secret", required = true) String token,
            @Context Request request) {
        return feeds.ofOwner(feed.grant().ownerSubject()).respond(request);
    }
}
