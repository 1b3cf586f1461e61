package io.implementa.risk;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.implementa.stack.testing.AsyncApi;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The AsyncAPI document is served, like the OpenAPI document, to anyone: it describes no project's data. */
@QuarkusTest
class AsyncApiServedTest {

    @Test
    void asyncApiDocumentIsServedWithoutAToken() throws Exception {
        given().header("Authorization", "")
                .when().get("/asyncapi.yaml")
                .then().statusCode(200)
                .body(equalTo(Files.readString(AsyncApi.DOCUMENT)));
    }
}
