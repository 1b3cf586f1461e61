package io.implementa.stack.testing;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operations of the service under test, read from its own OpenAPI document, so that access-control
 * tests cover every route, including the ones added after the test was written.
 */
public final class ApiRoutes {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");

    private ApiRoutes() {
    }

    /** One operation: its method, path template and whether it takes a request body. */
    public record Route(String method, String template, boolean hasBody) {

        public boolean isWrite() {
            return !method.equals("get");
        }

        public boolean hasParameter(String name) {
            return template.contains("{" + name + "}");
        }

        /** The path with placeholders replaced from {@code ids}; others get a random UUID. */
        public String path(Map<String, String> ids) {
            Matcher matcher = PLACEHOLDER.matcher(template);
            StringBuilder path = new StringBuilder();
            while (matcher.find()) {
                matcher.appendReplacement(path, ids.getOrDefault(matcher.group(1), UUID.randomUUID().toString()));
            }
            matcher.appendTail(path);
            return path.toString();
        }

        /** Calls the route with the token (and an empty JSON object as body where one is taken); returns the status. */
        public int call(String token, Map<String, String> ids) {
            var request = given().auth().oauth2(token);
            if (hasBody) {
                request = request.contentType("application/json").body("{}");
            }
            return request.when().request(method.toUpperCase(), path(ids)).then().extract().statusCode();
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + template;
        }
    }

    /** Every {@code /api} operation of the service's OpenAPI document. */
    public static List<Route> all() {
        String document = given().auth().oauth2(TestTokens.admin()).accept("application/json")
                .when().get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString();
        Map<String, Map<String, Map<String, Object>>> paths = JsonPath.from(document).getMap("paths");
        List<Route> routes = new ArrayList<>();
        paths.forEach((template, operations) -> operations.forEach((method, operation) -> {
            if (METHODS.contains(method) && template.startsWith("/api/")) {
                routes.add(new Route(method, template, operation.containsKey("requestBody")));
            }
        }));
        if (routes.isEmpty()) {
            throw new IllegalStateException("the OpenAPI document lists no /api operations");
        }
        return routes;
    }
}
