package io.implementa.platform.http;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail: the body of every error answer, served as {@code application/problem+json}.
 * {@code errors} names the offending fields; {@code extensions} carries problem-specific members
 * (for example the unmet gate criteria of a refused phase transition).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details; the body of every error response.")
public record Problem(
        @Schema(description = "Stable identifier of the problem type", example = "https://implementa.io/problems/validation")
        URI type,
        @Schema(description = "Short summary of the problem type", example = "Invalid request content")
        String title,
        @Schema(description = "HTTP status code", example = "422")
        int status,
        @Schema(description = "What went wrong in this occurrence", example = "1 field is invalid")
        String detail,
        @Schema(description = "The request path", example = "/api/v1/projects")
        String instance,
        @Schema(description = "The offending fields, if any")
        List<FieldError> errors,
        @Schema(hidden = true)
        Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://implementa.io/problems/";

    /** One offending field: a JSON path such as {@code name} or {@code tasks[3].duration}. */
    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(example = "name") String field,
            @Schema(example = "must not be blank") String message) {
    }

    @JsonAnyGetter
    Map<String, Object> extensionMembers() {
        return extensions == null ? Map.of() : extensions;
    }

    public static URI type(String slug) {
        return URI.create(TYPE_BASE + slug);
    }
}
