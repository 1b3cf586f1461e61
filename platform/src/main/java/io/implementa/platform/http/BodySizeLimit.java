package io.implementa.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses an {@code /api} request whose declared body ({@code Content-Length}) is over
 * {@code quarkus.http.limits.max-body-size} with a 413 problem, before anything reads it. Quarkus would refuse
 * it too, but with an empty body; this answers in the API's error format. A chunked body (no length) is only
 * found too large while Quarkus reads it, and then refused with a bare 413 that no hook of ours sees.
 */
@ApplicationScoped
public class BodySizeLimit {

    /** Ahead of Quarkus' own check, which has the same effect without the problem body. */
    private static final int PRIORITY = Integer.MAX_VALUE;

    private final ObjectMapper json;

    public BodySizeLimit(ObjectMapper json) {
        this.json = json;
    }

    void install(@Observes Filters filters) {
        Optional<MemorySize> limit = ConfigProvider.getConfig()
                .getOptionalValue("quarkus.http.limits.max-body-size", MemorySize.class);
        limit.ifPresent(max -> filters.register(context -> check(context, max.asLongValue()), PRIORITY));
    }

    private void check(RoutingContext context, long max) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null || !context.normalizedPath().startsWith("/api/") || !tooLong(length, max)) {
            context.next();
            return;
        }
        Problem problem = new Problem(Problem.type("payload-too-large"), "Payload too large", 413,
                "the request body may have at most " + max + " bytes", context.normalizedPath(), null, null);
        context.response()
                .setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                // The unread body would otherwise be taken for the next request on this connection.
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(serialize(problem));
    }

    private static boolean tooLong(String length, long max) {
        try {
            return Long.parseLong(length.trim()) > max;
        } catch (NumberFormatException e) {
            return false; // Not ours to judge: the HTTP layer refuses a malformed length.
        }
    }

    private String serialize(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem always serialises", e);
        }
    }
}
