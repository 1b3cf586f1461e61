package io.implementa.notification.webhook;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.implementa.notification.delivery.DeliveryFixtures;
import io.implementa.platform.http.ProblemException;
import io.implementa.stack.testing.InfrastructureTestResource;
import io.implementa.stack.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Registering webhook endpoints: the secret shown once and stored encrypted, targets checked against SSRF. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureTestResource.class,
        initArgs = @ResourceArg(name = InfrastructureTestResource.DATABASE_ARG, value = "notification"))
class WebhookEndpointResourceTest {

    @Inject
    EntityManager em;

    @Inject
    SecretBox secrets;

    @Test
    void showsTheSecretOnlyWhenTheEndpointIsRegistered() {
        JsonPath created = DeliveryFixtures.webhookRecipient("http://127.0.0.1:9/hooks");

        assertThat(created.getString("secret"), matchesPattern("whsec_[A-Za-z0-9+/=]{32}"));
        given().when().get("/api/v1/webhook-endpoints/{id}", created.getString("id"))
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("url", equalTo("http://127.0.0.1:9/hooks"))
                .body("active", equalTo(true))
                .body("$", not(hasKey("secret")));
    }

    @Test
    void storesTheSecretEncrypted() {
        JsonPath created = DeliveryFixtures.webhookRecipient("http://127.0.0.1:9/hooks");

        String stored = (String) em.createNativeQuery("select secret_encrypted from webhook_endpoint where id = ?1")
                .setParameter(1, UUID.fromString(created.getString("id"))).getSingleResult();

        assertThat(stored.contains(created.getString("secret").substring(6)), is(false));
        assertThat(secrets.open(stored), equalTo(created.getString("secret")));
    }

    @Test
    void refusesLoopbackTargetsByDefault() {
        TargetGuard productionDefault = new TargetGuard(false);

        ProblemException refused = assertThrows(ProblemException.class,
                () -> productionDefault.require("url", "http://127.0.0.1/hooks"));

        assertThat(refused.status(), equalTo(422));
        assertThat(assertThrows(ProblemException.class,
                () -> productionDefault.require("url", "https://127.0.0.1/hooks")).getMessage(),
                equalTo("url: host 127.0.0.1 resolves to an internal address; only public targets are allowed"));
    }

    @Test
    void refusesPrivateAndMetadataTargetsByDefault() {
        TargetGuard productionDefault = new TargetGuard(false);

        for (String url : new String[] { "https://10.1.2.3/x", "https://192.168.0.1/x", "https://169.254.169.254/x",
                "https://[::1]/x", "https://[fd00:ec2::254]/x", "https://100.64.0.1/x" }) {
            assertThat(url, assertThrows(ProblemException.class, () -> productionDefault.require("url", url)).status(),
                    equalTo(422));
        }
    }

    @Test
    void refusesAUrlThatIsNotHttp() {
        String recipientId = DeliveryFixtures.webhookRecipient("http://127.0.0.1:9/hooks").getString("recipientId");

        given().contentType(ContentType.JSON).body("""
                {"recipientId":"%s","url":"file:///etc/passwd"}
                """.formatted(recipientId))
                .when().post("/api/v1/webhook-endpoints")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("url"));
    }

    @Test
    void refusesAnEndpointForSomeoneElsesRecipient() {
        String recipientId = DeliveryFixtures.webhookRecipient("http://127.0.0.1:9/hooks").getString("recipientId");

        given().auth().oauth2(TestTokens.forUser("sub-" + UUID.randomUUID()))
                .contentType(ContentType.JSON).body("""
                {"recipientId":"%s","url":"http://127.0.0.1:9/mine"}
                """.formatted(recipientId))
                .when().post("/api/v1/webhook-endpoints")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("recipientId"));
    }
}
