package io.implementa.notification.recipient;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import io.implementa.stack.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A recipient's audit history: for those who may see the recipient, with secrets masked as in its view. */
@QuarkusTest
class RecipientHistoryTest {

    static final String RECIPIENTS = "/api/v1/recipients";

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String register(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post(RECIPIENTS)
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void historyListsEachChangeWithTheOwnerWhoMadeIt() {
        String owner = unique("owner");
        String token = TestTokens.forUser(owner);
        String name = unique("pmo");
        String id = register(token, """
                {"kind":"TEAM_MAILBOX","displayName":"%1$s","email":"%1$s@example.com","preferredChannel":"EMAIL"}
                """.formatted(name));
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"frequency\":\"DAILY_DIGEST\"}")
                .when().patch(RECIPIENTS + "/" + id)
                .then().statusCode(200);

        given().auth().oauth2(token).when().get(RECIPIENTS + "/" + id + "/history")
                .then().statusCode(200)
                .header("X-Total-Count", "2")
                .body("items.change", contains("UPDATED", "CREATED"))
                .body("items.by.subject", everyItem(equalTo(owner)))
                .body("items.state.frequency", contains("DAILY_DIGEST", "IMMEDIATE"));
    }

    @Test
    void someoneWhoMayNotSeeTheRecipientGets404() {
        String id = register(TestTokens.forUser(unique("owner")), """
                {"kind":"TEAM_MAILBOX","displayName":"Private","email":"private@example.com","preferredChannel":"EMAIL"}
                """);
        given().auth().oauth2(TestTokens.forUser(unique("other")))
                .when().get(RECIPIENTS + "/" + id + "/history")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("recipient " + id + " was not found"));
    }

    @Test
    void chatWebhookUrlsStayMaskedInTheHistory() {
        String token = TestTokens.forUser(unique("owner"));
        String id = register(token, """
                {"kind":"CHAT_CHANNEL","displayName":"ERP team","preferredChannel":"SLACK",
                 "channelAddress":"https://hooks.slack.com/services/T000/B000/secretXy9Q"}
                """);
        given().auth().oauth2(token).when().get(RECIPIENTS + "/" + id + "/history")
                .then().statusCode(200)
                .body("items[0].state.channelAddress", not(containsString("secret")))
                .body("items[0].state.channelAddress", equalTo("https://hooks.slack.com/…Xy9Q"));
    }
}
