package io.implementa.platform.feed;

import io.implementa.platform.http.ProblemException;
import io.implementa.platform.ratelimit.RateLimiter;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Opens {@link FeedEndpoint} routes to the holder of a valid feed token ({@code ?token=}) and to nobody else.
 * Everything under {@value #FEEDS_PATH} skips the bearer-token check (see the platform's configuration), so this
 * filter is their only gate: a route there without {@link FeedEndpoint} answers 404 too. Every refusal is the same
 * 404 problem (no token, an unknown, revoked or foreign one, an owner who left the project), never a bearer
 * challenge: calendar clients cannot answer one. Feed requests count against their client address's rate limit.
 */
public class FeedAccessFilter {

    /** The path prefix of every feed route; the one part of {@code /api} that needs no bearer token. */
    public static final String FEEDS_PATH = "/api/v1/feeds/";

    private final FeedTokens tokens;
    private final FeedRequest feedRequest;
    private final RateLimiter limiter;

    public FeedAccessFilter(FeedTokens tokens, FeedRequest feedRequest, RateLimiter limiter) {
        this.tokens = tokens;
        this.feedRequest = feedRequest;
        this.limiter = limiter;
    }

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION - 10)
    public void authorize(ContainerRequestContext request, ResourceInfo resource, HttpServerRequest http) {
        Method method = resource.getResourceMethod();
        FeedEndpoint feed = method == null ? null : method.getAnnotation(FeedEndpoint.class);
        boolean underFeeds = ("/" + request.getUriInfo().getPath().replaceFirst("^/", "")).startsWith(FEEDS_PATH);
        if (feed == null && !underFeeds) {
            return;
        }
        if (feed == null) {
            throw refused();
        }
        if (!underFeeds) {
            throw new IllegalStateException("the feed route " + method + " is not under " + FEEDS_PATH);
        }
        limiter.acquire(RateLimiter.addressKey(
                http == null || http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress()));
        UUID projectId = null;
        if (feed.value() == FeedScope.PROJECT) {
            String raw = request.getUriInfo().getPathParameters().getFirst(feed.param());
            try {
                projectId = UUID.fromString(raw);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw refused();
            }
        }
        String secret = request.getUriInfo().getQueryParameters().getFirst("token");
        feedRequest.grant(tokens.grantFor(secret, feed.value(), projectId).orElseThrow(FeedAccessFilter::refused));
    }

    private static ProblemException refused() {
        return new ProblemException(404, "not-found", "Resource not found",
                "there is no feed here for this token; create a feed token (POST /api/v1/feed-tokens) and use its URL");
    }
}
