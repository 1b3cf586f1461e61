package io.implementa.platform;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.UUID;

/** Shared steps of the platform tests. */
final class PlatformTestSupport {

    static final String TOPIC = "implementa.platform-test.events";
    static final String DLT = "implementa.platform-test.dlt";

    private PlatformTestSupport() {
    }

    /** A gadget name no other test uses, with a prefix that may steer the test application. */
    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates a gadget and returns its id. */
    static String createGadget(String name) {
        return given().contentType(ContentType.JSON)
                .body("{\"name\":\"" + name + "\",\"weight\":1}")
                .when().post("/api/v1/gadgets")
                .then().statusCode(201)
                .extract().path("id");
    }
}
