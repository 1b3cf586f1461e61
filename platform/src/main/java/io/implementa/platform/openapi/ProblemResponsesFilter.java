package io.implementa.platform.openapi;

import io.implementa.platform.feed.FeedAccessFilter;
import io.implementa.platform.http.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Completes every operation of a service's OpenAPI document with the error answers the platform gives,
 * each described as {@code application/problem+json} with the {@code Problem} schema and an example:
 * 400/422 where there is input, 404 on {@code {id}} routes, 409/412/428 on changes, 500/503 everywhere.
 * Error responses an operation declares itself keep their description but get the problem content.
 *
 * 401 is documented where a token is needed ({@link SecurityRequirementsFilter} has set the requirements by then).
 *
 * <p>For generated clients and the linter (docs/api-conventions.md#openapi) it also gives every response header a
 * schema, every JSON request body an example ({@link RequestExamples}), and lets {@code Problem} admit the extension
 * members problems carry.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        RequestExamples examples = new RequestExamples(openAPI);
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach(
                (method, operation) -> {
                    complete(path, method, operation);
                    examples.complete(operation);
                    typeHeaders(operation);
                }));
        admitProblemExtensions(openAPI);
    }

    private static boolean needsToken(String path, Operation operation) {
        List<SecurityRequirement> security = operation.getSecurity();
        return security == null ? path.startsWith("/api/")
                : security.stream().noneMatch(r -> r.getSchemes() == null || r.getSchemes().isEmpty());
    }

    /** Response headers without a schema get one: generated clients and linters need the type. */
    private static void typeHeaders(Operation operation) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return;
        }
        operation.getResponses().getAPIResponses().values().forEach(response -> {
            if (response.getHeaders() == null) {
                return;
            }
            response.getHeaders().forEach((name, header) -> {
                if (header.getRef() == null && header.getSchema() == null && header.getContent() == null) {
                    header.setSchema(headerSchema(name));
                }
            });
        });
    }

    private static Schema headerSchema(String name) {
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "x-total-count" -> OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int64")
                    .minimum(java.math.BigDecimal.ZERO);
            case "retry-after" -> OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                    .minimum(java.math.BigDecimal.ZERO);
            case "idempotent-replayed" -> OASFactory.createSchema().addType(Schema.SchemaType.BOOLEAN);
            case "location", "content-location" -> OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                    .format("uri");
            default -> OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        };
    }

    /** Problems carry extension members (RFC 9457 section 3.2), e.g. the unmet criteria of a refused gate. */
    private static void admitProblemExtensions(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Schema problem = openAPI.getComponents().getSchemas().get("Problem");
        if (problem != null && problem.getAdditionalPropertiesSchema() == null
                && problem.getAdditionalPropertiesBoolean() == null) {
            problem.setAdditionalPropertiesBoolean(Boolean.TRUE);
        }
    }

    private void complete(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        Map<String, String> standard = new LinkedHashMap<>();
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasParameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        boolean hasQuery = hasParameters && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == org.eclipse.microprofile.openapi.models.parameters.Parameter.In.QUERY);
        boolean change = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.DELETE;
        if (hasBody || hasParameters) {
            standard.put("400", "Malformed request: unreadable JSON, a wrong type, an unknown field or a bad parameter");
        }
        // Calendar feeds answer every refusal with 404 and never ask for a bearer token (FeedAccessFilter).
        boolean feed = path.startsWith(FeedAccessFilter.FEEDS_PATH);
        if (feed) {
            standard.put("404", "No feed for this token: missing, unknown or revoked, for another feed, or its owner "
                    + "lost access");
        }
        if ((hasBody || hasQuery) && !feed) {
            standard.put("422", "Invalid content: the offending fields are listed in `errors`");
        }
        if (path.contains("{") && !feed) {
            standard.put("404", "Not found (also answered when the caller may not see the resource)");
        }
        if (change) {
            standard.put("409", "Conflict with the resource's current state");
        }
        if (method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.PUT) {
            standard.put("412", "The If-Match ETag is not the current version");
            standard.put("428", "The If-Match header is missing");
        }
        if (!feed && needsToken(path, operation)) {
            standard.put("401", "No valid bearer token: missing, expired or not from the trusted identity provider");
        }
        standard.put("500", "Unexpected error (no internals disclosed; quote the incident id)");
        standard.put("503", "The service's database is unavailable; retry after the Retry-After delay");
        standard.forEach((status, description) -> {
            if (responses.getAPIResponse(status) == null) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
            }
        });
        responses.getAPIResponses().forEach((status, response) -> {
            if (isError(status)) {
                withProblemContent(status, response);
            }
        });
    }

    private static boolean isError(String status) {
        return status.startsWith("4") || status.startsWith("5");
    }

    private static void withProblemContent(String status, APIResponse response) {
        Content content = response.getContent();
        if (content == null) {
            content = OASFactory.createContent();
            response.setContent(content);
        }
        if (content.getMediaType(Problem.MEDIA_TYPE) != null) {
            return;
        }
        if (content.getMediaTypes() != null) {
            content.getMediaTypes().keySet().stream().toList().forEach(content::removeMediaType);
        }
        MediaType problem = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(PROBLEM_REF))
                .example(example(Integer.parseInt(status), response.getDescription()));
        content.addMediaType(Problem.MEDIA_TYPE, problem);
    }

    private static Map<String, Object> example(int status, String description) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", Problem.TYPE_BASE + switch (status) {
            case 400 -> "malformed-request";
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 409 -> "conflict";
            case 412 -> "precondition-failed";
            case 422 -> "validation";
            case 428 -> "precondition-required";
            case 503 -> "service-unavailable";
            case 500 -> "internal";
            default -> "http-" + status;
        });
        example.put("title", description == null ? "Error" : description.split("[:;(]")[0].trim());
        example.put("status", status);
        if (status == 422) {
            example.put("detail", "name: must not be blank");
            example.put("errors", java.util.List.of(Map.of("field", "name", "message", "must not be blank")));
        }
        return example;
    }
}
