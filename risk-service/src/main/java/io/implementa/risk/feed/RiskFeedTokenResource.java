package io.implementa.risk.feed;

import io.implementa.platform.feed.FeedScope;
import io.implementa.platform.feed.FeedTokenResource;
import jakarta.ws.rs.Path;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Feed tokens for the risk-service's calendar feeds ({@link RiskFeedResource}). */
@Path("/api/v1/feed-tokens")
@Tag(name = "Calendar feeds", description = "iCalendar feeds of mitigation action and risk review due dates, for "
        + "calendar clients, behind revocable feed tokens")
public class RiskFeedTokenResource extends FeedTokenResource {

    @Override
    protected String feedPath(FeedScope scope, UUID projectId) {
        return scope == FeedScope.PROJECT ? RiskFeedResource.PROJECT_FEED.replace("{projectId}", projectId.toString())
                : RiskFeedResource.PERSONAL_FEED;
    }
}
