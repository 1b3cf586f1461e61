package io.implementa.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.implementa.platform.ratelimit.RateLimiter;
import io.implementa.platform.support.Failures;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become HTTP answers: every error is {@code application/problem+json}
 * with a stable type, the offending fields and never a stack trace.
 *
 * <p>The rule everywhere: 400 for input that cannot be read (malformed JSON, wrong types, unknown fields),
 * 422 for readable input that breaks a rule.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final RateLimiter limiter;

    public ProblemMappers(RateLimiter limiter) {
        this.limiter = limiter;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Response.ResponseBuilder answer = builder(e.toProblem(path(uri)));
        e.headers().forEach(answer::header);
        return answer.build();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = new ArrayList<>();
        boolean returnValue = false;
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            returnValue |= isReturnValue(violation.getPropertyPath());
            errors.add(new Problem.FieldError(fieldOf(violation.getPropertyPath()), violation.getMessage()));
        }
        if (returnValue) {
            return unexpected(e, uri);
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field));
        String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return respond(new Problem(Problem.type("validation"), "Invalid request content", 422, detail, path(uri),
                errors, null));
    }

    @ServerExceptionMapper({ JsonProcessingException.class, MismatchedInputException.class,
            UnrecognizedPropertyException.class, InvalidFormatException.class, ValueInstantiationException.class,
            JsonMappingException.class })
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        List<Problem.FieldError> errors = List.of();
        String detail;
        if (e instanceof UnrecognizedPropertyException unknown) {
            String field = jsonPath(unknown);
            errors = List.of(new Problem.FieldError(field, "unknown field"));
            detail = "unknown field '" + field + "'";
        } else if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = jsonPath(mapping);
            errors = List.of(new Problem.FieldError(field, "cannot be read as the expected type"));
            detail = "field '" + field + "' cannot be read as the expected type";
        } else {
            detail = "the request body is not valid JSON";
        }
        return respond(new Problem(Problem.type("malformed-request"), "Malformed request", 400, detail, path(uri),
                errors, null));
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleObjectStateException.class })
    public Response concurrentChange(RuntimeException e, UriInfo uri) {
        return respond(new Problem(Problem.type("concurrent-modification"), "Concurrent modification", 409,
                "the resource was changed by another request; read it again and retry", path(uri), null, null));
    }

    /** A database constraint caught what the service's own checks let through (e.g. a concurrent duplicate). */
    @ServerExceptionMapper
    public Response constraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        boolean duplicate = "23505".equals(e.getSQLState());
        return respond(new Problem(Problem.type(duplicate ? "duplicate" : "conflict"),
                duplicate ? "Duplicate" : "Conflict", 409,
                duplicate ? "a resource with the same unique value already exists"
                        : "the change conflicts with existing data", path(uri), null, null));
    }

    @ServerExceptionMapper
    public Response invalidParameter(QueryParameters.InvalidParameter e, UriInfo uri) {
        return respond(new Problem(Problem.type("invalid-parameter"), "Invalid parameter", 400, e.getMessage(),
                path(uri), null, null));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadable(unreadable, uri);
        }
        if (status >= 500) {
            return unexpected(e, uri);
        }
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase()
                : "Request failed";
        String slug = switch (status) {
            case 400 -> "malformed-request";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            default -> "http-" + status;
        };
        String detail = switch (status) {
            case 404 -> "no resource at " + path(uri);
            case 405 -> "method not allowed on " + path(uri);
            case 400 -> "the request cannot be read";
            case 413 -> "the request body is too large";
            case 415 -> "unsupported content type; send application/json";
            default -> e.getMessage();
        };
        Response.ResponseBuilder answer = builder(new Problem(Problem.type(slug), title, status, detail, path(uri),
                null, null));
        if (e instanceof NotAllowedException) {
            answer.header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW));
        }
        return answer.build();
    }

    /**
     * No valid bearer token: missing, expired, wrongly signed, or for another issuer or audience. Such requests
     * count against their client address's rate limit, so guessing tokens is as limited as using one.
     */
    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated(RuntimeException e, UriInfo uri, HttpServerRequest request) {
        try {
            limiter.acquire(RateLimiter.addressKey(clientAddress(request)));
        } catch (ProblemException.TooManyRequests tooMany) {
            return problem(tooMany, uri);
        }
        return builder(new Problem(Problem.type("unauthenticated"), "Unauthenticated", 401,
                "a valid bearer token is required", path(uri), null, null))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem(Problem.type("forbidden"), "Forbidden", 403,
                "you may not do this", path(uri), null, null));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (Failures.isDatabaseUnavailable(e)) {
            LOG.warnf("database unavailable for %s: %s", path(uri), Failures.describe(e));
            return builder(new Problem(Problem.type("service-unavailable"), "Service unavailable", 503,
                    "the service's database is unavailable; retry later", path(uri), null, null))
                    .header(HttpHeaders.RETRY_AFTER, "5")
                    .build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected failure %s on %s", incident, path(uri));
        return respond(new Problem(Problem.type("internal"), "Internal error", 500,
                "an unexpected error occurred; quote incident " + incident + " to the operators", path(uri), null,
                null));
    }

    static Response respond(Problem problem) {
        return builder(problem).build();
    }

    private static Response.ResponseBuilder builder(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    }

    /** The client's address; behind a proxy, as forwarded when {@code quarkus.http.proxy.*} says to trust it. */
    private static String clientAddress(HttpServerRequest request) {
        return request == null || request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    private static boolean isReturnValue(Path path) {
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code create.request.tasks[2].name} becomes {@code tasks[2].name}: the method and the body parameter
     * are dropped; a violated query or path parameter ({@code list.size}) is named by itself ({@code size}).
     */
    static String fieldOf(Path path) {
        String parameter = null;
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, CROSS_PARAMETER, RETURN_VALUE -> {
                }
                case PARAMETER -> parameter = node.getName();
                default -> {
                    // An element of a list or map carries its index on the node inside it.
                    if (node.isInIterable()) {
                        if (node.getIndex() != null) {
                            field.append('[').append(node.getIndex()).append(']');
                        } else if (node.getKey() != null) {
                            field.append('[').append(node.getKey()).append(']');
                        }
                    }
                    // Container elements are named like "<list element>": the index already says which.
                    if (node.getName() != null && !node.getName().startsWith("<")) {
                        if (!field.isEmpty()) {
                            field.append('.');
                        }
                        field.append(node.getName());
                    }
                }
            }
        }
        if (!field.isEmpty()) {
            return field.toString();
        }
        return parameter != null ? parameter : "body";
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }
}
