package io.implementa.platform;

import static io.implementa.platform.PlatformTestSupport.unique;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.implementa.stack.testing.TestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Health, metrics and the answers given while the database is away. */
@QuarkusTest
class OperationsTest {

    @Test
    void readinessReportsDatabaseAndKafka() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("kafka"))
                .body("checks.find { it.name == 'kafka' }.data.broker", equalTo("reachable"));
    }

    @Test
    void withoutTheDatabaseReadinessIsDownLivenessUpAndRequestsGet503() {
        assumeTrue(TestInfrastructure.proxiesAvailable());
        try (var outage = TestInfrastructure.postgresProxy().outage()) {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    given().when().get("/q/health/ready").then().statusCode(503));
            given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
            given().contentType(ContentType.JSON).body("{\"name\":\"" + unique("down-") + "\",\"weight\":1}")
                    .when().post("/api/v1/gadgets")
                    .then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .body("type", equalTo("https://implementa.io/problems/service-unavailable"));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().when().get("/q/health/ready").then().statusCode(200));
    }

    @Test
    void kafkaOutageIsReportedButReadinessStaysUp() {
        assumeTrue(TestInfrastructure.proxiesAvailable());
        try (var outage = TestInfrastructure.kafkaProxy().outage()) {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    given().when().get("/q/health/ready").then().statusCode(200)
                            .body("checks.find { it.name == 'kafka' }.data.broker", equalTo("unreachable")));
        }
    }

    @Test
    void metricsExposeOutboxAndConsumerGauges() {
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("implementa_outbox_backlog"))
                .body(containsString("implementa_consumer_lag"))
                .body(containsString("implementa_kafka_up"));
    }

    @Test
    void openApiDescribesProblemResponses() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("components.schemas.Problem.properties.type", org.hamcrest.Matchers.notNullValue())
                .body("paths.'/api/v1/gadgets/{id}'.get.responses.'404'.content.'application/problem+json'.schema.$ref",
                        equalTo("#/components/schemas/Problem"));
    }
}
