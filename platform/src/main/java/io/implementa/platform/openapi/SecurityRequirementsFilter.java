package io.implementa.platform.openapi;

import io.implementa.platform.feed.FeedAccessFilter;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.jboss.jandex.IndexView;

/**
 * Says in the document what the platform's security annotations enforce, which Quarkus cannot see by itself:
 * every {@code /api} operation requires the bearer scheme (none for {@code @PermitAll}), and operations that can
 * refuse an authenticated caller ({@code @ChangesProject}, {@code @RequiresGlobalRole}) document 403. It runs while
 * the document is built, with the application's Jandex index, before {@link ProblemResponsesFilter} gives every
 * error its problem content. Calendar feeds ({@link FeedAccessFilter#FEEDS_PATH}) take no bearer token but the
 * feed token in the {@code token} query parameter, documented as an API-key scheme of their own.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class SecurityRequirementsFilter implements OASFilter {

    private final OperationGuards guards;

    public SecurityRequirementsFilter(IndexView index) {
        this.guards = new OperationGuards(index);
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        String bearer = bearerScheme(openAPI);
        if (bearer == null || openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith(FeedAccessFilter.FEEDS_PATH)) {
                item.getOperations().values().forEach(operation -> operation.setSecurity(new ArrayList<>(
                        List.of(OASFactory.createSecurityRequirement().addScheme(feedTokenScheme(openAPI))))));
            } else if (path.startsWith("/api/")) {
                item.getOperations().values().forEach(operation -> secure(operation, bearer));
            }
        });
    }

    /** The name of the document's HTTP bearer scheme (Quarkus adds it for smallrye-jwt), or null. */
    private static String bearerScheme(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSecuritySchemes() == null) {
            return null;
        }
        return openAPI.getComponents().getSecuritySchemes().entrySet().stream()
                .filter(e -> e.getValue().getType() == SecurityScheme.Type.HTTP
                        && "bearer".equalsIgnoreCase(e.getValue().getScheme()))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    private static final String FEED_TOKEN = "feedToken";

    /** Registers the calendar-feed token scheme (an API key in the query) once and returns its name. */
    private static String feedTokenScheme(OpenAPI openAPI) {
        if (openAPI.getComponents().getSecuritySchemes().get(FEED_TOKEN) == null) {
            openAPI.getComponents().addSecurityScheme(FEED_TOKEN, OASFactory.createSecurityScheme()
                    .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.QUERY).name("token")
                    .description("A revocable calendar-feed token, shown once when created (docs/security.md)"));
        }
        return FEED_TOKEN;
    }

    private void secure(Operation operation, String bearer) {
        OperationGuards.Guard guard = guards.of(operation.getOperationId());
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            operation.setSecurity(guard.permitAll() ? new ArrayList<>()
                    : new ArrayList<>(List.of(OASFactory.createSecurityRequirement().addScheme(bearer))));
        }
        if (guard.forbiddenPossible() && operation.getResponses() != null
                && operation.getResponses().getAPIResponse("403") == null) {
            operation.getResponses().addAPIResponse("403", OASFactory.createAPIResponse()
                    .description("The caller lacks the project role or global role this operation needs"));
        }
    }
}
