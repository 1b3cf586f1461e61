package io.implementa.platform;

import static io.implementa.platform.PlatformTestSupport.createGadget;
import static io.implementa.platform.PlatformTestSupport.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every class of error answers application/problem+json with a stable type and no internals. */
@QuarkusTest
class HttpConventionsTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String TYPES = "https://implementa.io/problems/";

    @Test
    void unknownIdIs404Problem() {
        UUID id = UUID.randomUUID();
        given().when().get("/api/v1/gadgets/" + id)
                .then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo(TYPES + "not-found"))
                .body("status", equalTo(404))
                .body("detail", equalTo("gadget " + id + " was not found"))
                .body("instance", equalTo("/api/v1/gadgets/" + id));
    }

    @Test
    void malformedIdIs400ProblemNamingTheValue() {
        given().when().get("/api/v1/gadgets/not-a-uuid")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo(TYPES + "invalid-parameter"))
                .body("detail", equalTo("'not-a-uuid' is not a UUID"));
    }

    @Test
    void unknownRouteIs404Problem() {
        given().when().get("/api/v1/no-such-thing")
                .then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo(TYPES + "not-found"));
    }

    @Test
    void wrongMethodIs405ProblemWithAllow() {
        given().when().delete("/api/v1/gadgets")
                .then().statusCode(405).contentType(PROBLEM)
                .body("type", equalTo(TYPES + "method-not-allowed"));
    }

    @Test
    void unsupportedContentTypeIs415Problem() {
        given().contentType(ContentType.XML).body("<gadget/>")
                .when().post("/api/v1/gadgets")
                .then().statusCode(415).contentType(PROBLEM)
                .body("type", equalTo(TYPES + "unsupported-media-type"));
    }

    @Test
    void malformedJsonIs400Problem() {
        given().contentType(ContentType.JSON).body("{\"name\": ")
                .when().post("/api/v1/gadgets")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo(TYPES + "malformed-request"))
                .body("detail", equalTo("the request body is not valid JSON"));
    }

    @Test
    void unknownFieldIs400ProblemNamingIt() {
        given().contentType(ContentType.JSON).body("{\"name\":\"x\",\"weight\":1,\"id\":\"" + UUID.randomUUID() + "\"}")
                .when().post("/api/v1/gadgets")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("id"))
                .body("errors[0].message", equalTo("unknown field"));
    }

    @Test
    void wrongTypeIs400ProblemNamingTheField() {
        given().contentType(ContentType.JSON).body("{\"name\":\"x\",\"weight\":\"heavy\"}")
                .when().post("/api/v1/gadgets")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("weight"));
    }

    @Test
    void invalidContentIs422ProblemListingEveryField() {
        given().contentType(ContentType.JSON).body("{\"name\":\"\"}")
                .when().post("/api/v1/gadgets")
                .then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo(TYPES + "validation"))
                .body("errors", hasSize(2))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("weight"));
    }

    @Test
    void invalidListElementsAreNamedByTheirIndex() {
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"x\",\"weight\":1,\"tags\":[\"ok\",\"\"],\"parts\":[{\"label\":\"a\"},{\"label\":\"\"}]}")
                .when().post("/api/v1/gadgets")
                .then().statusCode(422).contentType(PROBLEM)
                .body("errors.field", hasItem("tags[1]"))
                .body("errors.field", hasItem("parts[1].label"));
    }

    @Test
    void duplicateIs409Problem() {
        String name = unique("dup-");
        createGadget(name);
        given().contentType(ContentType.JSON).body("{\"name\":\"" + name + "\",\"weight\":1}")
                .when().post("/api/v1/gadgets")
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo(TYPES + "duplicate"));
    }

    @Test
    void unexpectedFailureIs500ProblemWithoutInternals() {
        given().contentType(ContentType.JSON).body("{\"name\":\"boom\",\"weight\":1}")
                .when().post("/api/v1/gadgets")
                .then().statusCode(500).contentType(PROBLEM)
                .body("type", equalTo(TYPES + "internal"))
                .body("detail", startsWith("an unexpected error occurred; quote incident"))
                .body(not(containsString("secret internal detail")))
                .body(not(containsString("at io.implementa")));
    }

    @Test
    void readsCarryAStrongEtagAndChangesNeedIfMatch() {
        String id = createGadget(unique("etag-"));
        given().when().get("/api/v1/gadgets/" + id).then().statusCode(200).header("ETag", "\"0\"");

        given().contentType(ContentType.JSON).body("{\"name\":\"" + unique("renamed-") + "\"}")
                .when().patch("/api/v1/gadgets/" + id)
                .then().statusCode(428).contentType(PROBLEM)
                .body("type", equalTo(TYPES + "precondition-required"));

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"name\":\"" + unique("renamed-") + "\"}")
                .when().patch("/api/v1/gadgets/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("version", equalTo(1));

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"name\":\"" + unique("stale-") + "\"}")
                .when().patch("/api/v1/gadgets/" + id)
                .then().statusCode(412).contentType(PROBLEM)
                .body("type", equalTo(TYPES + "precondition-failed"));

        given().contentType(ContentType.JSON).header("If-Match", "W/\"1\"")
                .body("{\"name\":\"" + unique("weak-") + "\"}")
                .when().patch("/api/v1/gadgets/" + id)
                .then().statusCode(412);
    }

    @Test
    void listsArePagedWithLinksAndTotal() {
        String prefix = unique("page-");
        for (int i = 0; i < 3; i++) {
            createGadget(prefix + i);
        }
        var response = given().queryParam("size", 2).queryParam("page", 1).queryParam("sort", "-name")
                .when().get("/api/v1/gadgets")
                .then().statusCode(200)
                .header("X-Total-Count", notNullValue())
                .body("items", hasSize(2))
                .body("size", equalTo(2))
                .body("page", equalTo(1))
                .extract();
        long total = Long.parseLong(response.header("X-Total-Count"));
        org.junit.jupiter.api.Assertions.assertEquals(total, ((Number) response.path("totalItems")).longValue());
        var links = response.headers().getValues("Link");
        org.junit.jupiter.api.Assertions.assertTrue(links.stream().anyMatch(l -> l.contains("page=0") && l.contains("rel=\"first\"")), links::toString);
        org.junit.jupiter.api.Assertions.assertTrue(links.stream().anyMatch(l -> l.contains("page=0") && l.contains("rel=\"prev\"")), links::toString);
        org.junit.jupiter.api.Assertions.assertTrue(links.stream().anyMatch(l -> l.contains("page=2") && l.contains("rel=\"next\"")), links::toString);
        org.junit.jupiter.api.Assertions.assertTrue(links.stream().anyMatch(l -> l.contains("rel=\"last\"") && l.contains("sort=-name")), links::toString);
    }

    @Test
    void oversizePageAndUnknownSortAre422() {
        given().queryParam("size", 1000).when().get("/api/v1/gadgets")
                .then().statusCode(422).contentType(PROBLEM).body("errors[0].field", equalTo("size"));
        given().queryParam("sort", "secret").when().get("/api/v1/gadgets")
                .then().statusCode(422).contentType(PROBLEM).body("errors[0].field", equalTo("sort"));
    }

    @Test
    void repeatedIdempotencyKeyReplaysTheFirstResponse() {
        String key = UUID.randomUUID().toString();
        String body = "{\"name\":\"" + unique("idem-") + "\",\"weight\":1}";
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/gadgets")
                .then().statusCode(201).header("Idempotent-Replayed", nullValue())
                .extract().path("id");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/gadgets")
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", containsString(first))
                .header("ETag", "\"0\"")
                .body("id", equalTo(first));
    }

    @Test
    void idempotencyKeyReusedWithAnotherBodyIs422() {
        String key = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body("{\"name\":\"" + unique("idem-a-") + "\",\"weight\":1}")
                .when().post("/api/v1/gadgets").then().statusCode(201);
        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body("{\"name\":\"" + unique("idem-b-") + "\",\"weight\":1}")
                .when().post("/api/v1/gadgets")
                .then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo(TYPES + "idempotency-key-reused"));
    }

    @Test
    void concurrentDuplicateOfAnIdempotentRequestIs409() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = "{\"name\":\"" + unique("slow-") + "\",\"weight\":1}";
        var first = java.util.concurrent.CompletableFuture.supplyAsync(() -> given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(body).when().post("/api/v1/gadgets").statusCode());
        Thread.sleep(400);
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/gadgets")
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo(TYPES + "idempotency-key-in-progress"));
        org.junit.jupiter.api.Assertions.assertEquals(201, first.get());
    }
}
