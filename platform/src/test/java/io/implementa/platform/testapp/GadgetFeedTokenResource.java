package io.implementa.platform.testapp;

import io.implementa.platform.feed.FeedScope;
import io.implementa.platform.feed.FeedTokenResource;
import jakarta.ws.rs.Path;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The test application's feed tokens, for {@link GadgetFeedResource}. */
@Path("/api/v1/feed-tokens")
@Tag(name = "Calendar feeds")
public class GadgetFeedTokenResource extends FeedTokenResource {

    @Override
    protected String feedPath(FeedScope scope, UUID projectId) {
        return scope == FeedScope.PROJECT ? "/api/v1/feeds/projects/" + projectId + "/gadgets.ics"
                : "/api/v1/feeds/me/gadgets.ics";
    }
}
