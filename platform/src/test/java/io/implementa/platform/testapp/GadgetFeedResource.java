package io.implementa.platform.testapp;

import io.implementa.platform.feed.FeedCalendar;
import io.implementa.platform.feed.FeedEndpoint;
import io.implementa.platform.feed.FeedRequest;
import io.implementa.platform.feed.FeedScope;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Calendar feeds of the test application: one per project and one per person, opened by feed tokens. */
@Path("/api/v1/feeds")
@Produces(FeedCalendar.MEDIA_TYPE)
public class GadgetFeedResource {

    static final Instant REVISED = Instant.parse("2027-02-01T08:00:00Z");

    private final FeedRequest feed;

    public GadgetFeedResource(FeedRequest feed) {
        this.feed = feed;
    }

    @GET
    @Path("/projects/{projectId}/gadgets.ics")
    @FeedEndpoint(FeedScope.PROJECT)
    public Response projectFeed(@PathParam("projectId") UUID projectId, @Context Request request) {
        return FeedCalendar.named("Gadgets of " + projectId)
                .allDay("gadget-day-" + projectId + "@platform-test", "Gadget day", LocalDate.of(2027, 3, 1),
                        LocalDate.of(2027, 3, 1), "for " + feed.grant().ownerSubject(), REVISED, List.of("Gadget"))
                .respond(request);
    }

    @GET
    @Path("/me/gadgets.ics")
    @FeedEndpoint(FeedScope.PERSON)
    public Response personalFeed(@Context Request request) {
        String owner = feed.grant().ownerSubject();
        return FeedCalendar.named("My gadgets")
                .allDay("gadget-week-" + owner + "@platform-test", "Gadget week of " + owner,
                        LocalDate.of(2027, 4, 5), LocalDate.of(2027, 4, 9), null, REVISED, List.of())
                .respond(request);
    }

    /** A route under the feeds path that forgot {@link FeedEndpoint}: it must stay closed. */
    @GET
    @Path("/forgotten.ics")
    public String forgotten() {
        return "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n";
    }
}
