package io.implementa.platform;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.implementa.platform.events.EventCodec;
import io.implementa.platform.events.EventType;
import io.implementa.stack.testing.TestInfrastructure;
import io.implementa.stack.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** Bearer tokens and per-project access, with membership learnt from the project-service's events. */
@QuarkusTest
class SecurityTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    EventCodec codec;

    /** The project-service's member event, as it publishes it. */
    @EventType("io.implementa.project.MemberAdded")
    record MemberAdded(UUID projectId, String projectKey, UUID memberId, Map<String, String> person, String role) {
    }

    @Test
    void requestWithoutTokenIs401Problem() {
        given().header("Authorization", "").when().get("/api/v1/gadgets")
                .then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("https://implementa.io/problems/unauthenticated"));
    }

    @Test
    void expiredTokenIs401() {
        given().auth().oauth2(TestTokens.expired("late")).when().get("/api/v1/gadgets")
                .then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void tokenSignedByAnUntrustedKeyIs401() {
        given().auth().oauth2(TestTokens.signedByStranger("mallory")).when().get("/api/v1/gadgets")
                .then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void onlyAnAdminMayRedriveDeadLetters() {
        given().auth().oauth2(TestTokens.forUser("operator-wannabe", "portfolio-viewer"))
                .when().post("/api/v1/admin/dead-letters/redrive")
                .then().statusCode(403).contentType(PROBLEM)
                .body("detail", equalTo("this needs the role admin"));
    }

    @Test
    void healthAndOpenApiNeedNoToken() {
        given().header("Authorization", "").when().get("/q/health/live").then().statusCode(200);
        given().header("Authorization", "").when().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void crossOriginCallsAreRefusedUnlessTheDeploymentAllowsTheOrigin() {
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                .when().options("/api/v1/gadgets")
                .then().header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void outsiderGets404ForEverythingOfAProjectEvenWithABadBody() throws Exception {
        UUID projectId = projectWith("insider-" + UUID.randomUUID(), "MANAGER");
        String outsider = TestTokens.forUser("outsider-" + UUID.randomUUID());
        given().auth().oauth2(outsider).when().get("/api/v1/projects/" + projectId + "/gadgets")
                .then().statusCode(404).contentType(PROBLEM)
                .body("detail", equalTo("project " + projectId + " was not found"));
        given().auth().oauth2(outsider).contentType(ContentType.JSON).body("{\"label\":\"\"}")
                .when().post("/api/v1/projects/" + projectId + "/gadgets")
                .then().statusCode(404);
    }

    @Test
    void memberWithoutTheRoleGets403ButMayRead() throws Exception {
        String viewer = "viewer-" + UUID.randomUUID();
        UUID projectId = projectWith(viewer, "VIEWER");
        given().auth().oauth2(TestTokens.forUser(viewer)).when().get("/api/v1/projects/" + projectId + "/gadgets")
                .then().statusCode(200).body("projectId", equalTo(projectId.toString()));
        given().auth().oauth2(TestTokens.forUser(viewer)).contentType(ContentType.JSON).body("{\"label\":\"\"}")
                .when().post("/api/v1/projects/" + projectId + "/gadgets")
                .then().statusCode(403).contentType(PROBLEM)
                .body("type", equalTo("https://implementa.io/problems/forbidden"));
    }

    @Test
    void memberWithTheRoleMayChange() throws Exception {
        String manager = "manager-" + UUID.randomUUID();
        UUID projectId = projectWith(manager, "MANAGER");
        given().auth().oauth2(TestTokens.forUser(manager)).contentType(ContentType.JSON).body("{\"label\":\"ok\"}")
                .when().post("/api/v1/projects/" + projectId + "/gadgets")
                .then().statusCode(201).body("label", equalTo("ok"));
        given().auth().oauth2(TestTokens.forUser(manager)).contentType(ContentType.JSON).body("{\"label\":\"\"}")
                .when().post("/api/v1/projects/" + projectId + "/gadgets")
                .then().statusCode(422);
    }

    @Test
    void portfolioViewerReadsEveryProjectButChangesNone() throws Exception {
        UUID projectId = projectWith("someone-" + UUID.randomUUID(), "MANAGER");
        String viewer = TestTokens.forUser("pmo-" + UUID.randomUUID(), "portfolio-viewer");
        given().auth().oauth2(viewer).when().get("/api/v1/projects/" + projectId + "/gadgets").then().statusCode(200);
        given().auth().oauth2(viewer).contentType(ContentType.JSON).body("{\"label\":\"x\"}")
                .when().post("/api/v1/projects/" + projectId + "/gadgets").then().statusCode(404);
    }

    /** Announces a project with one member, as the project-service would, and waits until access reflects it. */
    private UUID projectWith(String subject, String role) throws Exception {
        UUID projectId = UUID.randomUUID();
        MemberAdded added = new MemberAdded(projectId, "P" + projectId.toString().substring(0, 6), UUID.randomUUID(),
                Map.of("subject", subject, "email", subject + "@example.com", "name", subject), role);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            producer.send(new ProducerRecord<>("implementa.project.events", projectId.toString(),
                    codec.encode(codec.envelope(UUID.randomUUID(), added.memberId().toString(), OffsetDateTime.now(),
                            added)))).get(10, TimeUnit.SECONDS);
        }
        String token = TestTokens.forUser(subject);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(token)
                .when().get("/api/v1/projects/" + projectId + "/gadgets").then().statusCode(200));
        return projectId;
    }
}
