package io.implementa.project.feed;

import io.implementa.platform.feed.FeedScope;
import io.implementa.platform.feed.FeedTokenResource;
import jakarta.ws.rs.Path;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Feed tokens for the project-service's calendar feeds ({@link ProjectFeedResource}). */
@Path("/api/v1/feed-tokens")
@Tag(name = "Calendar feeds", description = "iCalendar feeds of milestones and deliverable due dates, for calendar "
        + "clients, behind revocable feed tokens")
public class ProjectFeedTokenResource extends FeedTokenResource {

    @Override
    protected String feedPath(FeedScope scope, UUID projectId) {
        return scope == FeedScope.PROJECT ? ProjectFeedResource.PROJECT_FEED.replace("{projectId}", projectId.toString())
                : ProjectFeedResource.PERSONAL_FEED;
    }
}
