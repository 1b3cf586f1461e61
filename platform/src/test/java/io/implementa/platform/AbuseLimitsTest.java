package io.implementa.platform;

import static io.implementa.platform.PlatformTestSupport.createGadget;
import static io.implementa.platform.PlatformTestSupport.unique;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import io.implementa.stack.testing.TestTokens;
import io.restassured.RestAssured;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Limits that keep one caller from exhausting a service: requests per caller (token buckets; the test profile
 * gives the callers used here a burst of 3 and 2 requests and one more per second) and body size.
 */
@QuarkusTest
class AbuseLimitsTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String TYPES = "https://implementa.io/problems/";
    /** The subject and the client address that the test profile limits tightly. */
    private static final String LIMITED_SUBJECT = "rate-limited-caller";
    private static final String LIMITED_ADDRESS = "203.0.113.7";

    @Test
    void callerOverTheLimitGets429WithRetryAfterWhileOthersGoOn() {
        String limited = TestTokens.forUser(LIMITED_SUBJECT);
        Response refused = firstRefusal(() -> given().auth().oauth2(limited).when().get("/api/v1/gadgets"), 3);

        assertThat(refused.contentType(), equalTo(PROBLEM));
        assertThat(refused.jsonPath().getString("type"), equalTo(TYPES + "rate-limited"));
        assertThat(refused.jsonPath().getInt("status"), equalTo(429));
        assertThat(refused.header("Retry-After"), equalTo("1"));
        // Another caller, and the default caller of the other tests, are not held back.
        given().auth().oauth2(TestTokens.forUser(unique("bystander-"))).when().get("/api/v1/gadgets")
                .then().statusCode(200);
        given().when().get("/api/v1/gadgets").then().statusCode(200);
        // The bucket refills: a second later the caller may go on.
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().auth().oauth2(limited).when().get("/api/v1/gadgets").then().statusCode(200));
    }

    @Test
    void requestsWithoutAValidTokenAreLimitedPerClientAddress() {
        Response refused = firstRefusal(() -> given().header("Authorization", "")
                .header("X-Forwarded-For", LIMITED_ADDRESS).when().get("/api/v1/gadgets"), 2);

        assertThat(refused.contentType(), equalTo(PROBLEM));
        assertThat(refused.jsonPath().getString("type"), equalTo(TYPES + "rate-limited"));
        assertThat(refused.header("Retry-After"), equalTo("1"));
        // Forged tokens count the same as none.
        String forged = TestTokens.signedByStranger("mallory");
        firstRefusal(() -> given().auth().oauth2(forged)
                .header("X-Forwarded-For", LIMITED_ADDRESS).when().get("/api/v1/gadgets"), 0);
        // Other addresses still get the plain 401.
        given().header("Authorization", "").when().get("/api/v1/gadgets")
                .then().statusCode(401).body("type", equalTo(TYPES + "unauthenticated"));
    }

    @Test
    void bodyOverTheSizeLimitIs413Problem() {
        String name = "x".repeat(1_100_000);
        given().contentType(ContentType.JSON).body("{\"name\":\"" + name + "\",\"weight\":1}")
                .when().post("/api/v1/gadgets")
                .then().statusCode(413).contentType(PROBLEM)
                .body("type", equalTo(TYPES + "payload-too-large"))
                .body("status", equalTo(413));
        // The connection's next request is served as usual.
        createGadget(unique("after-oversize-"));
    }

    /**
     * A body of unknown length goes chunked, without Content-Length, and the limit is only found while reading it:
     * Quarkus then ends the request with a bare 413 (no problem body; documented in docs/api-conventions.md).
     */
    @Test
    void chunkedBodyOverTheSizeLimitIs413() throws Exception {
        byte[] body = ("{\"name\":\"" + "x".repeat(1_100_000) + "\",\"weight\":1}").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port
                        + "/api/v1/gadgets"))
                .header("Authorization", "Bearer " + TestTokens.admin())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode(), equalTo(413));
    }

    /**
     * Calls until the first 429, which must come after at least {@code burst} answered requests and soon after
     * them (the bucket refills at one request per second).
     */
    private static Response firstRefusal(Supplier<Response> call, int burst) {
        for (int attempt = 1; attempt <= burst + 10; attempt++) {
            Response answer = call.get();
            if (answer.statusCode() == 429) {
                assertThat("requests answered before the first 429", attempt - 1, greaterThanOrEqualTo(burst));
                return answer;
            }
        }
        throw new AssertionError("no 429 after " + (burst + 10) + " requests");
    }
}
