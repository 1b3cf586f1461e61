package io.implementa.platform.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A failure the client can act on, carrying everything its problem+json answer needs. Domain code throws
 * the subclasses named for what happened; {@link ProblemMappers} turns them into responses.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.FieldError> errors;
    private final Map<String, Object> extensions = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();

    public ProblemException(int status, String slug, String title, String detail) {
        this(status, slug, title, detail, List.of());
    }

    public ProblemException(int status, String slug, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    /** Adds a problem-specific member to the body. */
    public ProblemException with(String name, Object value) {
        extensions.put(name, value);
        return this;
    }

    /** Adds a header to the answer, e.g. {@code Retry-After}. */
    public ProblemException withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public int status() {
        return status;
    }

    public Map<String, String> headers() {
        return Map.copyOf(headers);
    }

    public Problem toProblem(String instance) {
        return new Problem(Problem.type(slug), title, status, getMessage(), instance, errors,
                extensions.isEmpty() ? null : Map.copyOf(extensions));
    }

    /** 404: the resource does not exist, or the caller may not know that it does. */
    public static class NotFound extends ProblemException {
        public NotFound(String what, Object id) {
            super(404, "not-found", "Resource not found", what + " " + id + " was not found");
        }
    }

    /** 409: the request conflicts with the resource's current state (an invalid transition, a duplicate). */
    public static class Conflict extends ProblemException {
        public Conflict(String slug, String title, String detail) {
            super(409, slug, title, detail);
        }
    }

    /** 422: well-formed content that breaks a rule. */
    public static class Unprocessable extends ProblemException {
        public Unprocessable(String detail, List<Problem.FieldError> errors) {
            super(422, "validation", "Invalid request content", detail, errors);
        }

        public Unprocessable(String field, String message) {
            this(field + ": " + message, List.of(new Problem.FieldError(field, message)));
        }
    }

    /** 412: the {@code If-Match} version is not the current one. */
    public static class PreconditionFailed extends ProblemException {
        public PreconditionFailed(String detail) {
            super(412, "precondition-failed", "Precondition failed", detail);
        }
    }

    /** 428: the change needs an {@code If-Match} header. */
    public static class PreconditionRequired extends ProblemException {
        public PreconditionRequired(String detail) {
            super(428, "precondition-required", "Precondition required", detail);
        }
    }

    /** 429: the caller has used up their request budget; {@code Retry-After} says when to try again. */
    public static class TooManyRequests extends ProblemException {
        public TooManyRequests(long retryAfterSeconds) {
            super(429, "rate-limited", "Too many requests", "the request rate limit is exceeded; retry in "
                    + retryAfterSeconds + (retryAfterSeconds == 1 ? " second" : " seconds"));
            withHeader("Retry-After", Long.toString(retryAfterSeconds));
        }
    }
}
