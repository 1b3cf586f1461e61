package io.implementa.platform;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import io.implementa.platform.events.EventCodec;
import io.implementa.platform.events.EventType;
import io.implementa.stack.testing.TestInfrastructure;
import io.implementa.stack.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** Calendar feeds opened by feed tokens instead of bearer tokens: issue, use, scope, revocation, lost access. */
@QuarkusTest
class FeedTokenTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    EventCodec codec;

    @EventType("io.implementa.project.MemberAdded")
    record MemberAdded(UUID projectId, UUID memberId, Map<String, String> person, String role) {
    }

    @EventType("io.implementa.project.MemberRemoved")
    record MemberRemoved(UUID projectId, UUID memberId, Map<String, String> person) {
    }

    @Test
    void memberSubscribesToTheProjectFeedWithoutABearerToken() throws Exception {
        String member = "member-" + UUID.randomUUID();
        UUID projectId = projectWith(member);
        String url = issue(member, "{\"scope\":\"PROJECT\",\"projectId\":\"" + projectId + "\",\"label\":\"Outlook\"}");

        Response feed = given().header("Authorization", "").when().get(url).then().statusCode(200)
                .contentType("text/calendar; charset=utf-8").header("ETag", notNullValue())
                .extract().response();

        ICalendar calendar = Biweekly.parse(feed.asString()).first();
        assertEquals("Gadgets of " + projectId, calendar.getExperimentalProperty("X-WR-CALNAME").getValue());
        List<VEvent> events = calendar.getEvents();
        assertEquals(1, events.size());
        VEvent day = events.get(0);
        assertEquals("gadget-day-" + projectId + "@platform-test", day.getUid().getValue());
        assertEquals("Gadget day", day.getSummary().getValue());
        assertEquals("for " + member, day.getDescription().getValue());
        assertEquals(false, day.getDateStart().getValue().hasTime());
        assertEquals(LocalDate.of(2027, 3, 1), local(day.getDateStart().getValue()));
        assertEquals(LocalDate.of(2027, 3, 2), local(day.getDateEnd().getValue()));
    }

    @Test
    void unchangedFeedAnswers304ToItsETag() throws Exception {
        String member = "member-" + UUID.randomUUID();
        String url = issue(member, "{\"scope\":\"PROJECT\",\"projectId\":\"" + projectWith(member) + "\"}");
        String etag = given().header("Authorization", "").when().get(url).then().statusCode(200)
                .extract().header("ETag");
        given().header("Authorization", "").header("If-None-Match", etag).when().get(url)
                .then().statusCode(304).header("ETag", equalTo(etag));
    }

    @Test
    void personalFeedShowsTheOwnersItems() {
        String owner = "person-" + UUID.randomUUID();
        String url = issue(owner, "{\"scope\":\"PERSON\"}");
        String text = given().header("Authorization", "").when().get(url).then().statusCode(200)
                .extract().asString();
        VEvent week = Biweekly.parse(text).first().getEvents().get(0);
        assertEquals("Gadget week of " + owner, week.getSummary().getValue());
        assertEquals(LocalDate.of(2027, 4, 5), local(week.getDateStart().getValue()));
        assertEquals(LocalDate.of(2027, 4, 10), local(week.getDateEnd().getValue()));
    }

    @Test
    void ownerListsTheirTokensWithoutSecrets() {
        String owner = "person-" + UUID.randomUUID();
        String url = issue(owner, "{\"scope\":\"PERSON\",\"label\":\"phone\"}");
        issue("someone-else-" + UUID.randomUUID(), "{\"scope\":\"PERSON\"}");
        given().auth().oauth2(TestTokens.forUser(owner)).when().get("/api/v1/feed-tokens")
                .then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].label", equalTo("phone"))
                .body("items[0].scope", equalTo("PERSON"))
                .body("items[0].feedUrl", equalTo(url.substring(0, url.indexOf('?'))))
                .body("items[0].revokedAt", nullValue())
                .body(not(containsString(url.substring(url.indexOf("token=") + 6))));
    }

    @Test
    void revokedTokenOpensNothing() {
        String owner = "person-" + UUID.randomUUID();
        Response created = issueResponse(owner, "{\"scope\":\"PERSON\"}");
        String url = created.path("subscriptionUrl");
        String id = created.path("token.id");
        given().auth().oauth2(TestTokens.forUser(owner)).when().delete("/api/v1/feed-tokens/" + id)
                .then().statusCode(204);
        given().header("Authorization", "").when().get(url).then().statusCode(404).contentType(PROBLEM)
                .header("WWW-Authenticate", nullValue());
        given().auth().oauth2(TestTokens.forUser(owner)).when().get("/api/v1/feed-tokens")
                .then().body("items[0].revokedAt", notNullValue());
    }

    @Test
    void nobodyRevokesSomeoneElsesToken() {
        String owner = "person-" + UUID.randomUUID();
        Response created = issueResponse(owner, "{\"scope\":\"PERSON\"}");
        given().auth().oauth2(TestTokens.forUser("thief-" + UUID.randomUUID()))
                .when().delete("/api/v1/feed-tokens/" + created.path("token.id"))
                .then().statusCode(404).contentType(PROBLEM);
        given().header("Authorization", "").when().get(created.<String>path("subscriptionUrl")).then().statusCode(200);
    }

    @Test
    void memberRemovedFromTheProjectNoLongerReadsItsFeed() throws Exception {
        String member = "member-" + UUID.randomUUID();
        UUID memberId = UUID.randomUUID();
        UUID projectId = projectWith(member, memberId);
        String url = issue(member, "{\"scope\":\"PROJECT\",\"projectId\":\"" + projectId + "\"}");
        given().header("Authorization", "").when().get(url).then().statusCode(200);

        send(projectId, new MemberRemoved(projectId, memberId, person(member)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", "")
                .when().get(url).then().statusCode(404).contentType(PROBLEM));
    }

    @Test
    void outsiderGetsNoTokenForTheProject() throws Exception {
        UUID projectId = projectWith("insider-" + UUID.randomUUID());
        given().auth().oauth2(TestTokens.forUser("outsider-" + UUID.randomUUID())).contentType(ContentType.JSON)
                .body("{\"scope\":\"PROJECT\",\"projectId\":\"" + projectId + "\"}")
                .when().post("/api/v1/feed-tokens")
                .then().statusCode(404).contentType(PROBLEM)
                .body("detail", equalTo("project " + projectId + " was not found"));
    }

    @Test
    void globalReaderWhoIsNoMemberGets422() throws Exception {
        UUID projectId = projectWith("insider-" + UUID.randomUUID());
        given().auth().oauth2(TestTokens.forUser("pmo-" + UUID.randomUUID(), "portfolio-viewer"))
                .contentType(ContentType.JSON).body("{\"scope\":\"PROJECT\",\"projectId\":\"" + projectId + "\"}")
                .when().post("/api/v1/feed-tokens")
                .then().statusCode(422).contentType(PROBLEM).body("errors.field", hasItem("projectId"));
    }

    @Test
    void tokenOpensOnlyItsOwnScope() throws Exception {
        String member = "member-" + UUID.randomUUID();
        UUID projectId = projectWith(member);
        UUID otherProject = projectWith(member);
        String url = issue(member, "{\"scope\":\"PROJECT\",\"projectId\":\"" + projectId + "\"}");
        String token = url.substring(url.indexOf("token=") + 6);
        given().header("Authorization", "").queryParam("token", token)
                .when().get("/api/v1/feeds/projects/" + otherProject + "/gadgets.ics")
                .then().statusCode(404).contentType(PROBLEM);
        given().header("Authorization", "").queryParam("token", token).when().get("/api/v1/feeds/me/gadgets.ics")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void feedWithoutAValidTokenIs404NeverABearerChallenge() throws Exception {
        UUID projectId = projectWith("insider-" + UUID.randomUUID());
        String path = "/api/v1/feeds/projects/" + projectId + "/gadgets.ics";
        given().header("Authorization", "").when().get(path)
                .then().statusCode(404).contentType(PROBLEM).header("WWW-Authenticate", nullValue())
                .body("type", equalTo("https://implementa.io/problems/not-found"));
        given().header("Authorization", "").queryParam("token", "guessed").when().get(path)
                .then().statusCode(404).contentType(PROBLEM);
        given().when().get(path).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void routeUnderTheFeedsPathWithoutFeedEndpointStaysClosed() {
        String url = issue("person-" + UUID.randomUUID(), "{\"scope\":\"PERSON\"}");
        given().header("Authorization", "").queryParam("token", url.substring(url.indexOf("token=") + 6))
                .when().get("/api/v1/feeds/forgotten.ics")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void tokenRoutesStillNeedABearerToken() {
        given().header("Authorization", "").when().get("/api/v1/feed-tokens")
                .then().statusCode(401).header("WWW-Authenticate", "Bearer");
    }

    @Test
    void projectTokenNeedsItsProject() {
        given().auth().oauth2(TestTokens.forUser("person-" + UUID.randomUUID())).contentType(ContentType.JSON)
                .body("{\"scope\":\"PROJECT\"}").when().post("/api/v1/feed-tokens")
                .then().statusCode(422).body("errors.field", hasItem("projectId"));
    }

    private static String issue(String owner, String body) {
        String url = issueResponse(owner, body).path("subscriptionUrl");
        org.hamcrest.MatcherAssert.assertThat(url, containsString("?token="));
        return url;
    }

    private static Response issueResponse(String owner, String body) {
        return given().auth().oauth2(TestTokens.forUser(owner)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/feed-tokens")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/feed-tokens/"))
                .body("token.feedUrl", endsWith(".ics"))
                .extract().response();
    }

    private static LocalDate local(Date date) {
        return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }

    private static Map<String, String> person(String subject) {
        return Map.of("subject", subject, "email", subject + "@example.com", "name", subject);
    }

    private UUID projectWith(String member) throws Exception {
        return projectWith(member, UUID.randomUUID());
    }

    /** A project with one member, announced as the project-service would; waits until access reflects it. */
    private UUID projectWith(String member, UUID memberId) throws Exception {
        UUID projectId = UUID.randomUUID();
        send(projectId, new MemberAdded(projectId, memberId, person(member), "MEMBER"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.forUser(member))
                .when().get("/api/v1/projects/" + projectId + "/gadgets").then().statusCode(200));
        return projectId;
    }

    private void send(UUID projectId, Record event) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            producer.send(new ProducerRecord<>("implementa.project.events", projectId.toString(),
                    codec.encode(codec.envelope(UUID.randomUUID(), projectId.toString(), OffsetDateTime.now(),
                            event)))).get(10, TimeUnit.SECONDS);
        }
    }
}
