package io.implementa.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.jobs.ExclusiveJobs;
import io.quarkus.scheduler.Scheduled;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.util.HexFormat;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Honours {@code Idempotency-Key} on every POST: the same key with the same body gets the first answer
 * again (with {@code Idempotent-Replayed: true}); the same key with another body is 422; a duplicate that
 * arrives while the first is still running is 409. Keys are scoped per caller (the token's subject) and
 * expire.
 */
public class IdempotencyFilters {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    private static final String CLAIM = IdempotencyFilters.class.getName() + ".claim";
    private static final int MAX_KEY_LENGTH = 200;

    private final IdempotencyStore store;
    private final ObjectMapper json;
    private final ExclusiveJobs jobs;

    public IdempotencyFilters(IdempotencyStore store, ObjectMapper json, ExclusiveJobs jobs) {
        this.store = store;
        this.json = json;
        this.jobs = jobs;
    }

    private record Pending(String caller, String key) {
    }

    @ServerRequestFilter
    public Optional<Response> claim(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (key == null || !HttpMethod.POST.equals(request.getMethod())) {
            return Optional.empty();
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new ProblemException(400, "invalid-idempotency-key", "Invalid Idempotency-Key",
                    "Idempotency-Key must have 1 to " + MAX_KEY_LENGTH + " characters");
        }
        byte[] body = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(body));
        String caller = caller(request);
        IdempotencyStore.Claim claim = store.claim(caller, key, hash(request, body));
        if (claim instanceof IdempotencyStore.Claim.Claimed) {
            request.setProperty(CLAIM, new Pending(caller, key));
            return Optional.empty();
        }
        if (claim instanceof IdempotencyStore.Claim.Mismatch) {
            throw new ProblemException(422, "idempotency-key-reused", "Idempotency-Key reused",
                    "this Idempotency-Key was already used for a different request");
        }
        if (claim instanceof IdempotencyStore.Claim.InProgress) {
            throw new ProblemException(409, "idempotency-key-in-progress", "Request in progress",
                    "a request with this Idempotency-Key is still being processed; retry later");
        }
        return Optional.of(replay(((IdempotencyStore.Claim.Completed) claim).response()));
    }

    @ServerResponseFilter
    public void remember(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIM) instanceof Pending pending)) {
            return;
        }
        request.removeProperty(CLAIM);
        if (response.getStatus() >= 500) {
            store.release(pending.caller(), pending.key());
            return;
        }
        MediaType type = response.getMediaType();
        store.complete(pending.caller(), pending.key(), new IdempotencyStore.StoredResponse(
                response.getStatus(),
                serialize(response.getEntity()),
                type == null ? null : type.toString(),
                response.getHeaderString(HttpHeaders.LOCATION),
                response.getHeaderString(HttpHeaders.ETAG)));
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeExpired() {
        jobs.runExclusively("idempotency-purge", store::purgeExpired);
    }

    private static Response replay(IdempotencyStore.StoredResponse stored) {
        Response.ResponseBuilder answer = Response.status(stored.status()).header(REPLAYED, "true");
        if (stored.body() != null) {
            answer.entity(stored.body()).type(stored.contentType());
        }
        if (stored.location() != null) {
            answer.header(HttpHeaders.LOCATION, stored.location());
        }
        if (stored.etag() != null) {
            answer.header(HttpHeaders.ETAG, stored.etag());
        }
        return answer.build();
    }

    private String serialize(Object entity) {
        if (entity == null) {
            return null;
        }
        try {
            return entity instanceof String text ? text : json.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String caller(ContainerRequestContext request) {
        Principal principal = request.getSecurityContext() == null ? null
                : request.getSecurityContext().getUserPrincipal();
        if (principal instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            return jwt.getSubject();
        }
        return principal == null || principal.getName() == null ? "anonymous" : principal.getName();
    }

    private static String hash(ContainerRequestContext request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getUriInfo().getPath() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
