package io.implementa.resource.skill;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.implementa.stack.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
public class SkillTest {

    static final String PROBLEMS = "https://implementa.io/problems/";

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new catalogued skill; returns its id. */
    public static String createSkill(String name, String category) {
        return given().contentType(ContentType.JSON)
                .body("{\"name\":\"%s\",\"category\":\"%s\"}".formatted(name, category))
                .when().post("/api/v1/skills")
                .then().statusCode(201)
                .extract().path("id");
    }

    static String createPerson() {
        String subject = unique("sub");
        return given().contentType(ContentType.JSON)
                .body("""
                        {"kind":"PERSON","name":"Ana Skill","person":{"subject":"%1$s","email":"%1$s@example.com","name":"Ana"}}
                        """.formatted(subject))
                .when().post("/api/v1/resources")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void catalogsASkillWithLocationAndEtag() {
        String name = unique("SAP FI");
        given().contentType(ContentType.JSON).body("{\"name\":\"" + name + "\",\"category\":\"ERP\"}")
                .when().post("/api/v1/skills")
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/skills/"))
                .body("name", equalTo(name))
                .body("category", equalTo("ERP"));
    }

    @Test
    void refusesASecondSkillOfTheSameNameIgnoringCase() {
        String name = unique("Kafka");
        String first = createSkill(name, "Integration");
        given().contentType(ContentType.JSON).body("{\"name\":\"" + name.toUpperCase() + "\",\"category\":\"Other\"}")
                .when().post("/api/v1/skills")
                .then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "duplicate-skill"))
                .body("skillId", equalTo(first));
    }

    @Test
    void listsTheCatalogueFilteredByCategory() {
        String category = unique("cat");
        createSkill(unique("b-skill"), category);
        createSkill(unique("a-skill"), category);
        given().queryParam("category", category.toUpperCase())
                .when().get("/api/v1/skills")
                .then().statusCode(200)
                .header("X-Total-Count", "2")
                .body("items.category", contains(category, category))
                .body("items[0].name", org.hamcrest.Matchers.startsWith("a-skill"));
    }

    @Test
    void renamesASkillWithIfMatch() {
        String id = createSkill(unique("Old"), "ERP");
        String name = unique("New");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"name\":\"" + name + "\"}")
                .when().patch("/api/v1/skills/" + id)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("name", equalTo(name))
                .body("category", equalTo("ERP"));
    }

    @Test
    void staleIfMatchOnASkillIs412() {
        String id = createSkill(unique("Stale"), "ERP");
        given().contentType(ContentType.JSON).header("If-Match", "\"7\"").body("{\"category\":\"X\"}")
                .when().patch("/api/v1/skills/" + id)
                .then().statusCode(412);
    }

    @Test
    void setsAPersonsLevelWithCertification() {
        String person = createPerson();
        String skill = createSkill(unique("Java"), "Development");
        given().contentType(ContentType.JSON)
                .body("{\"level\":4,\"certification\":\"OCP\",\"certificationExpiry\":\"2028-06-30\"}")
                .when().put("/api/v1/resources/{id}/skills/{skillId}", person, skill)
                .then().statusCode(200)
                .body("level", equalTo(4))
                .body("certification", equalTo("OCP"))
                .body("certificationExpiry", equalTo("2028-06-30"));
        given().when().get("/api/v1/resources/{id}/skills", person)
                .then().statusCode(200)
                .body("skillId", contains(skill))
                .body("[0].category", equalTo("Development"));
    }

    @Test
    void changesALevelInPlace() {
        String person = createPerson();
        String skill = createSkill(unique("Go"), "Development");
        given().contentType(ContentType.JSON).body("{\"level\":2}")
                .when().put("/api/v1/resources/{id}/skills/{skillId}", person, skill).then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"level\":5}")
                .when().put("/api/v1/resources/{id}/skills/{skillId}", person, skill)
                .then().statusCode(200)
                .body("level", equalTo(5))
                .body("certification", nullValue())
                .header("ETag", "\"1\"");
    }

    @Test
    void refusesALevelOutsideOneToFive() {
        String person = createPerson();
        String skill = createSkill(unique("Lvl"), "X");
        given().contentType(ContentType.JSON).body("{\"level\":6}")
                .when().put("/api/v1/resources/{id}/skills/{skillId}", person, skill)
                .then().statusCode(422)
                .body("errors.field", org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("level")));
    }

    @Test
    void refusesAnExpiryWithoutCertification() {
        String person = createPerson();
        String skill = createSkill(unique("Exp"), "X");
        given().contentType(ContentType.JSON).body("{\"level\":3,\"certificationExpiry\":\"2028-01-01\"}")
                .when().put("/api/v1/resources/{id}/skills/{skillId}", person, skill)
                .then().statusCode(422)
                .body("errors.field", contains("certificationExpiry"));
    }

    @Test
    void equipmentHoldsNoSkills() {
        String rig = given().contentType(ContentType.JSON).body("{\"kind\":\"EQUIPMENT\",\"name\":\"Rig\"}")
                .when().post("/api/v1/resources").then().statusCode(201).extract().path("id");
        String skill = createSkill(unique("Rig"), "X");
        given().contentType(ContentType.JSON).body("{\"level\":3}")
                .when().put("/api/v1/resources/{id}/skills/{skillId}", rig, skill)
                .then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "not-a-person"));
    }

    @Test
    void unknownSkillIs404() {
        given().contentType(ContentType.JSON).body("{\"level\":3}")
                .when().put("/api/v1/resources/{id}/skills/{skillId}", createPerson(), UUID.randomUUID())
                .then().statusCode(404);
    }

    @Test
    void removesASkillFromAPerson() {
        String person = createPerson();
        String skill = createSkill(unique("Rm"), "X");
        given().contentType(ContentType.JSON).body("{\"level\":3}")
                .when().put("/api/v1/resources/{id}/skills/{skillId}", person, skill).then().statusCode(200);
        given().when().delete("/api/v1/resources/{id}/skills/{skillId}", person, skill).then().statusCode(204);
        given().when().get("/api/v1/resources/{id}/skills", person)
                .then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void plainUserCannotCatalogueSkills() {
        given().auth().oauth2(TestTokens.forUser(unique("user"))).contentType(ContentType.JSON)
                .body("{\"name\":\"x\",\"category\":\"y\"}")
                .when().post("/api/v1/skills")
                .then().statusCode(403)
                .body("type", equalTo(PROBLEMS + "forbidden"));
    }
}
