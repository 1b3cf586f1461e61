package io.implementa.stack.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;

/**
 * Makes every REST Assured request of a {@code @QuarkusTest} carry an administrator's bearer token unless
 * it has an {@code Authorization} header of its own, so tests of behaviour need not repeat it while tests
 * of access control set theirs ({@code given().auth().oauth2(token)}; an empty header sends none).
 */
public class DefaultTokenCallback implements QuarkusTestBeforeEachCallback {

    private static final Filter ADMIN_UNLESS_SET = (request, response, context) -> {
        if (!request.getHeaders().hasHeaderWithName("Authorization")) {
            request.header("Authorization", "Bearer " + TestTokens.admin());
        } else if (request.getHeaders().getValue("Authorization").isEmpty()) {
            request.removeHeader("Authorization");
        }
        return context.next(request, response);
    };

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (!RestAssured.filters().contains(ADMIN_UNLESS_SET)) {
            RestAssured.filters(ADMIN_UNLESS_SET);
        }
    }
}
