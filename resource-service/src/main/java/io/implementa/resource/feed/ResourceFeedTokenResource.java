package io.implementa.resource.feed;

import io.implementa.platform.feed.FeedScope;
import io.implementa.platform.feed.FeedTokenResource;
import jakarta.ws.rs.Path;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Feed tokens for the resource-service's calendar feeds ({@link ResourceFeedResource}). */
@Path("/api/v1/feed-tokens")
@Tag(name = "Calendar feeds", description = "iCalendar feeds of allocations and absences, for calendar clients, "
        + "behind revocable feed tokens")
public class ResourceFeedTokenResource extends FeedTokenResource {

    @Override
    protected String feedPath(FeedScope scope, UUID projectId) {
        return scope == FeedScope.PROJECT
                ? ResourceFeedResource.PROJECT_FEED.replace("{projectId}", projectId.toString())
                : ResourceFeedResource.PERSONAL_FEED;
    }
}
