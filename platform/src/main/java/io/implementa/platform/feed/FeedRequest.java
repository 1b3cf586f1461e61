package io.implementa.platform.feed;

import jakarta.enterprise.context.RequestScoped;

/** The {@link FeedGrant} of the current feed request, set by {@link FeedAccessFilter} before the route runs. */
@RequestScoped
public class FeedRequest {

    private FeedGrant grant;

    void grant(FeedGrant grant) {
        this.grant = grant;
    }

    /** The grant of the token that opened this request; only on {@link FeedEndpoint} routes. */
    public FeedGrant grant() {
        if (grant == null) {
            throw new IllegalStateException("not a feed request: the route is not a @FeedEndpoint");
        }
        return grant;
    }
}
