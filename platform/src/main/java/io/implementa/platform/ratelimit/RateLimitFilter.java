package io.implementa.platform.ratelimit;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.security.Principal;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Applies the per-caller rate limit to every authenticated {@code /api} request, right after authentication and
 * before authorisation, the idempotency store or the body are looked at: an exhausted caller costs the service
 * next to nothing. Requests without a valid token are limited per client address where they are refused
 * ({@link io.implementa.platform.http.ProblemMappers}).
 */
public class RateLimitFilter {

    private final RateLimiter limiter;

    public RateLimitFilter(RateLimiter limiter) {
        this.limiter = limiter;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION + 100)
    public void limit(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        Principal principal = request.getSecurityContext() == null ? null
                : request.getSecurityContext().getUserPrincipal();
        if (principal instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            limiter.acquire(jwt.getSubject());
        } else if (principal != null && principal.getName() != null) {
            limiter.acquire(principal.getName());
        }
    }
}
