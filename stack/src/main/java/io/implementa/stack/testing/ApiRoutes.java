package io.implementa.stack.testing;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
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
            return callForResponse(token, ids).statusCode();
        }

        /**
         * Calls the route like {@link #call(String, Map)} but returns the whole answer, for tests that look at
         * its body as well as its status.
         */
        public Response callForResponse(String token, Map<String, String> ids) {
            var request = given().auth().oauth2(token);
            if (hasBody) {
                request = request.contentType("application/json").body("{}");
            }
            return request.when().request(method.toUpperCase(), path(ids)).then().extract().response();
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

    /**
     * Walks the routes of {@link #all()} that {@code which} selects, calling each with the token and the ids
     * (see {@link Route#path(Map)}), and returns the ones that did not answer {@code expectedStatus}, each as
     * {@code "METHOD /template → status"}. An access-control test asserts the list is empty, e.g. every
     * {@code {projectId}} route answering an outsider 404:
     *
     * <pre>{@code
     * List<String> leaks = ApiRoutes.violations(route -> route.hasParameter("projectId"), outsider, ids, 404);
     * }</pre>
     *
     * @param which the routes to walk
     * @param token the caller's bearer token
     * @param ids the values of the routes' path parameters; a parameter not given gets a random UUID
     * @param expectedStatus the status every walked route must answer
     * @return the routes that answered something else, empty when all answered {@code expectedStatus}
     */
    public static List<String> violations(Predicate<Route> which, String token, Map<String, String> ids,
            int expectedStatus) {
        List<String> violations = new ArrayList<>();
        for (Route route : all()) {
            if (which.test(route)) {
                int status = route.call(token, ids);
                if (status != expectedStatus) {
                    violations.add(route + " → " + status);
                }
            }
        }
        return violations;
    }

    /**
     * Walks the given routes, calling each with the token and the ids, and returns the ones whose answer
     * {@code expected} does not accept, each as {@code "METHOD /template answered status body"}, so that a
     * failing assertion shows what the route said. Use it when the expectation is more than a status (see
     * {@link #answers(int, String, String)}), or when the test also asserts which routes were walked.
     *
     * @param routes the routes to walk, typically a filtered {@link #all()}
     * @param token the caller's bearer token
     * @param ids the values of the routes' path parameters; a parameter not given gets a random UUID
     * @param expected whether an answer is the one every walked route must give
     * @return the routes whose answer was not accepted, empty when all were
     */
    public static List<String> violations(Collection<Route> routes, String token, Map<String, String> ids,
            Predicate<Response> expected) {
        List<String> violations = new ArrayList<>();
        for (Route route : routes) {
            Response answer = route.callForResponse(token, ids);
            if (!expected.test(answer)) {
                violations.add(route + " answered " + answer.statusCode() + " " + answer.asString());
            }
        }
        return violations;
    }

    /** Accepts an answer with the status. */
    public static Predicate<Response> answers(int status) {
        return answer -> answer.statusCode() == status;
    }

    /**
     * Accepts an answer with the status whose JSON body has {@code value} at {@code path}, e.g.
     * {@code answers(403, "type", "https://implementa.io/problems/forbidden")}. The body is only read when the
     * status matches.
     */
    public static Predicate<Response> answers(int status, String path, String value) {
        return answer -> answer.statusCode() == status && Objects.equals(value, answer.jsonPath().getString(path));
    }
}
