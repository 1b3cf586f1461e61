package io.implementa.resource.resource;

import static io.implementa.resource.resource.ResourceFixtures.PROBLEM;
import static io.implementa.resource.resource.ResourceFixtures.PROBLEMS;
import static io.implementa.resource.resource.ResourceFixtures.create;
import static io.implementa.resource.resource.ResourceFixtures.equipmentJson;
import static io.implementa.resource.resource.ResourceFixtures.personJson;
import static io.implementa.resource.resource.ResourceFixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

// Each test works in a department of its own, so tests never see each other's resources.
@QuarkusTest
class ResourceListTest {

    @Test
    void filtersByKindStatusAndDepartment() {
        String department = unique("dept");
        String person = create(personJson(unique("sub"), department));
        String equipment = create(equipmentJson("Test server", department));
        create(equipmentJson("Backup server", department));
        given().when().post("/api/v1/resources/" + equipment + "/deactivation").then().statusCode(200);

        given().queryParam("department", department.toUpperCase()).queryParam("kind", "EQUIPMENT")
                .queryParam("status", "ACTIVE")
                .when().get("/api/v1/resources")
                .then().statusCode(200)
                .header("X-Total-Count", "1")
                .body("items.name", contains("Backup server"));
        given().queryParam("department", department).queryParam("kind", "person")
                .when().get("/api/v1/resources")
                .then().statusCode(200)
                .body("items.id", contains(person));
    }

    @Test
    void findsResourcesByTextInThePersonsEmail() {
        String subject = unique("sub");
        String id = create(personJson(subject, unique("dept")));
        given().queryParam("q", subject.toUpperCase() + "@EXAMPLE")
                .when().get("/api/v1/resources")
                .then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items.id", contains(id));
    }

    @Test
    void pagesWithLinksAndTotalCount() {
        String department = unique("dept");
        create(equipmentJson("Server A", department));
        create(equipmentJson("Server B", department));
        create(equipmentJson("Server C", department));

        Response first = given().queryParam("department", department).queryParam("size", 2)
                .when().get("/api/v1/resources")
                .then().statusCode(200)
                .header("X-Total-Count", "3")
                .body("items.name", contains("Server A", "Server B"))
                .body("totalPages", equalTo(2))
                .extract().response();
        assertThat(first.headers().getValues("Link"), contains(
                allOf(containsString("page=0&size=2"), endsWith("rel=\"first\"")),
                allOf(containsString("page=1&size=2"), endsWith("rel=\"next\"")),
                allOf(containsString("page=1&size=2"), endsWith("rel=\"last\""))));

        Response second = given().queryParam("department", department).queryParam("size", 2).queryParam("page", 1)
                .when().get("/api/v1/resources")
                .then().statusCode(200)
                .body("items.name", contains("Server C"))
                .extract().response();
        assertThat(second.headers().getValues("Link"), hasItem(
                allOf(containsString("page=0&size=2"), endsWith("rel=\"prev\""))));
        assertThat(second.headers().getValues("Link"), not(hasItem(endsWith("rel=\"next\""))));
    }

    @Test
    void sortsByNameDescending() {
        String department = unique("dept");
        create(equipmentJson("Alpha rig", department));
        create(equipmentJson("Bravo rig", department));
        given().queryParam("department", department).queryParam("sort", "-name")
                .when().get("/api/v1/resources")
                .then().statusCode(200)
                .body("items.name", contains("Bravo rig", "Alpha rig"));
    }

    @Test
    void sortsByCreationTime() {
        String department = unique("dept");
        create(equipmentJson("Zulu rig", department));
        create(equipmentJson("Yankee rig", department));
        given().queryParam("department", department).queryParam("sort", "createdAt")
                .when().get("/api/v1/resources")
                .then().statusCode(200)
                .body("items.name", contains("Zulu rig", "Yankee rig"));
    }

    @Test
    void refusesToSortByAnUnknownField() {
        given().queryParam("sort", "salary")
                .when().get("/api/v1/resources")
                .then().statusCode(422).contentType(PROBLEM)
                .body("errors[0].field", equalTo("sort"));
    }

    @Test
    void refusesAnUnknownKind() {
        given().queryParam("kind", "VEHICLE")
                .when().get("/api/v1/resources")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "invalid-parameter"));
    }
}
