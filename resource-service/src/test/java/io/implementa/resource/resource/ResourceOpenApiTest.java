package io.implementa.resource.resource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ResourceOpenApiTest {

    @Test
    void describesEveryResourceOperationWithItsSuccessAndProblemAnswers() {
        given().queryParam("format", "json")
                .when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/resources'.post.operationId", equalTo("createResource"))
                .body("paths.'/api/v1/resources'.post.responses.'201'.headers.Location", notNullValue())
                .body("paths.'/api/v1/resources'.get.operationId", equalTo("listResources"))
                .body("paths.'/api/v1/resources/{id}'.get.operationId", equalTo("getResource"))
                .body("paths.'/api/v1/resources/{id}'.patch.operationId", equalTo("updateResource"))
                .body("paths.'/api/v1/resources/{id}'.patch.responses.'412'.content.'application/problem+json'",
                        notNullValue())
                .body("paths.'/api/v1/resources/{id}/deactivation'.post.operationId", equalTo("deactivateResource"))
                .body("paths.'/api/v1/resources/{id}/deactivation'.post.responses.'409'.description",
                        equalTo("The resource is inactive already"));
    }
}
