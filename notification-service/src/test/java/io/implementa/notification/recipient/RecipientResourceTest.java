package io.implementa.notification.recipient;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.implementa.notification.project.ProjectServiceFeed;
import io.implementa.notification.project.ProjectServiceFeed.TestProject;
import io.implementa.stack.testing.InfrastructureTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The recipient directory's HTTP surface: direct registrations, reads, lists and changes. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureTestResource.class,
        initArgs = @ResourceArg(name = InfrastructureTestResource.DATABASE_ARG, value = "notification"))
class RecipientResourceTest {

    static final String PROBLEM = "application/problem+json";
    static final String PROBLEMS = "https://implementa.io/problems/";

    @Inject
    ProjectServiceFeed feed;

    static String token() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static String mailbox(String token) {
        return """
                {"kind":"TEAM_MAILBOX","displayName":"PMO %1$s","email":"pmo.%1$s@example.com","preferredChannel":"EMAIL"}
                """.formatted(token);
    }

    static String register(String body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/recipients")
                .then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void registersATeamMailboxWithDefaultPreferences() {
        String token = token();
        given().contentType(ContentType.JSON).body(mailbox(token))
                .when().post("/api/v1/recipients")
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("kind", equalTo("TEAM_MAILBOX"))
                .body("displayName", equalTo("PMO " + token))
                .body("person", nullValue())
                .body("email", equalTo("pmo." + token + "@example.com"))
                .body("preferredChannel", equalTo("EMAIL"))
                .body("channelAddress", equalTo("pmo." + token + "@example.com"))
                .body("frequency", equalTo("IMMEDIATE"))
                .body("timeZone", equalTo("UTC"))
                .body("locale", equalTo("en"))
                .body("source", equalTo("DIRECT"))
                .body("active", equalTo(true))
                .body("createdAt", notNullValue());
    }

    @Test
    void answersARegistrationWithTheNewRecipientsLocation() {
        ExtractableResponse<Response> created = given().contentType(ContentType.JSON).body(mailbox(token()))
                .when().post("/api/v1/recipients")
                .then().statusCode(201)
                .extract();
        assertThat(created.header("Location"), startsWith("http"));
        assertThat(created.header("Location"), endsWith("/api/v1/recipients/" + created.path("id")));
    }

    @Test
    void registersAPersonUnderTheirIdentityWithACanonicalLocale() {
        String token = token();
        given().contentType(ContentType.JSON)
                .body("""
                        {"kind":"PERSON","person":{"subject":"sub-%1$s","email":"ana.%1$s@example.com","name":"Ana Souza"},
                         "preferredChannel":"EMAIL","frequency":"DAILY_DIGEST","timeZone":"America/Sao_Paulo","locale":"pt-br"}
                        """.formatted(token))
                .when().post("/api/v1/recipients")
                .then().statusCode(201)
                .body("displayName", equalTo("Ana Souza"))
                .body("person.subject", equalTo("sub-" + token))
                .body("email", equalTo("ana." + token + "@example.com"))
                .body("channelAddress", equalTo("ana." + token + "@example.com"))
                .body("frequency", equalTo("DAILY_DIGEST"))
                .body("timeZone", equalTo("America/Sao_Paulo"))
                .body("locale", equalTo("pt-BR"));
    }

    @Test
    void showsOnlyTheOriginAndTailOfAChatWebhookUrl() {
        String url = "https://hooks.slack.com/services/T0001/B0002/" + token() + "Xy9Q";
        given().contentType(ContentType.JSON)
                .body("""
                        {"kind":"CHAT_CHANNEL","displayName":"#erp-go-live","preferredChannel":"SLACK","channelAddress":"%s"}
                        """.formatted(url))
                .when().post("/api/v1/recipients")
                .then().statusCode(201)
                .body("email", nullValue())
                .body("channelAddress", equalTo("https://hooks.slack.com/…Xy9Q"));
    }

    @Test
    void readsARecipientWithItsEtag() {
        String token = token();
        String id = register(mailbox(token));
        given().when().get("/api/v1/recipients/" + id)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("id", equalTo(id))
                .body("displayName", equalTo("PMO " + token));
    }

    @Test
    void refusesAMalformedEmail() {
        given().contentType(ContentType.JSON).body(mailbox(token()).replaceFirst("@example.com", "-at-example.com"))
                .when().post("/api/v1/recipients")
                .then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "validation"))
                .body("errors.field", contains("email"));
    }

    @Test
    void refusesToRegisterAStakeholderRecipient() {
        given().contentType(ContentType.JSON).body(mailbox(token()).replace("TEAM_MAILBOX", "STAKEHOLDER"))
                .when().post("/api/v1/recipients")
                .then().statusCode(422).contentType(PROBLEM)
                .body("errors.field", contains("kind"))
                .body("errors[0].message", equalTo("STAKEHOLDER recipients come from project stakeholder registers only"));
    }

    @Test
    void refusesAPlainHttpWebhookAddress() {
        given().contentType(ContentType.JSON)
                .body("""
                        {"kind":"INTEGRATION_ENDPOINT","displayName":"ITSM","preferredChannel":"WEBHOOK",
                         "channelAddress":"http://itsm.example.com/hooks/implementa"}
                        """)
                .when().post("/api/v1/recipients")
                .then().statusCode(422).contentType(PROBLEM)
                .body("errors.field", contains("channelAddress"))
                .body("errors[0].message", equalTo("must be an https URL without credentials for the WEBHOOK channel"));
    }

    @Test
    void refusesAnUnknownTimeZone() {
        given().contentType(ContentType.JSON).body(mailbox(token()).replace("}", ",\"timeZone\":\"Mars/Olympus\"}"))
                .when().post("/api/v1/recipients")
                .then().statusCode(422).contentType(PROBLEM)
                .body("errors.field", contains("timeZone"))
                .body("errors[0].message", equalTo("must be an IANA time zone such as Europe/Madrid"));
    }

    @Test
    void refusesAMalformedLocale() {
        given().contentType(ContentType.JSON).body(mailbox(token()).replace("}", ",\"locale\":\"en_GB\"}"))
                .when().post("/api/v1/recipients")
                .then().statusCode(422).contentType(PROBLEM)
                .body("errors.field", contains("locale"))
                .body("errors[0].message", equalTo("must be a BCP 47 language tag such as en or pt-BR"));
    }

    @Test
    void refusesAChannelTheKindIsNotReachedThrough() {
        given().contentType(ContentType.JSON)
                .body("""
                        {"kind":"INTEGRATION_ENDPOINT","displayName":"ITSM","preferredChannel":"EMAIL",
                         "channelAddress":"itsm@example.com"}
                        """)
                .when().post("/api/v1/recipients")
                .then().statusCode(422).contentType(PROBLEM)
                .body("errors.field", contains("preferredChannel"))
                .body("errors[0].message", equalTo("a INTEGRATION_ENDPOINT recipient is reached through [WEBHOOK] only"));
    }

    @Test
    void namesEveryFieldThatBreaksAKindsRules() {
        given().contentType(ContentType.JSON)
                .body("""
                        {"kind":"PERSON","preferredChannel":"SLACK"}
                        """)
                .when().post("/api/v1/recipients")
                .then().statusCode(422).contentType(PROBLEM)
                .body("detail", equalTo("4 fields are invalid"))
                .body("errors.field", contains("channelAddress", "displayName", "email", "person"));
    }

    @Test
    void refusesServerOwnedFields() {
        given().contentType(ContentType.JSON).body(mailbox(token()).replace("{", "{\"source\":\"PROJECT\","))
                .when().post("/api/v1/recipients")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "malformed-request"))
                .body("errors[0].field", equalTo("source"))
                .body("errors[0].message", equalTo("unknown field"));
    }

    @Test
    void refusesAPersonAlreadyInTheDirectory() {
        String token = token();
        String person = """
                {"kind":"PERSON","person":{"subject":"sub-%1$s","email":"lee.%1$s@example.com","name":"Lee"},
                 "preferredChannel":"EMAIL"}
                """.formatted(token);
        String id = register(person);
        given().contentType(ContentType.JSON).body(person)
                .when().post("/api/v1/recipients")
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "duplicate-person"))
                .body("recipientId", equalTo(id));
    }

    @Test
    void replaysARegistrationRepeatedWithTheSameIdempotencyKey() {
        String body = mailbox(token());
        String key = UUID.randomUUID().toString();
        String id = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/recipients")
                .then().statusCode(201)
                .extract().path("id");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/recipients")
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", endsWith("/api/v1/recipients/" + id))
                .body("id", equalTo(id));
    }

    @Test
    void changesARecipientWithIfMatch() {
        String id = register(mailbox(token()));
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("""
                        {"frequency":"WEEKLY_DIGEST","timeZone":"Asia/Tokyo","locale":"ja-JP","active":false}
                        """)
                .when().patch("/api/v1/recipients/" + id)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("frequency", equalTo("WEEKLY_DIGEST"))
                .body("timeZone", equalTo("Asia/Tokyo"))
                .body("locale", equalTo("ja-JP"))
                .body("active", equalTo(false))
                .body("preferredChannel", equalTo("EMAIL"));
        given().when().get("/api/v1/recipients/" + id)
                .then().header("ETag", "\"1\"").body("frequency", equalTo("WEEKLY_DIGEST"));
    }

    @Test
    void changeWithoutIfMatchIs428() {
        String id = register(mailbox(token()));
        given().contentType(ContentType.JSON).body("{\"frequency\":\"DAILY_DIGEST\"}")
                .when().patch("/api/v1/recipients/" + id)
                .then().statusCode(428).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "precondition-required"));
    }

    @Test
    void changeWithAStaleIfMatchIs412AndChangesNothing() {
        String id = register(mailbox(token()));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"frequency\":\"DAILY_DIGEST\"}")
                .when().patch("/api/v1/recipients/" + id).then().statusCode(200);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"frequency\":\"WEEKLY_DIGEST\"}")
                .when().patch("/api/v1/recipients/" + id)
                .then().statusCode(412).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "precondition-failed"));
        given().when().get("/api/v1/recipients/" + id).then().body("frequency", equalTo("DAILY_DIGEST"));
    }

    @Test
    void switchingToAChatChannelNeedsItsUrl() {
        String id = register("""
                {"kind":"PERSON","person":{"subject":"sub-%1$s","email":"kim.%1$s@example.com","name":"Kim"},
                 "preferredChannel":"EMAIL"}
                """.formatted(token()));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"preferredChannel\":\"TEAMS\"}")
                .when().patch("/api/v1/recipients/" + id)
                .then().statusCode(422).contentType(PROBLEM)
                .body("errors.field", contains("channelAddress"))
                .body("errors[0].message", equalTo("is required for the TEAMS channel"));
    }

    @Test
    void refusesToChangeARecipientDerivedFromAProject() {
        TestProject project = feed.announce(ProjectServiceFeed.newProject());
        String id = given().queryParam("q", project.manager().email())
                .when().get("/api/v1/recipients")
                .then().statusCode(200)
                .body("items[0].source", equalTo("PROJECT"))
                .extract().path("items[0].id");

        given().contentType(ContentType.JSON).header("If-Match", "*").body("{\"frequency\":\"DAILY_DIGEST\"}")
                .when().patch("/api/v1/recipients/" + id)
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "recipient-not-editable"));
        given().when().get("/api/v1/recipients/" + id).then().body("frequency", equalTo("IMMEDIATE"));
    }

    @Test
    void unknownRecipientIs404ForReadAndChange() {
        String id = UUID.randomUUID().toString();
        given().when().get("/api/v1/recipients/" + id)
                .then().statusCode(404).contentType(PROBLEM)
                .body("detail", equalTo("recipient " + id + " was not found"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"frequency\":\"DAILY_DIGEST\"}")
                .when().patch("/api/v1/recipients/" + id)
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void listsRecipientsFilteredByKindChannelAndText() {
        String token = token();
        register(mailbox(token));
        register("""
                {"kind":"CHAT_CHANNEL","displayName":"PMO %s chat","preferredChannel":"TEAMS",
                 "channelAddress":"https://contoso.webhook.office.com/webhookb2/abc"}
                """.formatted(token));

        given().queryParam("q", "pmo " + token)
                .when().get("/api/v1/recipients")
                .then().statusCode(200)
                .header("X-Total-Count", "2")
                .header("Link", notNullValue());
        given().queryParam("q", "PMO " + token).queryParam("kind", "CHAT_CHANNEL").queryParam("channel", "teams")
                .when().get("/api/v1/recipients")
                .then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items.displayName", contains("PMO " + token + " chat"));
        given().queryParam("q", "PMO " + token).queryParam("kind", "TEAM_MAILBOX").queryParam("channel", "SLACK")
                .when().get("/api/v1/recipients")
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void sortsRecipientsByNameDescending() {
        String token = token();
        register(mailbox(token).replace("PMO " + token, "A " + token));
        register(mailbox(token + "b").replace("PMO " + token + "b", "B " + token));

        given().queryParam("q", token).queryParam("sort", "-name")
                .when().get("/api/v1/recipients")
                .then().statusCode(200)
                .body("items.displayName", contains("B " + token, "A " + token));
    }

    @Test
    void refusesAnUnknownSortField() {
        given().queryParam("sort", "email")
                .when().get("/api/v1/recipients")
                .then().statusCode(422).contentType(PROBLEM)
                .body("errors[0].field", equalTo("sort"));
    }

    @Test
    void refusesAKindFilterOutsideTheKindsNamingThem() {
        given().queryParam("kind", "NOPE")
                .when().get("/api/v1/recipients")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "invalid-parameter"))
                .body("title", equalTo("Invalid parameter"))
                .body("status", equalTo(400))
                .body("detail", equalTo("'NOPE' is not one of PERSON, TEAM_MAILBOX, CHAT_CHANNEL, INTEGRATION_ENDPOINT, STAKEHOLDER"));
    }

    @Test
    void refusesAChannelFilterOutsideTheChannels() {
        given().queryParam("channel", "FAX")
                .when().get("/api/v1/recipients")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "invalid-parameter"))
                .body("detail", equalTo("'FAX' is not one of EMAIL, WEBHOOK, SLACK, TEAMS"));
    }

    @Test
    void refusesAProjectFilterThatIsNotAUuid() {
        given().queryParam("projectId", "not-a-uuid")
                .when().get("/api/v1/recipients")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "invalid-parameter"))
                .body("detail", equalTo("'not-a-uuid' is not a UUID"));
    }

    @Test
    void listsNoMoreThanTheRequestedPage() {
        String token = token();
        for (int i = 0; i < 3; i++) {
            register(mailbox(token + i).replace("PMO " + token + i, "Page " + token + " " + i));
        }
        given().queryParam("q", "page " + token).queryParam("size", 2).queryParam("page", 1)
                .when().get("/api/v1/recipients")
                .then().statusCode(200)
                .body("items.displayName", contains("Page " + token + " 2"))
                .body("totalItems", equalTo(3))
                .body("totalPages", equalTo(2))
                .body("items.source", everyItem(equalTo("DIRECT")));
    }
}
